import DialoogCore

extension Report {
    /// What produced a file, as label and value rows: the version and the moment, the period,
    /// the filters and whether demo series count, then each target's progress. The spreadsheet
    /// file carries them on top.
    package func about(version: String) -> [[String]] {
        let p = { (text: PrintText) in text.localized(language) }
        let made = DateText.stamp(generatedAt, calendar: calendar, language: language)
        return [
            [p(.excelMadeWith), version + " · " + made],
            [p(.excelPeriod), periodWords],
            [p(.excelFilters), filterWords.isEmpty ? p(.noFilters) : filterWords.joined(separator: " · ")],
            [p(.excelDemo), t(filter.includeDemo ? .demoIncluded : .demoExcluded)],
        ] + overview.targets.map { [t(.targetLabel(scope: $0.target.scopeValues)), targetValue($0)] }
    }
}

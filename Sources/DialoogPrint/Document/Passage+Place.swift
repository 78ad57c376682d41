import DialoogCore

extension Passage {
    /// Where the passage stands, in the page's own words: "SMN · Bijeenkomst 2",
    /// "Gemeenschappelijke basis · Werkvormen".
    package func place(in library: Library, language: Language, separator: String) -> String {
        let page =
            method.map { id in library.method(id)?.organisation.short ?? id }
            ?? LibraryText.commonBaseTitle.localized(language)
        return [page, sectionName(language)].joined(separator: " \(separator) ")
    }

    /// The heading the passage stands under.
    package func sectionName(_ language: Language) -> String {
        let heading: LibraryHeading
        switch section {
        case .meeting(let number): return LibraryText.meetingNumber(number).localized(language)
        case .typical: heading = .typical
        case .phases: heading = .phases
        case .rules: heading = .rules
        case .aftercare: heading = .aftercare
        case .mission: heading = .mission
        case .principles: heading = .principles
        case .socratic: heading = .socratic
        case .practice: heading = .practice
        case .groundRules: heading = .groundRules
        case .workingForms: heading = .workingForms
        case .tips: heading = .tips
        case .cautions: heading = .cautions
        }
        return LibraryText.libraryHeading(heading).localized(language)
    }
}

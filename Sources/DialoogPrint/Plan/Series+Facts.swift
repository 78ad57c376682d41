import DialoogCore

extension Series {
    /// Who, where and for whom, one "label: value" line each, as the printed plan and
    /// `dialoog series show` list them; fields not filled in are left out.
    package func facts(in library: Library, language: Language) -> [String] {
        let t = { (text: PlanText) in text.localized(language) }
        let method = library.method(methodId).map { "\($0.name) (\($0.organisation.short))" } ?? methodId
        var facts = ["\(t(.method)): \(method)"]
        if !organisation.isEmpty { facts.append("\(t(.organisation)): \(organisation)") }
        if let municipality { facts.append("\(t(.municipality)): \(municipality)") }
        if !facilitators.isEmpty { facts.append("\(t(.facilitators)): \(facilitators.joined(separator: ", "))") }
        if let venue { facts.append("\(t(.venue)): \(PlanText.venueName(venue).localized(language))") }
        if !languages.isEmpty { facts.append("\(t(.languages)): \(languages.joined(separator: ", "))") }
        if !groups.isEmpty {
            let names = groups.map { PlanText.groupName($0).localized(language) }
            facts.append("\(t(.groups)): \(names.joined(separator: ", "))")
        }
        if let expectedGroupSize { facts.append("\(t(.groupSize)): \(expectedGroupSize)") }
        if !groupChoice.isEmpty { facts.append("\(t(.groupChoice)): \(groupChoice.joined(separator: ", "))") }
        return facts
    }
}

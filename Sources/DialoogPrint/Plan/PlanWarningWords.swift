import DialoogCore

/// The words of a plan warning, with the names of its themes, prompts and help entries looked
/// up in the library: what is wrong and where, without the principle.
package struct PlanWarningWords: Words {
    package var warning: PlanWarning
    package var library: Library?
    /// The block (1-based), when two warnings would otherwise read the same.
    package var block: Int?

    private var meeting: Int? { warning.meeting }
    private var kind: PlanWarning.Kind { warning.kind }
    private func name(_ id: String) -> String { library?.theme(id)?.name ?? id }
    private func prompt(_ id: String) -> String {
        library?.prompt(id).map { TextWidth.truncate($0.text, to: 32) } ?? id
    }
    private func entry(_ id: String) -> String { library?.help.first { $0.id == id }?.name ?? id }

    package var dutch: String {
        let temperature = { (t: Temperature) in LibraryText.temperatureName(t).dutch }
        let place = (meeting.map { " in bijeenkomst \($0)" } ?? "") + (block.map { ", blok \($0)" } ?? "")
        switch kind {
        case .hotterBeforeCooler(let theme, let after): return "\(name(theme)) na het hetere \(name(after))\(place)"
        case .hotInFirstMeeting(let theme): return "\(name(theme))\(place)"
        case .peakDoesNotRise(let first, let later):
            return "De serie wordt niet warmer: bijeenkomst 1 is al \(temperature(first)), "
                + "daarna hooguit \(temperature(later))"
        case .overLength(let minutes, let planned): return "\(minutes) van \(planned) minuten\(place)"
        case .promptRepeated(let id, let other):
            return "'\(prompt(id))' opnieuw\(place), ook in bijeenkomst \(other)"
        case .statementsWithoutDialogue: return "Stellingen zonder dialoog ervoor of erna\(place)"
        case .hotThemeWithoutHelp(let theme): return "\(name(theme)) zonder hulpadres op de hulpkaart\(place)"
        case .hotThemeWithoutAllHoursLine(let theme, let none):
            return none
                ? "\(name(theme))\(place): de bronnen geven voor dit thema geen lijn die dag en nacht open is; "
                    + "112 en Veilig Thuis staan op de kaart, zet er zo nodig een lokale lijn bij"
                : "\(name(theme)) zonder lijn die dag en nacht open is op de hulpkaart\(place)"
        case .entryWithoutContact(let id):
            return "\(entry(id)) op de hulpkaart\(place) heeft geen telefoon, website of chat: "
                + "vul een lokaal adres aan of haal het van de kaart"
        case .noLocalEntries(let municipality, let none):
            return none
                ? "Er zijn nog geen lokale hulpadressen; voeg die voor \(municipality) toe (lokaal-*.yaml)"
                : "Geen lokale hulpadressen voor \(municipality) op de hulpkaarten"
        case .agendaForOtherGroup(let writtenFor, let groups):
            return "Dit voorstel is geschreven voor \(Self.list(writtenFor, and: "en")); "
                + "je groep is \(Self.list(groups, and: "en")): pas de werkvormen en vragen aan"
        }
    }

    package var english: String {
        let temperature = { (t: Temperature) in LibraryText.temperatureName(t).english }
        let place = (meeting.map { " in meeting \($0)" } ?? "") + (block.map { ", block \($0)" } ?? "")
        switch kind {
        case .hotterBeforeCooler(let theme, let after):
            return "\(name(theme)) after the hotter \(name(after))\(place)"
        case .hotInFirstMeeting(let theme): return "\(name(theme))\(place)"
        case .peakDoesNotRise(let first, let later):
            return "The series does not warm up: meeting 1 is \(temperature(first)) already, "
                + "later at most \(temperature(later))"
        case .overLength(let minutes, let planned): return "\(minutes) of \(planned) minutes\(place)"
        case .promptRepeated(let id, let other): return "'\(prompt(id))' again\(place), also in meeting \(other)"
        case .statementsWithoutDialogue: return "Statements without dialogue before or after\(place)"
        case .hotThemeWithoutHelp(let theme): return "\(name(theme)) without a help entry on the help card\(place)"
        case .hotThemeWithoutAllHoursLine(let theme, let none):
            return none
                ? "\(name(theme))\(place): the sources give no line open day and night for this theme; "
                    + "112 and Veilig Thuis are on the card, add a local line if needed"
                : "\(name(theme)) without a line open day and night on the help card\(place)"
        case .entryWithoutContact(let id):
            return "\(entry(id)) on the help card\(place) gives no phone, website or chat: "
                + "add a local entry or take it off the card"
        case .noLocalEntries(let municipality, let none):
            return none
                ? "There are no local help entries yet; add them for \(municipality) (lokaal-*.yaml)"
                : "No local help entries for \(municipality) on the help cards"
        case .agendaForOtherGroup(let writtenFor, let groups):
            return "This proposal is written for \(Self.list(writtenFor, and: "and")); "
                + "your group is \(Self.list(groups, and: "and")): adapt the working forms and questions"
        }
    }

    /// Group labels as the vocabulary has them (never translated): "moeders en vaders".
    private static func list(_ groups: [TargetGroup], and word: String) -> String {
        let labels = groups.map(\.rawValue)
        guard labels.count > 1 else { return labels.first ?? "" }
        return labels.dropLast().joined(separator: ", ") + " \(word) " + (labels.last ?? "")
    }
}

/// What can be wrong in a variants file (`methods/variants/<method>.yaml`) beyond its keys.
package enum VariantProblem: Equatable, Sendable, Words {
    /// A group label in `written_for` or a variant's `groups` that another place of the file has.
    case groupTwice(String, firstAt: String)
    /// A variant's meeting number that the method does not have.
    case noSuchMeeting(method: String, number: Int, has: [Int])
    /// `keep:` names a title that is not in the method's own agenda for that meeting.
    case noSuchBlock(title: String, meeting: Int, suggestion: String?)

    package var dutch: String {
        switch self {
        case .groupTwice(let group, let first):
            "groep '\(group)' staat al bij \(first); elke groep hoort bij één agenda"
        case .noSuchMeeting(let method, let number, let has):
            "methodiek '\(method)' heeft geen bijeenkomst \(number); kies uit "
                + has.map(String.init).joined(separator: ", ")
        case .noSuchBlock(let title, let meeting, let s):
            "bijeenkomst \(meeting) van de methodiek heeft geen blok '\(title)'"
                + (s.map { " (bedoel je '\($0)'?)" } ?? "")
        }
    }

    package var english: String {
        switch self {
        case .groupTwice(let group, let first):
            "group '\(group)' is already at \(first); each group belongs to one agenda"
        case .noSuchMeeting(let method, let number, let has):
            "methodology '\(method)' has no meeting \(number); choose from "
                + has.map(String.init).joined(separator: ", ")
        case .noSuchBlock(let title, let meeting, let s):
            "meeting \(meeting) of the methodology has no block '\(title)'"
                + (s.map { " (did you mean '\($0)'?)" } ?? "")
        }
    }
}

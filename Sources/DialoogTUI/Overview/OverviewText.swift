import DialoogCore

// STUB (foundation): H3 fills in the overzicht's words (like LiveText, with +Dutch/+English).
/// The words of the overzicht, the series summary and the follow-ups, reached through
/// `Text.overview`.
package enum OverviewText: Equatable, Sendable {
    case modeName(InputMode)
    case title

    package var dutch: String {
        switch self {
        case .modeName: "overzicht"
        case .title: "Overzicht"
        }
    }

    package var english: String {
        switch self {
        case .modeName: "overview"
        case .title: "Overview"
        }
    }
}

import DialoogCore

/// The words of the overzicht, the series summary and the follow-ups: their keys, messages
/// and screens. Reached through `Text.overview`; `OverviewText+Dutch.swift` and
/// `OverviewText+English.swift` are exhaustive switches like the main catalog.
package enum OverviewText: Equatable, Sendable {
    // MARK: Keys

    // MARK: Messages
    case notice(OverviewNotice)

    // MARK: The screens
    /// The words drawn on the overzicht, the summary and the start screen's follow-ups
    /// (`OverviewWords+Dutch.swift`).
    case words(OverviewWords)
}

extension OverviewText {
    /// `text` with its first letter a capital, for words that start a sentence.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

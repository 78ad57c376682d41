import DialoogCore

/// The messages of the overzicht, the series summary and the follow-ups. Reached by
/// `localized(_:)`; `OverviewText+Dutch.swift` and `OverviewText+English.swift` are exhaustive
/// switches like the main catalog. Their keys' words are rows of `ActionTable`; their screens'
/// words are `OverviewWords`.
package enum OverviewText: Equatable, Sendable {
    case notice(OverviewNotice)
}

extension OverviewText {
    /// `text` with its first letter a capital, for words that start a sentence.
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

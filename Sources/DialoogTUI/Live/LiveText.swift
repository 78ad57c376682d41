import DialoogCore

/// The words of live mode: its keys, panels and messages. Reached through `Text.live`;
/// `LiveText+Dutch.swift` and `LiveText+English.swift` are exhaustive switches like the
/// main catalog.
package enum LiveText: Equatable, Sendable {
    // MARK: Keys
    /// The help text of a live-mode command in `?` and the README's key table.
    case help(Command)
    /// The short label of a live-mode command in the hint line.
    case hint(Command)
    case modeName(InputMode)

    // MARK: Messages
    case notice(LiveNotice)
    /// What undo took back.
    case change(LiveChange)
}

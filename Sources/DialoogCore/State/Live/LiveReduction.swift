import Foundation

/// One reduction of live mode in progress: live mode's state, the read-only context, and the
/// outcome being built (the status, and requests such as help or leaving). Live mode's
/// handlers (the screen, attendance, the deck, the panels) are written against it, so they
/// reach live mode's state and the context and nothing else.
struct LiveReduction {
    var live: LiveState
    let context: Context
    var outcome = Outcome()

    var now: Date { context.now }
    var calendar: LocalCalendar { context.calendar }
    var library: Library? { context.library }
    var ids: IdSource { context.ids }
    var size: TerminalSize { context.size }

    /// Help, the command line, redraw and quit are the shell's.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        outcome.requests.append(.anyScreen(command))
        return []
    }
}

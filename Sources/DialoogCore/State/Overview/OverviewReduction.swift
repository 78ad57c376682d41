import Foundation

/// One reduction of the overzicht and the series summary in progress: their state (with the
/// follow-ups, which the start screen shows too), the read-only context, and the outcome being
/// built. The handlers are written against it, so they reach this slice and the context and
/// nothing else; which of the two screens shows is the context's `screen`.
struct OverviewReduction {
    var overviewState: OverviewState
    let context: Context
    var outcome = Outcome()

    var now: Date { context.now }
    var calendar: LocalCalendar { context.calendar }
    var library: Library? { context.library }
    var size: TerminalSize { context.size }
    var screen: ScreenID { context.screen }

    /// The follow-ups that are due, and those opened again here.
    var followUps: [FollowUp] {
        get { overviewState.followUps }
        set { overviewState.followUps = newValue }
    }

    /// Help, the command line, redraw and quit are the shell's.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        outcome.requests.append(.anyScreen(command))
        return []
    }
}

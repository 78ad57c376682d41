import Foundation

/// One reduction of the evaluation form in progress: the form, the read-only context, and the
/// outcome being built. The form's handlers are written against it, so they reach the form
/// and the context and nothing else; closing the form sets `evaluation` to nil here and asks
/// the root to go back where it was opened from.
struct EvaluationReduction {
    var evaluation: EvaluationForm?
    let context: Context
    var outcome = Outcome()

    var now: Date { context.now }
    var calendar: LocalCalendar { context.calendar }
    var ids: IdSource { context.ids }
    var size: TerminalSize { context.size }

    /// Help, the command line, redraw and quit are the shell's.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        outcome.requests.append(.anyScreen(command))
        return []
    }
}

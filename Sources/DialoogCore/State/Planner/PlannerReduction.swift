/// One reduction of the planner in progress: the planner's state, the read-only context, and
/// the outcome being built (the status, and requests such as help or leaving). The planner's
/// handlers (agenda, warnings, block editor, prompt picker, checklist, meeting editor) are
/// written against it, so they reach the planner's state and the context and nothing else.
struct PlannerReduction {
    var plannerState: PlannerState
    let context: Context
    var outcome = Outcome()

    var library: Library? { context.library }
    var size: TerminalSize { context.size }
    var calendar: LocalCalendar { context.calendar }
    var ids: IdSource { context.ids }

    /// Help, the command line, redraw and quit are the shell's.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        outcome.requests.append(.anyScreen(command))
        return []
    }
}

/// The groups the `?` help lists commands under.
package enum ActionGroup: CaseIterable, Equatable, Sendable {
    case moving
    /// Changing a plan: blocks, minutes, prompts, meetings.
    case planning
    /// Running a meeting: timer, blocks, attendance, prompts, notes, signals.
    case meeting
    case general
    /// Filling in the evaluation of a meeting.
    case evaluation
    case commandLine
    /// Editing the text in a text field: cursor, words, deleting.
    case typing
}

/// The groups the `?` help lists commands under.
package enum ActionGroup: CaseIterable, Equatable, Sendable {
    case moving
    /// Changing a plan: blocks, minutes, prompts, meetings.
    case planning
    case general
    case commandLine
}

/// The groups the `?` help lists commands under.
package enum ActionGroup: CaseIterable, Equatable, Sendable {
    case moving
    case general
    case commandLine
}

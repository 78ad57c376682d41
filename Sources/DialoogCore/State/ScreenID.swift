/// The screens of the TUI. Later screens (bibliotheek, planner, live, overzicht) join here.
package enum ScreenID: String, CaseIterable, Equatable, Hashable, Sendable {
    case start
    case library
}

/// The screens of the TUI. Later screens (overzicht) join here.
package enum ScreenID: String, CaseIterable, Equatable, Hashable, Sendable {
    case start
    case library
    /// The three meetings of a series side by side, with the block editor, prompt picker and
    /// checklist over them.
    case planner
    /// The form that creates a series and its proposed plan.
    case newSeries
    /// The gespreksleider's screen during a meeting.
    case live
}

/// The screens of the TUI.
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
    /// The evaluation form of a meeting that has ended.
    case evaluation
    /// The coordinator's overzicht: every series with its figures, charts and follow-ups.
    case overview
    /// A series at a glance: after meeting 3, or from the overzicht.
    case summary
}

import Foundation

// STUB (foundation): H3 builds the overzicht's state here.
/// The overzicht: the figures as last read, the filter, and where the cursor is.
package struct OverviewState: Equatable, Sendable {
    package var filter = OverviewFilter()
    package var overview: Overview?
    package var choices = FilterChoices()
    /// The series at a glance, when one is open.
    package var summary: SeriesSummary?

    package init() {}

    /// Which part of the keymap applies on the overzicht and the summary.
    package func inputMode(on screen: ScreenID) -> InputMode { screen == .summary ? .summary : .overview }
}

import Foundation

/// A series as the start screen lists it: the series, how far it is, and its next meeting.
package struct SeriesOverview: Equatable, Hashable, Identifiable, Sendable {
    package var series: Series
    package var meetingsPlanned: Int
    package var meetingsHeld: Int
    /// The first meeting that has not ended, if any.
    package var nextMeeting: Meeting?

    package var id: String { series.id }

    package init(series: Series, meetingsPlanned: Int, meetingsHeld: Int, nextMeeting: Meeting?) {
        self.series = series
        self.meetingsPlanned = meetingsPlanned
        self.meetingsHeld = meetingsHeld
        self.nextMeeting = nextMeeting
    }
}

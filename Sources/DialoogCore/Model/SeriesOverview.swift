import Foundation

/// A series as the start screen lists it: the series, how far it is, and its next meeting.
package struct SeriesOverview: Equatable, Hashable, Identifiable, Sendable {
    package var series: Series
    package var meetingsPlanned: Int
    package var meetingsHeld: Int
    /// The first meeting that has not ended, if any.
    package var nextMeeting: Meeting?

    package var id: String { series.id }

    /// A series has three meetings, even before all of them are in the plan.
    package static let regularMeetings = 3

    /// The number the progress counts to: three, or more when extra regular meetings exist.
    package var meetingsInSeries: Int { max(Self.regularMeetings, meetingsPlanned) }

    /// Every meeting held and nothing left to come.
    package var isCompleted: Bool { nextMeeting == nil && meetingsHeld >= meetingsInSeries }

    package init(series: Series, meetingsPlanned: Int, meetingsHeld: Int, nextMeeting: Meeting?) {
        self.series = series
        self.meetingsPlanned = meetingsPlanned
        self.meetingsHeld = meetingsHeld
        self.nextMeeting = nextMeeting
    }
}

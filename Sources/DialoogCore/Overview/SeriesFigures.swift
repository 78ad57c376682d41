import Foundation

/// One series as the overzicht lists it, with its figures over the meetings the filter lets
/// through. Every count of people is a count of distinct pseudonyms or a headcount.
package struct SeriesFigures: Equatable, Hashable, Identifiable, Sendable {
    package var series: Series
    /// The dates of its first and last counted meeting.
    package var firstDate: Date?
    package var lastDate: Date?
    /// Counted meetings, and how many of them have ended.
    package var meetingsPlanned: Int
    package var meetingsHeld: Int
    /// People reached: distinct participants (role deelnemer) present at a counted meeting, or,
    /// where attendance was only counted, the largest headcount; whichever is larger.
    package var reached: Int
    /// Participants present at meeting 1, and those of them present at meetings 1, 2 and 3.
    /// Nil until the three regular meetings have been held with names recorded.
    package var cameToFirst: Int?
    package var cameToAll: Int?
    /// The mean felt safety (1–5) of the evaluated meetings; nil when none has a score.
    package var averageSafety: Double?
    /// How many counted meetings have an evaluation.
    package var evaluated: Int
    package var signals: SignalCounts
    /// Follow-ups of this series not yet done (signals, aftercare, intervisie).
    package var openFollowUps: Int

    package var id: String { series.id }

    package init(
        series: Series, firstDate: Date? = nil, lastDate: Date? = nil, meetingsPlanned: Int = 0,
        meetingsHeld: Int = 0, reached: Int = 0, cameToFirst: Int? = nil, cameToAll: Int? = nil,
        averageSafety: Double? = nil, evaluated: Int = 0, signals: SignalCounts = SignalCounts(),
        openFollowUps: Int = 0
    ) {
        self.series = series
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.meetingsPlanned = meetingsPlanned
        self.meetingsHeld = meetingsHeld
        self.reached = reached
        self.cameToFirst = cameToFirst
        self.cameToAll = cameToAll
        self.averageSafety = averageSafety
        self.evaluated = evaluated
        self.signals = signals
        self.openFollowUps = openFollowUps
    }

    /// Came to all three as a share of those who came to meeting 1 (0–1).
    package var retention: Double? {
        guard let first = cameToFirst, let all = cameToAll, first > 0 else { return nil }
        return Double(all) / Double(first)
    }
}

import DialoogCore
import Foundation
import GRDB

// STUB (foundation): H1 implements these bodies.
extension AppDatabase {
    /// The overzicht for `filter`: series with their figures, totals and chart figures,
    /// aggregated in SQL. `today` (local midnight) decides which follow-ups are overdue, and
    /// `calendar` the months of the meetings-per-month chart.
    package func overview(_ filter: OverviewFilter, today: Date, calendar: LocalCalendar) throws -> Overview {
        Overview(filter: filter)
    }

    /// One row per meeting the filter lets through, in series then plan order: the CSV report.
    package func meetingFigures(_ filter: OverviewFilter) throws -> [MeetingFigures] {
        []
    }

    /// A series at a glance; nil when there is no such series.
    package func seriesSummary(seriesId: String) throws -> SeriesSummary? {
        nil
    }

    /// The values present for each filter.
    package func filterChoices() throws -> FilterChoices {
        FilterChoices()
    }

    /// The coordinator's target, if set.
    package func target() throws -> OverviewTarget? {
        nil
    }

    /// Sets the target, or removes it with nil.
    package func setTarget(_ target: OverviewTarget?) throws {}
}

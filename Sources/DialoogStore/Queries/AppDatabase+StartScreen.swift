import DialoogCore
import GRDB

extension AppDatabase {
    /// Every series with its progress and the next meeting that has not ended, for the start
    /// screen. Two queries, whatever the number of series.
    package func seriesOverviews() throws -> [SeriesOverview] {
        try reader.read { db in
            let counts = try Row.fetchAll(
                db,
                sql: """
                    SELECT seriesId,
                           COUNT(*) AS planned,
                           SUM(state = 'ended') AS held
                    FROM meeting
                    WHERE kind = 'regular'
                    GROUP BY seriesId
                    """)
            var progress: [String: (planned: Int, held: Int)] = [:]
            for row in counts { progress[row["seriesId"]] = (row["planned"], row["held"]) }

            // Meetings still to come, soonest first and undated ones last, per series.
            let open = try Meeting.fetchAll(
                db,
                sql: """
                    SELECT * FROM meeting
                    WHERE state != 'ended'
                    ORDER BY seriesId, startsAt IS NULL, startsAt, number
                    """)
            var next: [String: Meeting] = [:]
            for meeting in open where next[meeting.seriesId] == nil { next[meeting.seriesId] = meeting }

            return try Series.fetchAll(db).map { series in
                let counted = progress[series.id] ?? (0, 0)
                return SeriesOverview(
                    series: series, meetingsPlanned: counted.planned, meetingsHeld: counted.held,
                    nextMeeting: next[series.id])
            }
        }
    }
}

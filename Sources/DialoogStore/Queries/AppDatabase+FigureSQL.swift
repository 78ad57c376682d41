import DialoogCore
import Foundation
import GRDB

/// The SQL of the overzicht and the reports, each statement in one place: the store runs it,
/// and `make bench` prints it (`inlined`) to time the sqlite3 shell on the same text.
///
/// Every statement takes the filter as named parameters: `:organisation`, `:methodId`,
/// `:municipality`, `:facilitator`, `:laptop` (NULL lets everything through), `:from` and `:to` (the
/// period, NULL for open), `:includeDemo` (1 or 0), and `:seriesId` (one series, for its
/// summary; NULL for all). A meeting's date is its planned start, or
/// when it ended if it had none. What is counted per meeting or per series comes from the
/// tallies the triggers keep (`FigureTallyMigration`). CROSS JOIN fixes the order
/// of the tables where SQLite, without statistics, would otherwise walk a big table first.
extension AppDatabase {
    /// The filter on a series (table `series`). Text matches a whole value, ignoring the case
    /// of ASCII letters (SQLite's NOCASE); the facilitator matches one element of the list.
    static let seriesFilterSQL = """
        (:organisation IS NULL OR series.organisation = :organisation COLLATE NOCASE)
            AND (:methodId IS NULL OR series.methodId = :methodId)
            AND (:municipality IS NULL OR series.municipality = :municipality COLLATE NOCASE)
            AND (:facilitator IS NULL OR EXISTS (
                SELECT 1 FROM json_each(series.facilitators) WHERE json_each.value = :facilitator COLLATE NOCASE))
            AND (:includeDemo OR NOT series.demo)
            AND (:seriesId IS NULL OR series.id = :seriesId)
            AND (:laptop IS NULL OR coalesce(series.originLaptop, (SELECT id FROM laptop)) LIKE :laptop || '%')
        """

    /// The signal columns of the subquery `table`, 0 where there were none.
    static func signalColumnsSQL(from table: String) -> String {
        Signal.Response.allCases.map {
            "coalesce(\(table).\(SignalCounts.column($0)), 0) AS \(SignalCounts.column($0))"
        }.joined(separator: ", ")
    }

    /// The period on a meeting (table `meeting`): from `:from` inclusive to `:to` exclusive.
    static let periodFilterSQL = """
        (:from IS NULL OR coalesce(meeting.startsAt, meeting.endedAt) >= :from)
            AND (:to IS NULL OR coalesce(meeting.startsAt, meeting.endedAt) < :to)
        """

    /// The period on the meeting `table` (an alias of `meeting`), as `periodFilterSQL`.
    static func inPeriodSQL(_ table: String) -> String {
        """
        ((:from IS NULL OR coalesce(\(table).startsAt, \(table).endedAt) >= :from)
            AND (:to IS NULL OR coalesce(\(table).startsAt, \(table).endedAt) < :to))
        """
    }
    /// `Meeting.rescheduledReach` in days, for `julianday` differences.
    static let reachInDays = Meeting.rescheduledReach / 86_400

    /// A series' meetings in plan order: regular by number, then extra, then aftercare.
    static let planOrderSQL = "CASE meeting.kind WHEN 'regular' THEN 0 WHEN 'extra' THEN 1 ELSE 2 END, meeting.number"

    /// The signal columns of a meeting's tally.
    static let tallySignalColumnsSQL = Signal.Response.allCases.map { "tally.\(SignalCounts.column($0))" }
        .joined(separator: ", ")

    /// The order `meetingFigures` puts the rows of `meetingFiguresSQL` in, for the statement run
    /// in the sqlite3 shell (`dialoog-bench sql meetings`): series name, series id, plan order.
    package static let meetingFiguresOrderSQL = "\nORDER BY series.name, series.id, \(planOrderSQL)"

    /// One row per counted meeting with its figures, in no order (`meetingFigures` orders them
    /// by series name, series id and plan order): the CSV report and the drill-down. Every
    /// figure that is not the meeting's or its series' own column (people, prompts, themes,
    /// signals, the timer's first start, the evaluation) is the meeting's tally
    /// (`meetingTally`), kept by triggers, so a row costs a few lookups whatever the store
    /// holds. Role counts are those of named attendance and the headcount that of a counted
    /// meeting; the other one is 0 or NULL.
    /// Its date is `Meeting.date(heldAt:)`: the planned start, or the timer's first start for
    /// a meeting held at another time (rescheduled), so its summary shows the real day.
    package static let meetingFiguresSQL = """
        SELECT series.id AS seriesId, series.name AS seriesName, series.organisation, series.methodId,
            series.municipality, series.demo, meeting.id AS meetingId, meeting.number, meeting.kind,
            coalesce(
                CASE WHEN meeting.startsAt IS NULL
                    OR abs(julianday(tally.timerStart) - julianday(meeting.startsAt)) > \(reachInDays)
                    THEN tally.timerStart END,
                meeting.startsAt, meeting.endedAt) AS date, meeting.state,
            coalesce(tally.expected, series.expectedGroupSize) AS expected,
            CASE WHEN meeting.countOnly THEN 0 ELSE tally.deelnemers + meeting.unnamed END AS participants,
            CASE WHEN meeting.countOnly THEN 0 ELSE tally.speakers END AS speakers,
            CASE WHEN meeting.countOnly THEN 0 ELSE tally.professionals END AS professionals,
            CASE WHEN meeting.countOnly THEN 0 ELSE tally.observers END AS observers,
            meeting.countOnly, CASE WHEN meeting.countOnly THEN coalesce(headcount.total, 0) END AS headcount,
            tally.promptsUsed, tally.promptsUnplanned,
            tally.landed AS promptsLanded,
            tally.raised AS raisedThemes, \(tallySignalColumnsSQL),
            tally.evaluated, tally.atmosphere, tally.safety,
            tally.openness, tally.resistanceMoments, tally.usefulYes, tally.usefulPartly,
            tally.usefulNo, tally.heardYes, tally.heardPartly, tally.heardNo,
            tally.agreements, tally.editedAt,
            tally.collaboration, tally.volunteerHours, tally.expenses,
            tally.recommendations,
            CASE WHEN meeting.countOnly THEN headcount.women END AS women,
            CASE WHEN meeting.countOnly THEN headcount.men END AS men,
            CASE WHEN meeting.countOnly THEN headcount.young END AS young,
            series.venue, series.languages, series."groups" AS targetGroups
        FROM series
        CROSS JOIN meeting ON meeting.seriesId = series.id
        CROSS JOIN meetingTally AS tally ON tally.meetingId = meeting.id
        LEFT JOIN headcount ON headcount.meetingId = meeting.id
        WHERE \(seriesFilterSQL)
            AND \(periodFilterSQL)
        """

    /// One row per listed series (`series.*` and its figures, `seriesFigureColumnsSQL`), in no
    /// order (`overviewRead` lists them by first date descending, undated last, then by name:
    /// `seriesFiguresOrderSQL`), over all time: every series the filter lets through, its
    /// figures its tally's (`seriesTally`, the sums over all its meetings, kept by triggers),
    /// so one row is read per series and none per meeting; a series' people reached are its
    /// tally's, and regular meetings 1 to 3 held is completed. With a period the overzicht
    /// reads `periodSeriesFiguresSQL`; without one that statement gives the same figures for
    /// every series with a dated meeting, at a few times the cost (it adds up the meetings).
    package static let seriesFiguresSQL = """
        WITH \(followUpsPerSeriesSQL)
        SELECT series.*, \(seriesFigureColumnsSQL(
            sums: "seriesTally", reached: "coalesce(seriesTally.reached, 0)", thirdInPeriod: "1", lastInPeriod: "1"))
        FROM series
        CROSS JOIN seriesTally ON seriesTally.seriesId = series.id
        LEFT JOIN followUps ON followUps.seriesId = series.id
        WHERE \(seriesFilterSQL)
        """

    /// `seriesFiguresSQL` for a period (`:from`, `:to`): a series is listed when the filter
    /// lets it through and at least one of its meetings falls in the period. Its meetings in
    /// the period give the counts, dates, largest headcount, safety (sum and count), signals
    /// and the named deelnemers present per number 1 to 3 (`named1`…, held regular meetings
    /// only), from their tallies (`meetingTally`). The people reached are the series' tally
    /// when every meeting of the series is in the period, and otherwise those present at the
    /// ones that are, read from the attendance of just those meetings. The retention
    /// (`cameToFirst`/`cameToAll`, NULL unless meetings 1, 2 and 3 ended with names recorded,
    /// `seriesTally`) and `completed` belong to the period of the series' third regular
    /// meeting, so four quarters add up to their year; the open and overdue (`:today`)
    /// follow-ups are the whole series'.
    package static let periodSeriesFiguresSQL = """
        WITH counted AS (
            SELECT \(FigureTallyMigration.countedColumnsSQL)
            FROM series CROSS JOIN meeting ON meeting.seriesId = series.id
            WHERE \(seriesFilterSQL)
                AND \(periodFilterSQL)
        ),
        meetings AS (
            SELECT counted.seriesId, \(FigureTallyMigration.seriesAggregatesSQL),
                (SELECT COUNT(*) FROM meeting WHERE meeting.seriesId = counted.seriesId) AS every
            FROM counted
            CROSS JOIN meetingTally AS tally ON tally.meetingId = counted.id
            LEFT JOIN evaluation ON evaluation.meetingId = counted.id
            LEFT JOIN headcount ON headcount.meetingId = counted.id
            GROUP BY counted.seriesId
        ),
        people AS (
            SELECT meetings.seriesId, COUNT(DISTINCT attendance.participantId) AS reached
            FROM meetings
            CROSS JOIN meeting ON meeting.seriesId = meetings.seriesId
            \(FigureTallyMigration.presentDeelnemersSQL)
            WHERE meetings.planned < meetings.every AND \(periodFilterSQL)
                AND \(FigureTallyMigration.isPresentDeelnemerSQL)
            GROUP BY meetings.seriesId
        ),
        \(followUpsPerSeriesSQL)
        SELECT series.*, \(seriesFigureColumnsSQL(
            sums: "meetings",
            reached: """
                CASE WHEN meetings.planned = meetings.every THEN seriesTally.reached
                    ELSE coalesce(people.reached, 0) END
                """,
            thirdInPeriod: meetingInPeriodSQL(number: 3, as: "third"), lastInPeriod: meetingInPeriodSQL(number: 3, as: "last")))
        FROM series
        CROSS JOIN seriesTally ON seriesTally.seriesId = series.id
        CROSS JOIN meetings ON meetings.seriesId = series.id
        LEFT JOIN people ON people.seriesId = series.id
        LEFT JOIN followUps ON followUps.seriesId = series.id
        WHERE \(seriesFilterSQL)
        """

    /// The open and overdue (`:today`) follow-ups per series, a common table `followUps`.
    private static let followUpsPerSeriesSQL = """
        followUps AS (
            SELECT meeting.seriesId, COUNT(*) AS open, SUM(followUp.due < :today) AS overdue
            FROM (\(followUpsSQL)) AS followUp
            JOIN meeting ON meeting.id = followUp.meetingId
            WHERE followUp.doneAt IS NULL
            GROUP BY meeting.seriesId
        )
        """

    /// A series' figures after `series.*`, the same in both statements: `sums` is the table with
    /// its sums (`FigureTallyMigration.seriesAggregateColumns`, NULL when it has none), `reached`
    /// its people reached, and `thirdInPeriod` and `lastInPeriod` whether its third regular
    /// meeting counts (for the retention and for completed).
    private static func seriesFigureColumnsSQL(
        sums: String, reached: String, thirdInPeriod: String, lastInPeriod: String
    ) -> String {
        """
        coalesce(\(sums).planned, 0) AS meetingsPlanned, coalesce(\(sums).held, 0) AS meetingsHeld,
            \(sums).firstDate, \(sums).lastDate,
            max(\(reached), coalesce(\(sums).largestHeadcount, 0)) AS reached,
            coalesce(\(sums).named1, 0) + coalesce(\(sums).counted1, 0) AS present1,
            coalesce(\(sums).named2, 0) + coalesce(\(sums).counted2, 0) AS present2,
            coalesce(\(sums).named3, 0) + coalesce(\(sums).counted3, 0) AS present3,
            coalesce(\(sums).held1, 0) AS held1, coalesce(\(sums).held2, 0) AS held2,
            coalesce(\(sums).held3, 0) AS held3,
            coalesce(\(sums).safetySum, 0) AS safetySum, coalesce(\(sums).safetyCount, 0) AS safetyCount,
            coalesce(\(sums).evaluated, 0) AS evaluated,
            \(signalColumnsSQL(from: sums)),
            coalesce(followUps.open, 0) AS openFollowUps, coalesce(followUps.overdue, 0) AS overdueFollowUps,
            CASE WHEN \(thirdInPeriod) THEN seriesTally.cameToFirst END AS cameToFirst,
            CASE WHEN \(thirdInPeriod) THEN seriesTally.cameToAll END AS cameToAll,
            seriesTally.regularHeld = 3 AND \(lastInPeriod) AS completed
        """
    }

    /// Whether the series' regular meeting `number` is in the period (the meeting as `alias`).
    private static func meetingInPeriodSQL(number: Int, as alias: String) -> String {
        """
        EXISTS (
            SELECT 1 FROM meeting AS \(alias)
            WHERE \(alias).seriesId = series.id AND \(alias).number = \(number) AND \(alias).kind = 'regular'
                AND \(inPeriodSQL(alias)))
        """
    }

    /// The order the overzicht lists the series of `seriesFiguresSQL` in (`overviewRead` puts
    /// them in it), for the statement run in the sqlite3 shell.
    package static let seriesFiguresOrderSQL =
        "\nORDER BY seriesTally.firstDate IS NULL, seriesTally.firstDate DESC, series.name, series.id"

    /// Held counted meetings per quarter of an hour since 1970 (UTC): the store folds them into
    /// local months, which SQLite cannot (it does not know the zone). Every zone's offset is a
    /// whole number of quarters, so no quarter straddles a month.
    package static let heldPerQuarterSQL = """
        SELECT CAST(strftime('%s', coalesce(meeting.startsAt, meeting.endedAt)) AS INTEGER) / 900 AS quarter,
            COUNT(*) AS held
        FROM series CROSS JOIN meeting ON meeting.seriesId = series.id
        WHERE \(seriesFilterSQL)
            AND \(periodFilterSQL)
            AND meeting.state = 'ended' AND coalesce(meeting.startsAt, meeting.endedAt) IS NOT NULL
        GROUP BY quarter
        """

    /// Whether the filter narrows the series or meetings beyond demo or not.
    static let narrowedSQL = """
        (:organisation IS NOT NULL OR :methodId IS NOT NULL OR :municipality IS NOT NULL OR :facilitator IS NOT NULL
            OR :from IS NOT NULL OR :to IS NOT NULL OR :seriesId IS NOT NULL OR :laptop IS NOT NULL)
        """

    /// Prompt uses per prompt content id over the counted meetings, most first: read from the
    /// prompts' tally (`promptTally`, kept by triggers) when nothing narrows the counted
    /// series but demo or not, added up from the uses of the counted meetings otherwise.
    package static let promptUsesSQL = """
        SELECT promptId, SUM(uses) AS uses FROM (
            SELECT promptUse.promptId, COUNT(*) AS uses
            FROM series
            CROSS JOIN meeting ON meeting.seriesId = series.id
            CROSS JOIN promptUse ON promptUse.meetingId = meeting.id
            WHERE \(narrowedSQL)
                AND \(seriesFilterSQL)
                AND \(periodFilterSQL)
            GROUP BY promptUse.promptId
            UNION ALL
            SELECT promptId, uses FROM promptTally
            WHERE NOT \(narrowedSQL) AND (:includeDemo OR NOT demo) AND uses > 0
        )
        GROUP BY promptId
        ORDER BY uses DESC, promptId
        """

    /// The themes groups raised themselves over the counted meetings, one row per theme with
    /// its series (the series' row number, `seriesRow`: the groups only count distinct series,
    /// and a number needs no string made for each row), in one pass. Which of them may be
    /// shown is decided by `ThemeRelease` and the coordinator's review (`themeReview`), not here.
    package static let raisedThemesSQL = """
        SELECT raisedTheme.text, series.rowid AS seriesRow
        FROM series
        CROSS JOIN meeting ON meeting.seriesId = series.id
        CROSS JOIN raisedTheme ON raisedTheme.meetingId = meeting.id
        WHERE \(seriesFilterSQL)
            AND \(periodFilterSQL)
        """

    /// The recommendations to the municipality over the counted meetings, one row per
    /// recommendation with its series. Which may be shown is decided by the coordinator's
    /// review (`themeReview`), as for raised themes. Only the meetings whose tally counts one
    /// are read (`meetingTally_recommended`, a partial index): most have none.
    package static let recommendationsSQL = """
        SELECT recommendation.value AS text, meeting.seriesId
        FROM meetingTally AS tally
        CROSS JOIN meeting ON meeting.id = tally.meetingId
        CROSS JOIN series ON series.id = meeting.seriesId
        CROSS JOIN evaluation ON evaluation.meetingId = meeting.id
        CROSS JOIN json_each(evaluation.recommendations) AS recommendation
        WHERE tally.recommendations > 0
            AND \(seriesFilterSQL)
            AND \(periodFilterSQL)
        """

    /// A target's scope on a series: its organisation, method and municipality (NULL lets
    /// everything through, text ignoring ASCII case as the filter does), and demo series only
    /// when the filter includes them.
    static let targetScopeSQL = """
        (:targetOrganisation IS NULL OR series.organisation = :targetOrganisation COLLATE NOCASE)
            AND (:targetMethodId IS NULL OR series.methodId = :targetMethodId)
            AND (:targetMunicipality IS NULL OR series.municipality = :targetMunicipality COLLATE NOCASE)
            AND (:includeDemo OR NOT series.demo)
        """

    /// The target's period on the meeting `table`: `:targetFrom` inclusive, `:targetTo` exclusive.
    static func inTargetPeriodSQL(_ table: String) -> String {
        """
        coalesce(\(table).startsAt, \(table).endedAt) >= :targetFrom
            AND coalesce(\(table).startsAt, \(table).endedAt) < :targetTo
        """
    }

    /// Held meetings in the target's scope dated in its period.
    package static let heldTowardTargetSQL = """
        SELECT COUNT(*)
        FROM series CROSS JOIN meeting ON meeting.seriesId = series.id
        WHERE \(targetScopeSQL)
            AND meeting.state = 'ended'
            AND \(inTargetPeriodSQL("meeting"))
        """

    /// Series in the target's scope completed in its period: regular meetings 1 to 3 held
    /// (`seriesTally.regularHeld`), the third dated in the period (the reports' rule for
    /// "afgerond").
    package static let completedTowardTargetSQL = """
        SELECT COUNT(*)
        FROM series
        CROSS JOIN seriesTally ON seriesTally.seriesId = series.id AND seriesTally.regularHeld = 3
        CROSS JOIN meeting AS last ON last.seriesId = series.id AND last.kind = 'regular' AND last.number = 3
        WHERE \(targetScopeSQL)
            AND \(inTargetPeriodSQL("last"))
        """

    /// People reached in the target's scope at held meetings dated in its period: per series
    /// the named deelnemers present, or the largest headcount when larger, summed. A series
    /// whose held meetings all fall in the period has its tally (`seriesTally.reachedHeld`);
    /// only one that straddles the period's edge is read from the attendance of its meetings.
    package static let reachedTowardTargetSQL = """
        WITH counted AS (
            SELECT meeting.id, meeting.seriesId, meeting.countOnly
            FROM series CROSS JOIN meeting ON meeting.seriesId = series.id
            WHERE \(targetScopeSQL)
                AND meeting.state = 'ended'
                AND \(inTargetPeriodSQL("meeting"))
        ),
        listed AS (
            SELECT counted.seriesId, COUNT(*) AS inPeriod,
                (SELECT held FROM seriesTally WHERE seriesTally.seriesId = counted.seriesId) AS held,
                MAX(CASE WHEN counted.countOnly THEN headcount.total END) AS largestHeadcount
            FROM counted LEFT JOIN headcount ON headcount.meetingId = counted.id
            GROUP BY counted.seriesId
        ),
        named AS (
            SELECT listed.seriesId, COUNT(DISTINCT attendance.participantId) AS people
            FROM listed
            CROSS JOIN meeting ON meeting.seriesId = listed.seriesId
            \(FigureTallyMigration.presentDeelnemersSQL)
            WHERE listed.inPeriod < listed.held AND meeting.state = 'ended' AND \(inTargetPeriodSQL("meeting"))
                AND \(FigureTallyMigration.isPresentDeelnemerSQL)
            GROUP BY listed.seriesId
        )
        SELECT coalesce(SUM(max(
            CASE WHEN listed.inPeriod = listed.held THEN seriesTally.reachedHeld ELSE coalesce(named.people, 0) END,
            coalesce(listed.largestHeadcount, 0))), 0)
        FROM listed
        CROSS JOIN seriesTally ON seriesTally.seriesId = listed.seriesId
        LEFT JOIN named ON named.seriesId = listed.seriesId
        """

    /// The statement that counts `figure` toward a target.
    package static func targetProgressSQL(_ figure: TargetFigure) -> String {
        switch figure {
        case .meetingsHeld: heldTowardTargetSQL
        case .seriesCompleted: completedTowardTargetSQL
        case .peopleReached: reachedTowardTargetSQL
        }
    }

    /// The statements `overview` runs, in order: the first or the second, without or with a
    /// period, then the others (`meetingFigures` runs `meetingFiguresSQL`).
    package static let overviewSQL = [
        seriesFiguresSQL, periodSeriesFiguresSQL, heldPerQuarterSQL, promptUsesSQL, raisedThemesSQL,
        recommendationsSQL, heldTowardTargetSQL, completedTowardTargetSQL, reachedTowardTargetSQL,
    ]
}

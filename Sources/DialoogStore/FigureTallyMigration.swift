import CSQLiteShim
import GRDB

/// The figures the overzicht and the reports add up, kept per meeting and per series by
/// triggers (`v12-figure-tallies`, issue 18), so that reading them takes one row per meeting
/// instead of every row of attendance, prompts and signals at each look: at 10,000 meetings
/// the overzicht read 145,000 rows of attendance on every open, filter and return.
///
/// - `meetingTally`, one row per meeting: the people present by role (named attendance only),
///   the prompts used (and how many of them unplanned), the themes raised, the signals by
///   response (the columns of `SignalCounts.column`), and (since v13) the timer's first start
///   and the evaluation's figures with the counts of its lists: every figure of a report row
///   that is not a column of the meeting or its series, so that row reads no other table.
/// - `seriesTally`, one row per series: the distinct deelnemers present at meetings not only
///   counted (`reached`), the same at held meetings (`reachedHeld`), the retention of
///   meetings 1 to 3 (`cameToFirst`, `cameToAll`, NULL unless all three ended with names),
///   and the overzicht's figures of the series over all its meetings (`seriesAggregatesSQL`),
///   which an overzicht without a period reads as they are.
///
/// A trigger on each table a tally reads brings the tally of that meeting and its series up to
/// date in the same transaction, so a kill or a power cut leaves both as true as the rows.
/// A transaction that writes whole series with the revision triggers paused (the demo, an
/// import: `revisionPause`) would pay that per row; there the triggers only note the series
/// in `tallyStale`, and `refreshStale` brings those up to date before the pause is lifted.
/// The tallies are derived and local: they never travel in a bundle (`BundleTable`). Being
/// derived, they change shape by being dropped and applied again (`reapply`): `v12` applies
/// the current definition, and each later change drops it and applies it once more.
enum FigureTallyMigration {
    /// The tables that hold what is derived from the others: rebuilt, never carried or checked
    /// as data (`BundleTable`, `StoreCheck`).
    static let tables: Set<String> = ["meetingTally", "seriesTally", "tallyStale", "promptTally"]

    /// The meeting tally's people present, by role, from the meeting's attendance.
    static let attendanceSet = """
        SET (deelnemers, speakers, professionals, observers) = (
            SELECT coalesce(SUM(participant.role = 'deelnemer'), 0), coalesce(SUM(participant.role = 'spreker'), 0),
                coalesce(SUM(participant.role = 'professional'), 0), coalesce(SUM(participant.role = 'waarnemer'), 0)
            FROM attendance CROSS JOIN participant ON participant.id = attendance.participantId
            WHERE attendance.meetingId = meetingTally.meetingId AND attendance.present)
        """

    /// The meeting tally's prompt uses.
    static let promptsSet = """
        SET (promptsUsed, promptsUnplanned) = (
            SELECT COUNT(*), coalesce(SUM(NOT planned), 0) FROM promptUse WHERE promptUse.meetingId = meetingTally.meetingId)
        """

    /// The meeting tally's raised themes.
    static let raisedSet = """
        SET raised = (SELECT COUNT(*) FROM raisedTheme WHERE raisedTheme.meetingId = meetingTally.meetingId)
        """

    /// The meeting tally's signals by response.
    static let signalsSet = """
        SET (helpCard, privateTalk, coordinator, adviceCall, warm, acute) = (
            SELECT coalesce(SUM(response = 'hulpkaart'), 0), coalesce(SUM(response = 'onder-vier-ogen'), 0),
                coalesce(SUM(response = 'coordinator'), 0), coalesce(SUM(response = 'veilig-thuis-advies'), 0),
                coalesce(SUM(response = 'warme-verwijzing'), 0), coalesce(SUM(response = 'acuut-112'), 0)
            FROM signal WHERE signal.meetingId = meetingTally.meetingId)
        """

    /// The meeting tally's timer start: the first start of its timer, which dates a meeting held
    /// on another day than planned (`meetingFiguresSQL`).
    static let timerSet = """
        SET timerStart = (SELECT MIN(start) FROM timerSegment WHERE timerSegment.meetingId = meetingTally.meetingId)
        """

    /// The evaluation's figures a report row shows (`evaluationColumns`, NULL without an
    /// evaluation), whether there is one, and the counts of its lists (0 without one).
    static let evaluationSet = """
        SET (evaluated, \(evaluationColumns.joined(separator: ", ")), landed, agreements, recommendations) = (
            SELECT evaluation.meetingId IS NOT NULL,
                \(evaluationColumns.map { "evaluation.\($0)" }.joined(separator: ", ")),
                coalesce(json_array_length(evaluation.landed), 0),
                coalesce(json_array_length(evaluation.agreements), 0),
                coalesce(json_array_length(evaluation.recommendations), 0)
            FROM (SELECT 1) LEFT JOIN evaluation ON evaluation.meetingId = meetingTally.meetingId)
        """

    /// The evaluation's columns the meeting tally copies, under the same names.
    static let evaluationColumns = [
        "expected", "atmosphere", "safety", "openness", "resistanceMoments", "usefulYes", "usefulPartly", "usefulNo",
        "heardYes", "heardPartly", "heardNo", "editedAt", "collaboration", "volunteerHours", "expenses",
    ]

    /// Who counts as reached at a meeting (table `meeting`), the one definition the tallies,
    /// the overzicht's periods and the targets share: the attendance of deelnemers marked
    /// present (`presentDeelnemersSQL`, joined after `meeting`), at a meeting with names, not
    /// only counted (`isPresentDeelnemerSQL`, its condition).
    static let presentDeelnemersSQL = """
        CROSS JOIN attendance ON attendance.meetingId = meeting.id
            CROSS JOIN participant ON participant.id = attendance.participantId
        """
    static let isPresentDeelnemerSQL =
        "NOT meeting.countOnly AND attendance.present AND participant.role = 'deelnemer'"

    /// The distinct deelnemers present at the series' meetings that are not only counted,
    /// with `held` only at those that ended.
    private static func reachedSQL(held: Bool) -> String {
        """
        (SELECT COUNT(DISTINCT attendance.participantId)
            FROM meeting \(presentDeelnemersSQL)
            WHERE meeting.seriesId = seriesTally.seriesId\(held ? " AND meeting.state = 'ended'" : "")
                AND \(isPresentDeelnemerSQL))
        """
    }

    /// The series tally: reach and the retention of meetings 1 to 3. Those who came to the
    /// first, and of them those who came to the second and the third too, when the three
    /// regular meetings ended with names recorded.
    static let seriesSet = """
        SET (reached, reachedHeld, cameToFirst, cameToAll) = (
            SELECT \(reachedSQL(held: false)), \(reachedSQL(held: true)),
                CASE WHEN third.id IS NOT NULL THEN (
                    SELECT COUNT(*) FROM attendance CROSS JOIN participant ON participant.id = attendance.participantId
                    WHERE attendance.meetingId = first.id AND attendance.present AND participant.role = 'deelnemer') END,
                CASE WHEN third.id IS NOT NULL THEN (
                    SELECT COUNT(*) FROM attendance CROSS JOIN participant ON participant.id = attendance.participantId
                    WHERE attendance.meetingId = first.id AND attendance.present AND participant.role = 'deelnemer'
                        AND EXISTS (SELECT 1 FROM attendance AS again WHERE again.meetingId = second.id
                            AND again.participantId = attendance.participantId AND again.present)
                        AND EXISTS (SELECT 1 FROM attendance AS again WHERE again.meetingId = third.id
                            AND again.participantId = attendance.participantId AND again.present)) END
            FROM (SELECT 1)
            LEFT JOIN meeting AS first ON first.seriesId = seriesTally.seriesId AND first.number = 1
                AND first.kind = 'regular' AND first.state = 'ended' AND NOT first.countOnly
            LEFT JOIN meeting AS second ON second.seriesId = seriesTally.seriesId AND second.number = 2
                AND second.kind = 'regular' AND second.state = 'ended' AND NOT second.countOnly
            LEFT JOIN meeting AS third ON third.seriesId = seriesTally.seriesId AND third.number = 3
                AND third.kind = 'regular' AND third.state = 'ended' AND NOT third.countOnly
                AND first.id IS NOT NULL AND second.id IS NOT NULL)
        """

    /// The columns of `seriesAggregatesSQL`, in its order.
    static let seriesAggregateColumns = [
        "planned", "held", "firstDate", "lastDate", "largestHeadcount", "counted1", "counted2", "counted3", "named1",
        "named2", "named3", "safetySum", "safetyCount", "evaluated", "held1", "held2", "held3", "helpCard",
        "privateTalk", "coordinator", "adviceCall", "warm", "acute",
    ]

    /// A series' figures added up over the rows of `counted` (its meetings: `id`, `state`,
    /// `countOnly`, `date`, `heldNumber`) joined with their `tally`, `evaluation` and
    /// `headcount`: the overzicht's per series over the meetings of a period, and the series
    /// tally's over all of them, so the two can never differ.
    static let seriesAggregatesSQL = """
        COUNT(*) AS planned, SUM(counted.state = 'ended') AS held,
            MIN(counted.date) AS firstDate, MAX(counted.date) AS lastDate,
            MAX(CASE WHEN counted.countOnly THEN headcount.total END) AS largestHeadcount,
            SUM(CASE WHEN counted.countOnly AND counted.heldNumber = 1 THEN headcount.total END) AS counted1,
            SUM(CASE WHEN counted.countOnly AND counted.heldNumber = 2 THEN headcount.total END) AS counted2,
            SUM(CASE WHEN counted.countOnly AND counted.heldNumber = 3 THEN headcount.total END) AS counted3,
            SUM(CASE WHEN NOT counted.countOnly AND counted.heldNumber = 1 THEN tally.deelnemers END) AS named1,
            SUM(CASE WHEN NOT counted.countOnly AND counted.heldNumber = 2 THEN tally.deelnemers END) AS named2,
            SUM(CASE WHEN NOT counted.countOnly AND counted.heldNumber = 3 THEN tally.deelnemers END) AS named3,
            SUM(evaluation.safety) AS safetySum, COUNT(evaluation.safety) AS safetyCount,
            COUNT(evaluation.meetingId) AS evaluated,
            SUM(counted.heldNumber = 1) AS held1, SUM(counted.heldNumber = 2) AS held2,
            SUM(counted.heldNumber = 3) AS held3,
            SUM(tally.helpCard) AS helpCard, SUM(tally.privateTalk) AS privateTalk,
            SUM(tally.coordinator) AS coordinator, SUM(tally.adviceCall) AS adviceCall,
            SUM(tally.warm) AS warm, SUM(tally.acute) AS acute
        """

    /// A meeting as `seriesAggregatesSQL` reads it from `counted`: its date (the planned start,
    /// or when it ended), and its number when it is a held regular meeting 1 to 3.
    static let countedColumnsSQL = """
        meeting.id, meeting.seriesId, meeting.state, meeting.countOnly,
            coalesce(meeting.startsAt, meeting.endedAt) AS date,
            CASE WHEN meeting.kind = 'regular' AND meeting.state = 'ended' AND meeting.number <= 3
                THEN meeting.number END AS heldNumber
        """

    /// The series tally's figures over all its meetings, and how many of its regular meetings
    /// 1 to 3 ended (3: completed).
    static let seriesFiguresSet = """
        SET (\(seriesAggregateColumns.joined(separator: ", ")), regularHeld) = (
            SELECT \(seriesAggregatesSQL),
                (SELECT COUNT(*) FROM meeting WHERE meeting.seriesId = seriesTally.seriesId
                    AND meeting.kind = 'regular' AND meeting.number <= 3 AND meeting.state = 'ended')
            FROM (SELECT \(countedColumnsSQL) FROM meeting WHERE meeting.seriesId = seriesTally.seriesId) AS counted
            CROSS JOIN meetingTally AS tally ON tally.meetingId = counted.id
            LEFT JOIN evaluation ON evaluation.meetingId = counted.id
            LEFT JOIN headcount ON headcount.meetingId = counted.id)
        """

    /// Adds `sign` (1 or -1) times the prompt uses of `uses` (an SQL source of `promptUse`
    /// rows, aliased `promptUse`) to the prompts' tally, under the demo flag of their series,
    /// unless paused. The uses are counted while their meeting and series are still there:
    /// after an insert, before a delete. A delete that comes down from a deleted series or
    /// meeting (ON DELETE CASCADE) finds its parent gone, and adds nothing: the parent's own
    /// trigger took its uses away before it went.
    static func promptAddSQL(_ uses: String, sign: Int, demo: String = "series.demo") -> String {
        """
        INSERT INTO promptTally (promptId, demo, uses)
            SELECT promptUse.promptId, \(demo), \(sign) * COUNT(*) FROM \(uses)
            JOIN meeting ON meeting.id = promptUse.meetingId
            JOIN series ON series.id = meeting.seriesId
            WHERE NOT \(paused)
            GROUP BY promptUse.promptId
            ON CONFLICT (promptId, demo) DO UPDATE SET uses = uses + excluded.uses;
        """
    }

    /// The prompt use of a trigger's row, as a source for `promptAddSQL`.
    static let newUse = "(SELECT NEW.promptId AS promptId, NEW.meetingId AS meetingId) AS promptUse"
    static let oldUse = "(SELECT OLD.promptId AS promptId, OLD.meetingId AS meetingId) AS promptUse"

    /// Every prompt's uses counted afresh.
    static let promptRebuildSQL = """
        DELETE FROM promptTally;
        INSERT INTO promptTally (promptId, demo, uses)
            SELECT promptUse.promptId, series.demo, COUNT(*) FROM promptUse
            CROSS JOIN meeting ON meeting.id = promptUse.meetingId
            CROSS JOIN series ON series.id = meeting.seriesId
            GROUP BY promptUse.promptId, series.demo;
        """

    /// Every part of a meeting's tally, and of a series'.
    static let meetingSets = [attendanceSet, promptsSet, raisedSet, signalsSet, timerSet, evaluationSet]
    static let seriesSets = [seriesSet, seriesFiguresSet]

    static let paused = "EXISTS (SELECT 1 FROM revisionPause)"

    /// The statements of a trigger that bring `sets` of the meetings of `rows` (NEW, OLD or
    /// both) and, with `series`, their series' tallies up to date; while paused they note the
    /// series instead.
    private static func refresh(_ rows: [String], sets: [String], series: Bool) -> String {
        let meetingIds = rows.map { "\($0).meetingId" }.joined(separator: ", ")
        let seriesIds = "SELECT seriesId FROM meeting WHERE id IN (\(meetingIds))"
        var statements = ["INSERT OR IGNORE INTO tallyStale (seriesId) \(seriesIds) AND \(paused);"]
        // Only meetings whose series is still there: a delete that comes down from a deleted
        // series (through its participants, before its meetings go) needs no count; counting
        // made deleting a thousand series three times slower.
        statements += sets.map {
            """
            UPDATE meetingTally \($0) WHERE meetingId IN (SELECT meeting.id FROM meeting
                JOIN series ON series.id = meeting.seriesId WHERE meeting.id IN (\(meetingIds))) AND NOT \(paused);
            """
        }
        if series { statements.append(refreshSeries(seriesIds)) }
        return statements.joined(separator: "\n")
    }

    /// The statement that brings the tally of the series `seriesIds` (SQL expressions) up to
    /// date, unless paused.
    private static func refreshSeries(_ seriesIds: String...) -> String {
        seriesSets.map {
            """
            UPDATE seriesTally \($0) WHERE seriesId IN (SELECT id FROM series WHERE id IN (\(seriesIds.joined(separator: ", "))))
                AND NOT \(paused);
            """
        }.joined(separator: "\n")
    }

    /// The tables, in the file or (`temporary`) only for one connection.
    private static func tablesSQL(temporary: Bool) -> String {
        let create = temporary ? "CREATE TEMP TABLE" : "CREATE TABLE"
        // A temporary table cannot refer to the file's: it lives as long as the connection.
        let meeting = temporary ? "" : " REFERENCES meeting(id) ON DELETE CASCADE"
        let series = temporary ? "" : " REFERENCES series(id) ON DELETE CASCADE"
        return """
            \(create) meetingTally (
                meetingId TEXT PRIMARY KEY NOT NULL\(meeting),
                deelnemers INTEGER NOT NULL DEFAULT 0, speakers INTEGER NOT NULL DEFAULT 0,
                professionals INTEGER NOT NULL DEFAULT 0, observers INTEGER NOT NULL DEFAULT 0,
                promptsUsed INTEGER NOT NULL DEFAULT 0, promptsUnplanned INTEGER NOT NULL DEFAULT 0,
                raised INTEGER NOT NULL DEFAULT 0,
                helpCard INTEGER NOT NULL DEFAULT 0, privateTalk INTEGER NOT NULL DEFAULT 0,
                coordinator INTEGER NOT NULL DEFAULT 0, adviceCall INTEGER NOT NULL DEFAULT 0,
                warm INTEGER NOT NULL DEFAULT 0, acute INTEGER NOT NULL DEFAULT 0,
                timerStart DATETIME, landed INTEGER NOT NULL DEFAULT 0, agreements INTEGER NOT NULL DEFAULT 0,
                recommendations INTEGER NOT NULL DEFAULT 0, evaluated BOOLEAN NOT NULL DEFAULT 0,
                expected INTEGER, atmosphere INTEGER, safety INTEGER, openness INTEGER, resistanceMoments INTEGER,
                usefulYes INTEGER, usefulPartly INTEGER, usefulNo INTEGER, heardYes INTEGER, heardPartly INTEGER,
                heardNo INTEGER, editedAt DATETIME, collaboration INTEGER, volunteerHours INTEGER, expenses INTEGER
            ) WITHOUT ROWID;
            -- The few meetings with recommendations, so the overzicht reads only those.
            CREATE INDEX \(temporary ? "temp." : "")meetingTally_recommended ON meetingTally (meetingId)
                WHERE recommendations > 0;
            \(create) seriesTally (
                seriesId TEXT PRIMARY KEY NOT NULL\(series),
                reached INTEGER NOT NULL DEFAULT 0, reachedHeld INTEGER NOT NULL DEFAULT 0,
                cameToFirst INTEGER, cameToAll INTEGER,
                planned INTEGER NOT NULL DEFAULT 0, held INTEGER, firstDate DATETIME, lastDate DATETIME,
                largestHeadcount INTEGER, counted1 INTEGER, counted2 INTEGER, counted3 INTEGER,
                named1 INTEGER, named2 INTEGER, named3 INTEGER, safetySum INTEGER,
                safetyCount INTEGER NOT NULL DEFAULT 0, evaluated INTEGER NOT NULL DEFAULT 0,
                held1 INTEGER, held2 INTEGER, held3 INTEGER, helpCard INTEGER, privateTalk INTEGER,
                coordinator INTEGER, adviceCall INTEGER, warm INTEGER, acute INTEGER,
                regularHeld INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            -- Uses per prompt over every series, demo and not: the prompt chart without narrowing.
            \(create) promptTally (
                promptId TEXT NOT NULL, demo BOOLEAN NOT NULL, uses INTEGER NOT NULL,
                PRIMARY KEY (promptId, demo)
            ) WITHOUT ROWID;
            -- Series written while the triggers were paused, to be brought up to date before
            -- the pause is lifted; empty outside such a transaction.
            \(create) tallyStale (seriesId TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            """
    }

    static func apply(_ db: Database) throws {
        try db.execute(sql: tablesSQL(temporary: false))
        try db.execute(
            sql: """
                CREATE TRIGGER tally_series_insert AFTER INSERT ON series
                    BEGIN INSERT OR IGNORE INTO seriesTally (seriesId) VALUES (NEW.id); END;
                """)
        let triggers: [(table: String, sets: [String], series: Bool)] = [
            ("attendance", [attendanceSet], true), ("promptUse", [promptsSet], false),
            ("raisedTheme", [raisedSet], false), ("signal", [signalsSet], true),
            ("evaluation", [evaluationSet], true), ("headcount", [], true), ("timerSegment", [timerSet], false),
        ]
        for (table, sets, series) in triggers {
            for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                var body = refresh(change == "UPDATE" ? ["NEW", "OLD"] : [row], sets: sets, series: series)
                if table == "promptUse", change == "INSERT" { body += "\n" + promptAddSQL(newUse, sign: 1) }
                try db.execute(
                    sql:
                        "CREATE TRIGGER tally_\(table)_\(change.lowercased()) AFTER \(change) ON \(table) BEGIN\n\(body)\nEND;"
                )
            }
        }
        // A role changed: every meeting of the series counts its people again.
        try db.execute(
            sql: """
                CREATE TRIGGER tally_participant_role AFTER UPDATE OF role, seriesId ON participant BEGIN
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT NEW.seriesId WHERE \(paused);
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT OLD.seriesId WHERE \(paused);
                UPDATE meetingTally \(attendanceSet)
                    WHERE meetingId IN (SELECT id FROM meeting WHERE seriesId IN (NEW.seriesId, OLD.seriesId))
                    AND NOT \(paused);
                \(refreshSeries("NEW.seriesId", "OLD.seriesId"))
                END;
                CREATE TRIGGER tally_series_demo AFTER UPDATE OF demo ON series WHEN NEW.demo IS NOT OLD.demo BEGIN
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT NEW.id WHERE \(paused);
                \(promptAddSQL("promptUse", sign: -1, demo: "OLD.demo").replacingOccurrences(
                    of: "WHERE NOT", with: "WHERE series.id = NEW.id AND NOT"))
                \(promptAddSQL("promptUse", sign: 1).replacingOccurrences(
                    of: "WHERE NOT", with: "WHERE series.id = NEW.id AND NOT"))
                END;
                CREATE TRIGGER tally_promptUse_before_delete BEFORE DELETE ON promptUse BEGIN
                \(promptAddSQL(oldUse, sign: -1))
                END;
                CREATE TRIGGER tally_promptUse_before_update BEFORE UPDATE OF promptId, meetingId ON promptUse BEGIN
                \(promptAddSQL(oldUse, sign: -1))
                END;
                CREATE TRIGGER tally_promptUse_after_update AFTER UPDATE OF promptId, meetingId ON promptUse BEGIN
                \(promptAddSQL(newUse, sign: 1))
                END;
                CREATE TRIGGER tally_prompt_meeting_delete BEFORE DELETE ON meeting BEGIN
                \(promptAddSQL("promptUse", sign: -1).replacingOccurrences(
                    of: "WHERE NOT", with: "WHERE meeting.id = OLD.id AND NOT"))
                END;
                CREATE TRIGGER tally_prompt_series_delete BEFORE DELETE ON series BEGIN
                \(promptAddSQL("promptUse", sign: -1).replacingOccurrences(
                    of: "WHERE NOT", with: "WHERE series.id = OLD.id AND NOT"))
                END;
                CREATE TRIGGER tally_meeting_insert AFTER INSERT ON meeting BEGIN
                INSERT OR IGNORE INTO meetingTally (meetingId) VALUES (NEW.id);
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT NEW.seriesId WHERE \(paused);
                \(refreshSeries("NEW.seriesId"))
                END;
                CREATE TRIGGER tally_meeting_update AFTER UPDATE OF seriesId, number, kind, state, countOnly, startsAt, endedAt ON meeting BEGIN
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT NEW.seriesId WHERE \(paused);
                \(refreshSeries("NEW.seriesId", "OLD.seriesId"))
                END;
                CREATE TRIGGER tally_meeting_delete AFTER DELETE ON meeting BEGIN
                INSERT OR IGNORE INTO tallyStale (seriesId) SELECT OLD.seriesId WHERE \(paused);
                \(refreshSeries("OLD.seriesId"))
                END;
                """)
        try rebuild(db)
    }

    /// Drops every table and trigger of the tallies and applies their current definition,
    /// computing them afresh: a migration that changes their shape. On a new file `v12` has
    /// just applied the same definition to empty tables, so this costs nothing there.
    static func reapply(_ db: Database) throws {
        let triggers = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tally\\_%' ESCAPE '\\'")
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.quotedDatabaseIdentifier)") }
        for table in tables.sorted() { try db.execute(sql: "DROP TABLE IF EXISTS \(table.quotedDatabaseIdentifier)") }
        try apply(db)
    }

    /// Every tally computed afresh from the rows: the migration's start, and the check that
    /// compares them (`FigureTallyTests`).
    static func rebuild(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM meetingTally;
                DELETE FROM seriesTally;
                DELETE FROM tallyStale;
                INSERT INTO meetingTally (meetingId) SELECT id FROM meeting;
                INSERT INTO seriesTally (seriesId) SELECT id FROM series;
                """)
        for set in meetingSets { try db.execute(sql: "UPDATE meetingTally \(set)") }
        for set in seriesSets { try db.execute(sql: "UPDATE seriesTally \(set)") }
        try db.execute(sql: promptRebuildSQL)
    }

    /// Tallies computed afresh for this connection only, in tables of the same names that
    /// hide the file's: a reading open of a file that another program wrote or that was not
    /// closed in order, which may not write. The triggers keep the tallies true through any
    /// write that goes through SQLite; a hand edit with the foreign keys off that renames ids
    /// could still leave them behind, so no such open trusts them.
    static func shadow(_ db: Database) throws {
        try db.execute(sql: tablesSQL(temporary: true))
        try rebuild(db)
    }

    /// Brings the tallies of the series noted while the triggers were paused up to date, and
    /// forgets the notes. Rows for new meetings and series are made first.
    static func refreshStale(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tallyStale)") == true else { return }
        // The prompts' uses over every series: one pass, as cheap as finding which changed.
        try db.execute(sql: promptRebuildSQL)
        let stale = "SELECT seriesId FROM tallyStale"
        let meetings = "SELECT id FROM meeting WHERE seriesId IN (\(stale))"
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO seriesTally (seriesId) SELECT id FROM series WHERE id IN (\(stale));
                INSERT OR IGNORE INTO meetingTally (meetingId) \(meetings);
                """)
        for set in meetingSets { try db.execute(sql: "UPDATE meetingTally \(set) WHERE meetingId IN (\(meetings))") }
        try db.execute(
            sql: """
                \(seriesSets.map { "UPDATE seriesTally \($0) WHERE seriesId IN (\(stale));" }.joined(separator: "\n"))
                DELETE FROM tallyStale;
                """)
    }
}

extension FigureTallyMigration {
    /// Runs `body` with the connection's triggers switched off, then computes every tally
    /// afresh: for a transaction that writes and deletes many whole series with the revision
    /// triggers paused anyway (the demo). SQLite runs a trigger's program for every row even
    /// when it has nothing to do, and the tallies' are large: with them on, `demo --scale
    /// 10000` took twice as long. ON DELETE CASCADE is not a trigger and still applies.
    static func withoutTriggers<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        guard dialoog_sqlite_set_triggers(db.sqliteConnection, 0) == 0 else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the triggers could not be switched off")
        }
        defer { _ = dialoog_sqlite_set_triggers(db.sqliteConnection, 1) }
        let result = try body()
        try rebuild(db)
        return result
    }
}

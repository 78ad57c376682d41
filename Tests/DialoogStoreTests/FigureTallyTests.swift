import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// The figure tallies (`FigureTallyMigration`) stay what a recomputation from the rows gives,
/// after every kind of write: the demo and an import (triggers paused, refreshed at the end),
/// live records, role changes, corrections, deleted meetings and series, an erasure.
@Suite("Figure tallies kept by triggers")
struct FigureTallyTests {
    let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)

    private func tallies(_ database: AppDatabase) throws -> [[DatabaseValue]] {
        try database.reader.read { db in
            let meetings = try Row.fetchAll(db, sql: "SELECT * FROM meetingTally ORDER BY meetingId")
            let series = try Row.fetchAll(db, sql: "SELECT * FROM seriesTally ORDER BY seriesId")
            let stale = try Row.fetchAll(db, sql: "SELECT * FROM tallyStale")
            // A prompt counted down to none keeps its row at 0; a rebuild makes none.
            let prompts = try Row.fetchAll(
                db, sql: "SELECT * FROM promptTally WHERE uses != 0 ORDER BY promptId, demo")
            return (meetings + series + stale + prompts).map { Array($0.databaseValues) }
        }
    }

    /// The tallies as kept, against the same rebuilt from the rows (the rebuild stays: the
    /// next step starts from a true state either way).
    private func expectTrue(_ database: AppDatabase, after step: String) throws {
        let kept = try tallies(database)
        try database.writer.write { db in try FigureTallyMigration.rebuild(db) }
        let fresh = try tallies(database)
        #expect(kept == fresh, "after \(step)")
        #expect(!fresh.isEmpty || step.hasPrefix("empty"), "after \(step)")
    }

    private func count(_ sql: String, in database: AppDatabase) throws -> Int {
        try database.reader.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    @Test func afterEveryKindOfWriteTheTalliesAreWhatTheRowsSay() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(Fixtures.plan(), now: Fixtures.now)
        try expectTrue(database, after: "a plan")
        _ = try database.insertDemo(data)
        #expect(try count("SELECT COUNT(*) FROM tallyStale", in: database) == 0, "the pause leaves no note behind")
        #expect(try count("SELECT SUM(deelnemers) FROM meetingTally", in: database) > 0)
        try expectTrue(database, after: "the demo")
        let steps: [(String, String)] = [
            (
                "a role changed",
                "UPDATE participant SET role = 'spreker' WHERE id IN (SELECT participantId FROM attendance LIMIT 3)"
            ),
            (
                "someone marked absent",
                "UPDATE attendance SET present = 0 WHERE rowid IN (SELECT rowid FROM attendance LIMIT 5)"
            ),
            ("attendance deleted", "DELETE FROM attendance WHERE rowid IN (SELECT rowid FROM attendance LIMIT 7)"),
            (
                "a meeting only counted",
                "UPDATE meeting SET countOnly = 1 WHERE number = 2 AND state = 'ended' AND rowid % 3 = 0"
            ),
            (
                "a meeting planned again",
                "UPDATE meeting SET state = 'planned', endedAt = NULL WHERE number = 3 AND rowid % 4 = 0"
            ),
            ("prompt uses withdrawn", "DELETE FROM promptUse WHERE rowid IN (SELECT rowid FROM promptUse LIMIT 9)"),
            (
                "a prompt use unplanned",
                "UPDATE promptUse SET planned = 0 WHERE rowid IN (SELECT rowid FROM promptUse LIMIT 4)"
            ),
            (
                "raised themes withdrawn",
                "DELETE FROM raisedTheme WHERE rowid IN (SELECT rowid FROM raisedTheme LIMIT 2)"
            ),
            (
                "a signal answered otherwise",
                "UPDATE signal SET response = 'acuut-112' WHERE rowid IN (SELECT rowid FROM signal LIMIT 2)"
            ),
            ("a signal withdrawn", "DELETE FROM signal WHERE rowid IN (SELECT rowid FROM signal LIMIT 1)"),
            (
                "a timer started a day earlier",
                "UPDATE timerSegment SET start = datetime(start, '-1 day') WHERE rowid IN (SELECT rowid FROM timerSegment LIMIT 3)"
            ),
            (
                "timer segments deleted",
                "DELETE FROM timerSegment WHERE rowid IN (SELECT rowid FROM timerSegment LIMIT 4)"
            ),
            (
                "an evaluation's lists changed",
                """
                UPDATE evaluation SET landed = '["a","b"]', agreements = '[]', recommendations = '["x"]'
                WHERE rowid IN (SELECT rowid FROM evaluation LIMIT 3)
                """
            ),
            ("an evaluation deleted", "DELETE FROM evaluation WHERE rowid IN (SELECT rowid FROM evaluation LIMIT 1)"),
            (
                "a first meeting deleted",
                "DELETE FROM meeting WHERE number = 1 AND rowid IN (SELECT rowid FROM meeting LIMIT 2)"
            ),
            ("a participant deleted", "DELETE FROM participant WHERE rowid IN (SELECT rowid FROM participant LIMIT 2)"),
            ("a series deleted", "DELETE FROM series WHERE rowid IN (SELECT rowid FROM series WHERE demo LIMIT 1)"),
        ]
        for (step, sql) in steps {
            let changed = try database.writer.write { db in
                try db.execute(sql: sql)
                return db.changesCount
            }
            #expect(changed > 0, "\(step) changed nothing: the step tests nothing")
            try expectTrue(database, after: step)
        }
        let participant = try #require(
            try database.reader.read { db in
                try String.fetchOne(db, sql: "SELECT participantId FROM attendance WHERE present LIMIT 1")
            })
        #expect(try database.erase(.participant, id: participant, at: Fixtures.now))
        try expectTrue(database, after: "an erasure")
        // A live record saved again with fewer present, as the evaluation's correction does.
        let series = try #require(data.allSeries.first { $0.records.count >= 2 })
        _ = try database.insertDemo(data)
        var record = try #require(series.records.last)
        record.present.remove(try #require(record.present.first))
        try database.writer.write { db in try AppDatabase.write(record, in: db) }
        try expectTrue(database, after: "a live record saved again")
        #expect(try database.removeDemo() > 0)
        try expectTrue(database, after: "the demo removed")
    }

    /// A file tallied by v12 (without the timer start and the evaluation's figures) gets
    /// the current tallies from v13, computed afresh, with one set of triggers.
    @Test func aFileTalliedByV12GetsTheCurrentTallies() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.insertDemo(data)
        let triggers = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tally%'"
        let current = try count(triggers, in: database)
        try database.writer.write { db in
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tally%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP INDEX meetingTally_recommended")
            for column in ["timerStart", "landed", "agreements", "recommendations", "evaluated"]
                + FigureTallyMigration.evaluationColumns
            {
                try db.execute(sql: "ALTER TABLE meetingTally DROP COLUMN \(column)")
            }
            try db.execute(
                sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [Migrations.meetingTallyReportRow])
        }
        try Migrations.migrator.migrate(database.writer)
        #expect(try count(triggers, in: database) == current)
        #expect(try count("SELECT COUNT(timerStart) FROM meetingTally", in: database) > 0)
        #expect(try count("SELECT SUM(landed) FROM meetingTally", in: database) > 0)
        try expectTrue(database, after: "the v13 migration")
    }

    /// Without a period the overzicht reads each series' figures from its tally; with a period
    /// that holds every meeting it adds them up from the meetings. The two must agree, series by
    /// series, also after the rows changed under the tallies.
    @Test func theSeriesTallyGivesWhatAddingUpTheMeetingsGives() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.insertDemo(data)
        let everything = OverviewFilter(
            from: Fixtures.date("1990-01-01T00:00"), to: Fixtures.date("2090-01-01T00:00"), includeDemo: true)
        func compare(after step: String) throws {
            for demo in [true, false] {
                var (openFilter, allFilter) = (OverviewFilter(), everything)
                (openFilter.includeDemo, allFilter.includeDemo) = (demo, demo)
                let open = try database.overview(openFilter, today: Fixtures.now, calendar: Fixtures.calendar)
                let all = try database.overview(allFilter, today: Fixtures.now, calendar: Fixtures.calendar)
                #expect(!demo || open.series.count > 3, "after \(step)")
                #expect(open.series == all.series, "after \(step)")
                #expect(open.totals == all.totals, "after \(step)")
                #expect(open.attendancePerNumber == all.attendancePerNumber, "after \(step)")
                #expect(open.promptUses == all.promptUses, "after \(step)")
                #expect(!open.promptUses.isEmpty || !demo, "after \(step)")
            }
        }
        try compare(after: "the demo")
        // One change at a time: a later one that refreshes the same series would hide a
        // trigger that is missing.
        for sql in [
            "UPDATE evaluation SET safety = 1 WHERE rowid % 2 = 0",
            "DELETE FROM headcount WHERE rowid IN (SELECT rowid FROM headcount LIMIT 1)",
            "UPDATE meeting SET startsAt = '2026-01-05 10:00:00.000' WHERE number = 2",
            "UPDATE meeting SET countOnly = 1 WHERE number = 1 AND rowid % 5 = 0",
            "DELETE FROM signal WHERE rowid IN (SELECT rowid FROM signal LIMIT 1)",
            "DELETE FROM evaluation WHERE rowid IN (SELECT rowid FROM evaluation LIMIT 3)",
            "UPDATE series SET demo = 0 WHERE rowid IN (SELECT rowid FROM series LIMIT 2)",
            "DELETE FROM promptUse WHERE rowid IN (SELECT rowid FROM promptUse LIMIT 5)",
            "UPDATE promptUse SET promptId = 'een-andere' WHERE rowid IN (SELECT rowid FROM promptUse LIMIT 2)",
            "DELETE FROM series WHERE rowid IN (SELECT rowid FROM series WHERE demo LIMIT 1)",
        ] {
            try database.writer.write { db in try db.execute(sql: sql) }
            try compare(after: sql)
        }
        try expectTrue(database, after: "evaluations, headcounts, dates and signals changed")
    }

    @Test func anImportedSeriesHasItsTalliesAndTheyNeverTravel() throws {
        let source = try AppDatabase.inMemory()
        _ = try source.insertDemo(data)
        let ids = try source.reader.read { db in try String.fetchAll(db, sql: "SELECT id FROM series") }
        let bundle = try source.bundle(seriesIds: ids, withNames: false, withNotes: false, madeAt: Fixtures.now)
        for series in bundle.series {
            #expect(series.rows.keys.allSatisfy { !FigureTallyMigration.tables.contains($0) })
        }
        let target = try AppDatabase.inMemory()
        let result = try target.importBundles(
            files: ["b.json"], load: { _ in bundle }, prefer: .here, dryRun: false, now: Fixtures.now)
        #expect(result.added.count == ids.count)
        #expect(try count("SELECT COUNT(*) FROM tallyStale", in: target) == 0)
        #expect(try count("SELECT SUM(reached) FROM seriesTally", in: target) > 0)
        try expectTrue(target, after: "an import")
        #expect(try tallies(target).count == tallies(source).count)
    }
}

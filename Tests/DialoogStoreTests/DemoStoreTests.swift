import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// `insertDemo` and `removeDemo`: one transaction each, demo series only, real series untouched.
@Suite("Demo data in the store")
struct DemoStoreTests {
    let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)

    private func count(_ sql: String, in database: AppDatabase) throws -> Int {
        try database.reader.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// A database with one real series (not demo) in it.
    private func withRealSeries() throws -> (AppDatabase, SeriesPlan) {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        return (database, plan)
    }

    @Test func everyDemoSeriesIsStoredWithWhatHappenedInIt() throws {
        let (database, _) = try withRealSeries()
        let counts = try database.insertDemo(data)
        let all = data.allSeries
        #expect(counts.series == all.count)
        #expect(counts.replaced == 0)
        #expect(counts.targetSet)
        #expect(try count("SELECT COUNT(*) FROM series WHERE demo", in: database) == all.count)
        #expect(try count("SELECT COUNT(*) FROM series WHERE NOT demo", in: database) == 1)
        #expect(try count("SELECT COUNT(*) FROM meeting WHERE state = 'ended'", in: database) == counts.held)
        #expect(try count("SELECT COUNT(*) FROM meeting WHERE state = 'running'", in: database) == 0)
        #expect(try count("SELECT COUNT(*) FROM evaluation", in: database) == counts.evaluations)
        let present = all.flatMap(\.records).reduce(0) { $0 + $1.present.count }
        #expect(try count("SELECT COUNT(*) FROM attendance", in: database) == present)
        let uses = all.flatMap(\.records).reduce(0) { $0 + $1.promptUses.count }
        #expect(try count("SELECT COUNT(*) FROM promptUse", in: database) == uses)
        // Agreements come back in the next planned meeting, as the evaluation form brings them.
        #expect(try count("SELECT COUNT(*) FROM block WHERE agreementsOf IS NOT NULL", in: database) >= 1)
        // Plain dialoog resumes a running meeting: the demo leaves none.
        #expect(try database.openLive(.resume) == nil)
        // A held meeting reads back as live mode wrote it (the last one: it knows every participant).
        for series in all where series.records.count >= 3 {
            let record = try #require(series.records.last)
            #expect(try database.liveMeeting(meetingId: record.meetingId)?.record == record)
        }
    }

    @Test func loadingAgainReplacesTheDemoAndKeepsTheTarget() throws {
        let (database, plan) = try withRealSeries()
        let first = try database.insertDemo(data)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE target SET amount = 25")
        }
        let again = try database.insertDemo(data)
        #expect(again.replaced == first.series)
        #expect(again.series == first.series)
        #expect(!again.targetSet)
        #expect(try count("SELECT amount FROM target", in: database) == 25)
        #expect(try count("SELECT COUNT(*) FROM series WHERE demo", in: database) == first.series)
        #expect(try count("SELECT COUNT(*) FROM meeting", in: database) == first.meetings + plan.meetings.count)
    }

    @Test func removingDeletesDemoSeriesAndTheirRowsOnly() throws {
        let (database, plan) = try withRealSeries()
        let loaded = try database.insertDemo(data)
        #expect(try database.demoSeriesCount() == loaded.series)
        #expect(try database.removeDemo() == loaded.series)
        #expect(try database.demoSeriesCount() == 0)
        #expect(try database.plan(seriesId: plan.id) == plan)
        for table in ["attendance", "promptUse", "evaluation", "signal", "timerSegment", "target"] {
            #expect(try count("SELECT COUNT(*) FROM \(table)", in: database) == 0, "\(table)")
        }
        #expect(try count("SELECT COUNT(*) FROM meeting", in: database) == plan.meetings.count)
        #expect(try database.removeDemo() == 0)
    }

    @Test func aTargetTheCoordinatorSetStays() throws {
        let database = try AppDatabase.inMemory()
        let own = OverviewTarget(
            amount: 12, from: Fixtures.date("2026-09-01T00:00"), to: Fixtures.date("2027-01-01T00:00"))
        try database.addTarget(own)
        #expect(try !database.insertDemo(data).targetSet)
        _ = try database.removeDemo()
        #expect(try count("SELECT amount FROM target", in: database) == 12)
    }

    @Test func theCoordinatorsTargetStaysEvenWhenItEqualsTheDemos() throws {
        let database = try AppDatabase.inMemory()
        // Set in the overzicht, the same as the demo's: the coordinator's, not the demo's.
        try database.setTarget(data.target)
        _ = try database.insertDemo(data)
        _ = try database.removeDemo()
        #expect(
            try database.target().map { OverviewTarget(amount: $0.amount, from: $0.from, to: $0.to) } == data.target)
        // The demo's own target goes with the demo; one changed in the overzicht since stays.
        try database.setTarget(nil)
        #expect(try database.insertDemo(data).targetSet)
        _ = try database.removeDemo()
        #expect(try database.target() == nil)
        #expect(try database.insertDemo(data).targetSet)
        try database.setTarget(OverviewTarget(amount: 55, from: data.target.from, to: data.target.to))
        _ = try database.removeDemo()
        #expect(try database.target()?.amount == 55)
    }
}

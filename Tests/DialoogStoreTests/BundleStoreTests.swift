import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

private func revision(_ seriesId: String, in database: AppDatabase) throws -> Int {
    try database.reader.read { db in
        try Int.fetchOne(db, sql: "SELECT revision FROM series WHERE id = ?", arguments: [seriesId]) ?? -1
    }
}

@Suite("Series revisions and bundles in the store")
struct BundleStoreTests {
    @Test func everyWriteUnderASeriesRaisesItsRevisionAndNoOtherOne() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        var series = Fixtures.series(method: "htib", name: "Vrouwen Transvaal")
        series.id = "00000000-0000-4000-8000-000000000202"
        let other = Fixtures.plan(series)
        try database.insertPlan(plan, now: Fixtures.now)
        try database.insertPlan(other, now: Fixtures.now)
        let made = try revision(plan.series.id, in: database)
        let untouched = try revision(other.series.id, in: database)
        #expect(made > 0)
        // A live action (the meeting starts, a block's timer runs) is a change of the series.
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        record.segments = [
            TimerSegment(blockId: plan.meetings[0].blocks[0].id, start: Fixtures.date("2026-12-08T19:30"))
        ]
        try database.saveLive(record)
        let live = try revision(plan.series.id, in: database)
        #expect(live > made)
        // So is a row written by hand under it, three tables down.
        try database.writer.write { db in
            try db.execute(
                sql: "DELETE FROM blockPrompt WHERE blockId IN (SELECT id FROM block WHERE meetingId = ?)",
                arguments: [plan.meetings[1].id])
        }
        #expect(try revision(plan.series.id, in: database) > live)
        #expect(try revision(other.series.id, in: database) == untouched)
    }

    @Test func theLaptopIdIsMadeOnceAndKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-laptop-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.sqlite").path
        let first = try AppDatabase.open(at: path).laptopId()
        #expect(first.count == 36)
        #expect(try AppDatabase.open(at: path).laptopId() == first)
        #expect(try AppDatabase.inMemory().laptopId() != first)
    }

    @Test func aStandInIdIsTheSameEverywhereAndShapedAsAnId() {
        let id = "0f8fad5b-d9cb-469f-a165-70867728950e"
        let standIn = AppDatabase.standInId(for: id)
        #expect(standIn == AppDatabase.standInId(for: id.uppercased()))
        #expect(standIn != id)
        #expect(standIn.count == 36)
        #expect(AppDatabase.standInId(for: "0f8fad5b-d9cb-469f-a165-70867728950f") != standIn)
    }

    @Test func aBundleReadsBackAsItWasWritten() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(Fixtures.plan(), now: Fixtures.now)
        let bundle = try database.bundle(
            seriesIds: [Fixtures.plan().series.id], withNames: false, withNotes: false, madeAt: Fixtures.now)
        let data = try bundle.encoded()
        #expect(try SeriesBundle.read(data, file: "b.json") == bundle)
        #expect(bundle.series.first?.rows["note"] == nil, "notes only when asked for")
        #expect(bundle.series.first?.rows["meeting"]?.count == 3)
        #expect(bundle.series.first?.rows["meeting"]?.first?["noteDraft"] == nil)
    }
}

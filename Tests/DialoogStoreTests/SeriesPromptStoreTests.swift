import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// The series' own prompts of `v11-statement-series-prompts`: written with the live record,
/// read back, offered in meeting 2, and counted in the series' revision.
@Suite("Series prompts in the store")
struct SeriesPromptStoreTests {
    private func revision(_ database: AppDatabase, _ seriesId: String) throws -> Int {
        try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT revision FROM series WHERE id = ?", arguments: [seriesId]) ?? -1
        }
    }

    @Test func aStatementIsStoredUnderTheSeriesReadBackUndoneAndOfferedInMeetingTwo() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        let first = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        var record = first
        let statement = SeriesPrompt(
            seriesId: plan.series.id, meetingId: record.meetingId, at: Fixtures.now, text: "Familie gaat voor alles")
        record.statements = [statement]
        let before = try revision(database, plan.series.id)
        try database.saveLive(record)
        #expect(try revision(database, plan.series.id) > before, "a bundle sees the change")
        let read = try #require(try database.liveMeeting(meetingId: record.meetingId)).record
        #expect(read.statements == [statement])
        let stored = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT seriesId FROM seriesPrompt")
        }
        #expect(stored == [plan.series.id])
        // Undo is the record before it: the row is gone.
        try database.saveLive(first)
        #expect(try #require(try database.liveMeeting(meetingId: record.meetingId)).record.statements == [])
        try database.saveLive(record)
        record.state = .ended
        record.endedAt = Fixtures.now.addingTimeInterval(7200)
        try database.saveLive(record)
        try database.reader.read { db in try StoreCheck.run(db, path: "test") }
        let second = try #require(try database.openLive(.meeting(id: plan.meetings[1].id)))
        #expect(second.seriesStatements == [Ledger.Raised(text: "Familie gaat voor alles", meeting: 1)])
        #expect(second.record.statements.isEmpty)
        // Too long, or only spaces: refused by the schema, nothing stored.
        for text in [String(repeating: "a", count: SeriesPrompt.maxLength + 1), "   "] {
            var bad = second.record
            bad.statements = [
                SeriesPrompt(seriesId: plan.series.id, meetingId: bad.meetingId, at: Fixtures.now, text: text)
            ]
            #expect(throws: StoreError.self) { try database.saveLive(bad) }
        }
        #expect(try database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM seriesPrompt") } == 1)
    }

    /// The group's own words typed live are free text from the meeting: they stay on the
    /// laptop unless the export asks for notes, as the gespreksleider's notes do.
    @Test func aBundleCarriesTheSeriesOwnPromptsOnlyWithNotes() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        let statement = SeriesPrompt(
            seriesId: plan.series.id, meetingId: record.meetingId, at: Fixtures.now, text: "Geloof is privé")
        record.statements = [statement]
        record.agreements = [GroupAgreement(meetingId: record.meetingId, at: Fixtures.now, text: "Telefoons op stil")]
        try database.saveLive(record)
        for withNotes in [false, true] {
            let bundle = try database.bundle(
                seriesIds: [plan.series.id], withNames: true, withNotes: withNotes, madeAt: Fixtures.now)
            let other = try AppDatabase.inMemory()
            _ = try other.importBundles(
                files: ["b"], load: { _ in bundle }, prefer: .newer, dryRun: false, now: Fixtures.now)
            let read = try #require(try other.liveMeeting(meetingId: record.meetingId)).record
            #expect(read.statements == (withNotes ? [statement] : []))
            #expect(read.agreements == (withNotes ? record.agreements : []))
        }
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// Renaming and removing a participant as the store keeps it, and the signal actions of
/// `v11-live3-signal-responses`.
@Suite("Live participants and signal actions in the store")
struct LiveParticipantStoreTests {
    private func participants(_ database: AppDatabase) throws -> [Row] {
        try database.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, nickname FROM participant ORDER BY rowid")
        }
    }

    @Test func aRenameKeepsTheRowAndARemovedNewcomerIsDeletedUntilUndone() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        let amina = Participant(seriesId: plan.series.id, nickname: "Amina")
        let bahar = Participant(seriesId: plan.series.id, nickname: "Bahar")
        record.participants = [amina, bahar]
        record.present = [amina.id, bahar.id]
        try database.saveLive(record)
        let before = record
        record.participants[0].nickname = "Ami"
        try database.saveLive(record)
        #expect(try participants(database).map { $0["id"] as String } == [amina.id, bahar.id])
        #expect(try participants(database).map { $0["nickname"] as String } == ["Ami", "Bahar"])
        // Removed: Bahar came to no other meeting, so the row is gone with the attendance.
        let renamed = record
        record.participants.removeLast()
        record.present.remove(bahar.id)
        try database.saveLive(record)
        #expect(try participants(database).map { $0["nickname"] as String } == ["Ami"])
        let reopened = try #require(try database.openLive(.meeting(id: plan.meetings[0].id)))
        #expect(reopened.record.participants.map(\.nickname) == ["Ami"])
        #expect(reopened.record.present == [amina.id])
        // Undo twice: the stored record is as before, ids and all.
        try database.saveLive(renamed)
        try database.saveLive(before)
        let restored = try #require(try database.openLive(.meeting(id: plan.meetings[0].id)))
        #expect(restored.record.participants == [amina, bahar])
        #expect(restored.record.present == [amina.id, bahar.id])
    }

    @Test func everySignalActionIsStoredReadBackAndCountedInTheFigures() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        for (index, response) in Signal.Response.allCases.enumerated() {
            record.signals.append(
                Signal(
                    meetingId: record.meetingId, blockId: nil, at: Fixtures.now.addingTimeInterval(Double(index)),
                    category: .anders, response: response))
        }
        try database.saveLive(record)
        let read = try #require(try database.liveMeeting(meetingId: record.meetingId))
        #expect(read.record.signals.map(\.response) == Signal.Response.allCases)
        try database.reader.read { db in try StoreCheck.run(db, path: "test") }
        let figures = try database.meetingFigures(OverviewFilter())
        let counts = try #require(figures.first { $0.meetingId == record.meetingId }).signals
        #expect(counts == SignalCounts(helpCard: 1, warm: 1, acute: 1, privateTalk: 1, coordinator: 1, adviceCall: 1))
    }

    @Test func agreementsAndRuleOpeningsAreStoredAndMeetingTwoListsMeetingOnesAgreements() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        record.agreements = [GroupAgreement(meetingId: record.meetingId, at: Fixtures.now, text: "Telefoons op stil")]
        record.openings = [PanelOpening(panel: .rules, at: Fixtures.now)]
        try database.saveLive(record)
        let read = try #require(try database.liveMeeting(meetingId: record.meetingId)).record
        #expect(read.agreements == record.agreements)
        #expect(read.openings == record.openings)
        // No text of the rules is kept: the opening's row is what and when.
        let columns = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('panelOpening') ORDER BY cid")
        }
        #expect(columns == ["meetingId", "position", "panel", "at"])
        record.state = .ended
        record.endedAt = Fixtures.now.addingTimeInterval(7200)
        try database.saveLive(record)
        let second = try #require(try database.openLive(.meeting(id: plan.meetings[1].id)))
        #expect(second.groupAgreements == ["Telefoons op stil"])
        #expect(second.record.agreements.isEmpty)
        // An agreement of more than one line's length is refused, as the evaluation's are.
        var long = second.record
        long.agreements = [
            GroupAgreement(meetingId: long.meetingId, at: Fixtures.now, text: String(repeating: "a", count: 121))
        ]
        #expect(throws: StoreError.self) { try database.saveLive(long) }
    }

    @Test func theMigrationKeepsEverySignalTheIndexesAndTheRevisionTriggers() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: Migrations.reportsEvaluationFields)
        let plan = Fixtures.plan()
        try queue.write { db in try AppDatabase.insert(plan, now: Fixtures.now, in: db) }
        let meetingId = plan.meetings[0].id
        let signalId = UUID().uuidString.lowercased()
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO signal (id, meetingId, position, at, category, response, followUp, followedUpAt)
                    VALUES (?, ?, 0, ?, 'vgv', 'warme-verwijzing', ?, NULL)
                    """,
                arguments: [signalId, meetingId, Fixtures.now, Fixtures.date("2026-12-14T00:00")])
            // The old CHECK refuses the new words.
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE signal SET response = 'coordinator' WHERE id = ?", arguments: [signalId])
            }
        }
        // The figure tallies' triggers (v12) come on top; the table's own objects stay.
        let objects = """
            SELECT type, name FROM sqlite_master WHERE tbl_name = 'signal' AND name NOT LIKE 'tally_%'
            ORDER BY type, name
            """
        let before = try queue.read { try Row.fetchAll($0, sql: objects) }
        try Migrations.migrator.migrate(queue)
        #expect(try queue.read { try Row.fetchAll($0, sql: objects) } == before)
        let row = try #require(try queue.read { try Row.fetchOne($0, sql: "SELECT * FROM signal") })
        #expect(row["id"] == signalId && row["response"] == "warme-verwijzing" && row["category"] == "vgv")
        #expect(row["followUp"] == Fixtures.date("2026-12-14T00:00"))
        let revision = "SELECT revision FROM series WHERE id = ?"
        let old = try queue.read { try Int.fetchOne($0, sql: revision, arguments: [plan.series.id]) }
        try queue.write { db in
            try db.execute(sql: "UPDATE signal SET response = 'coordinator' WHERE id = ?", arguments: [signalId])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE signal SET response = 'gebeld' WHERE id = ?", arguments: [signalId])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "UPDATE signal SET meetingId = ? WHERE id = ?",
                    arguments: [UUID().uuidString.lowercased(), signalId])
            }
        }
        // The bundle's trigger still raises the series' revision.
        #expect(try queue.read { try Int.fetchOne($0, sql: revision, arguments: [plan.series.id]) } == (old ?? 0) + 1)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// The full value scan and page check run only after an unclean shutdown (or a write by
/// another program); a file as dialoog left it gets the cheap header and version checks.
@Suite("Clean shutdown")
struct CleanShutdownTests {
    /// A database at `path` with one plan, closed in order; returns a meeting id.
    private func stored(at path: String) throws -> String {
        let database = try AppDatabase.open(at: path)
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        return plan.meetings[0].meeting.id
    }

    /// Sets meeting `id`'s state to a word dialoog never writes, as a hand edit would.
    private func plantWeirdState(at path: String, meetingId id: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE meeting SET state = 'weird' WHERE id = ?", arguments: [id])
        }
        try queue.close()
    }

    @Test func anOrderlyCloseLeavesTheMarkerAndTheNextOpenSkipsTheScan() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        _ = try stored(at: path)
        #expect(FileManager.default.fileExists(atPath: path + ".clean"))
        #expect(mode(of: path + ".clean") == 0o600)

        let reading = try AppDatabase.openForReading(at: path, missing: .refuse)
        #expect(!reading.checkedFully)
        // A reading open leaves the marker where it is.
        #expect(FileManager.default.fileExists(atPath: path + ".clean"))
        do {
            let writing = try AppDatabase.open(at: path)
            #expect(!writing.checkedFully)
            // Open for writing: the marker is gone until the orderly close.
            #expect(!FileManager.default.fileExists(atPath: path + ".clean"))
        }
        #expect(FileManager.default.fileExists(atPath: path + ".clean"))
        #expect(try !AppDatabase.open(at: path).checkedFully)
    }

    /// A read-only reader (the sqlite3 shell with `-readonly`, another tool) cannot remove the
    /// -wal it made: an empty one is no change, and the next reads still skip the scan. A -wal
    /// with something in it is a change the marker does not cover.
    @Test func anEmptyLogLeftByAReaderIsNoChange() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        _ = try stored(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        _ = try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting") }
        try reader.close()
        let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")
        #expect(log[.size] as? Int == 0, "the reader left an empty -wal behind")
        #expect(try !AppDatabase.openForReading(at: path, missing: .refuse).checkedFully)
        #expect(try !AppDatabase.openForReading(at: path, missing: .refuse).checkedFully)
        try Data(repeating: 1, count: 32).write(to: URL(fileURLWithPath: path + "-wal"))
        #expect(!CleanShutdown.isClean(path))
    }

    @Test func afterAKillTheFullCheckRunsAndCatchesAPlantedRow() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let id = try stored(at: path)
        // A process that opened the file and never closed it in order (kill -9, a flat battery):
        // its connection is never released here, as the kernel would drop it.
        let killed = try AppDatabase.open(at: path)
        _ = Unmanaged.passRetained(killed)
        #expect(!FileManager.default.fileExists(atPath: path + ".clean"))
        try plantWeirdState(at: path, meetingId: id)

        #expect(throws: StoreError.self) { try AppDatabase.open(at: path) }
        #expect(throws: StoreError.self) { try AppDatabase.openForReading(at: path, missing: .refuse) }
    }

    @Test func aWriteByAnotherProgramAfterACleanCloseIsCheckedToo() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let id = try stored(at: path)
        #expect(FileManager.default.fileExists(atPath: path + ".clean"))
        try plantWeirdState(at: path, meetingId: id)
        var thrown: (any Error)?
        do { _ = try AppDatabase.open(at: path) } catch { thrown = error }
        guard case .badValue(_, let table, let column, let row, let value) = thrown as? StoreError else {
            Issue.record("expected .badValue, got \(String(describing: thrown))")
            return
        }
        #expect(table == "meeting" && column == "state" && row == id && value == "weird")
        // A marker copied from elsewhere, or garbage in it, is no excuse either.
        try Data("dialoog-clean 1 0 0 0 0 0\n".utf8).write(to: URL(fileURLWithPath: path + ".clean"))
        #expect(throws: StoreError.self) { try AppDatabase.openForReading(at: path, missing: .refuse) }
    }
}

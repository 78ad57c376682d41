import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

#if canImport(Glibc)
    import Glibc
#endif

/// Every file in `folder` with its bytes: equal before and after means nothing was written,
/// created or removed beside the database either (-wal and -shm included).
func snapshot(_ folder: URL) -> [String: Data] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return Dictionary(
        uniqueKeysWithValues: names.map {
            ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data())
        })
}

/// A database with one series, closed again (SQLite removes the -wal when the last
/// connection closes).
func storedDatabase(at path: String) throws {
    let database = try AppDatabase.open(at: path)
    try database.writer.write { db in
        try Series(name: "Ouders Kanaleneiland", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
            .insert(db)
    }
}

@Suite("Durability and reading without writing")
struct ReadOnlyStoreTests {
    @Test func everyCommitIsSyncedToDisk() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = try AppDatabase.open(at: root.appendingPathComponent("d.sqlite").path)
        // 2 is FULL: the WAL is synced at every commit, not only at checkpoints (NORMAL, 1).
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try database.reader.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        // GRDB's WAL set-up (a table created and dropped) is not run.
        let again = try AppDatabase.open(at: root.appendingPathComponent("d.sqlite").path)
        #expect(try again.reader.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }

    @Test func aReadOnlyDatabaseIsReadAndNothingIsCreatedBesideIt() throws {
        let root = temporaryFolder()
        defer {
            chmod(root.path, 0o700)
            try? FileManager.default.removeItem(at: root)
        }
        let path = root.appendingPathComponent("d.sqlite").path
        try storedDatabase(at: path)
        chmod(path, 0o400)
        let before = snapshot(root)
        // Beside it at most the marker of dialoog's orderly close (`CleanShutdown`).
        #expect(before.keys.sorted().filter { $0 != "d.sqlite.clean" } == ["d.sqlite"])
        do {
            let database = try AppDatabase.openForReading(at: path, missing: .refuse)
            #expect(try database.allSeries().map(\.name) == ["Ouders Kanaleneiland"])
        }
        #expect(snapshot(root) == before)
        #expect(mode(of: path) == 0o400)
    }

    @Test func aMissingFileIsRefusedOrReadAsEmptyAndNotCreated() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("missing/d.sqlite").path
        #expect(throws: StoreError.databaseMissing(path: path)) {
            _ = try AppDatabase.openForReading(at: path, missing: .refuse)
        }
        #expect(try AppDatabase.openForReading(at: path, missing: .empty).allSeries().isEmpty)
        #expect(snapshot(root).isEmpty)
    }

    @Test func aReaderBesideAWriterReadsWhatItWrote() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let writer = try AppDatabase.open(at: path)
        try writer.writer.write { db in
            try Series(name: "Nog in de WAL", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now).insert(
                db)
        }
        let reader = try AppDatabase.openForReading(at: path, missing: .refuse)
        #expect(try reader.allSeries().map(\.name) == ["Nog in de WAL"])
    }

    @Test func aWidePermissionIsTightenedWhenWritingOnly() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        try storedDatabase(at: path)
        chmod(path, 0o644)
        _ = try AppDatabase.openForReading(at: path, missing: .refuse)
        #expect(mode(of: path) == 0o644)
        _ = try AppDatabase.open(at: path)
        #expect(mode(of: path) == 0o600)
    }

    @Test func somethingThatIsNotARegularFileIsRefusedAtOnce() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = root.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let before = snapshot(root)
        for path in [fifo, folder, "/dev/null"] {
            #expect(throws: StoreError.notAFile(path: path)) { _ = try AppDatabase.open(at: path) }
            #expect(throws: StoreError.notAFile(path: path)) {
                _ = try AppDatabase.openForReading(at: path, missing: .refuse)
            }
        }
        #expect(StoreError.notAFile(path: fifo).exitCode == 66)
        #expect(snapshot(root) == before)
    }

    /// Each file dialoog refuses, opened for writing and for reading: the folder is byte for
    /// byte what it was, with no -wal or -shm beside the file.
    @Test(arguments: ["newer-user-version", "only-a-view", "not-sqlite", "other-program", "newer-migration"])
    func aRefusedFileAndItsFolderAreLeftExactlyAsTheyWere(_ kind: String) throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let expected: StoreError
        switch kind {
        case "newer-user-version":
            try storedDatabase(at: path)
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
            try queue.close()
            expected = .newerDatabase(path: path, unknownMigrations: ["user_version 99"])
        case "newer-migration":
            try storedDatabase(at: path)
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
            try queue.close()
            expected = .newerDatabase(path: path, unknownMigrations: ["v9-from-the-future"])
        case "only-a-view":
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "CREATE VIEW answer AS SELECT 42") }
            try queue.close()
            expected = .notDialoog(path: path)
        case "not-sqlite":
            FileManager.default.createFile(atPath: path, contents: Data("aantekeningen\n".utf8))
            expected = .notDialoog(path: path)
        default:
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
            try queue.close()
            expected = .notDialoog(path: path)
        }
        let before = snapshot(root)
        // Beside it at most the marker of dialoog's orderly close (`CleanShutdown`).
        #expect(before.keys.sorted().filter { $0 != "d.sqlite.clean" } == ["d.sqlite"])
        #expect(throws: expected) { _ = try AppDatabase.open(at: path) }
        #expect(snapshot(root) == before)
        #expect(throws: expected) { _ = try AppDatabase.openForReading(at: path, missing: .refuse) }
        #expect(snapshot(root) == before)
    }

    @Test func aDamagedFileIsNotWrittenByAReport() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("damaged.sqlite").path
        do {
            let database = try AppDatabase.open(at: path)
            try database.writer.write { db in
                for n in 0..<200 {
                    try Series(name: "Serie \(n)", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
                        .insert(db)
                }
            }
        }
        var data = bytes(of: path)
        for i in 4096 * 2..<min(data.count, 4096 * 4) { data[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try data.write(to: URL(fileURLWithPath: path))
        let before = snapshot(root)
        // The page check is skipped when nothing is to be migrated; whatever SQLite says
        // about the damage, the file is not written.
        do {
            let database = try AppDatabase.openForReading(at: path, missing: .refuse)
            _ = try? database.allSeries()
        } catch {}
        #expect(snapshot(root) == before)
    }
}

@Suite("Values dialoog cannot read")
struct StoreCheckTests {
    /// A value the program never writes (the schema's CHECKs switched off, as another tool
    /// can) is refused naming the table, column and row, for writing and for reading, and the
    /// folder is left as it was.
    @Test(arguments: [
        ("meeting", "state", "'weird'"),
        ("meeting", "startsAt", "'garbage'"),
        ("block", "minutes", "4611686018427387904"),
        ("block", "kind", "'dans'"),
        ("meeting", "number", "'drie'"),
    ])
    func anUnreadableValueIsRefusedNamingWhereItIs(table: String, column: String, value: String) throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let id: String
        do {
            let database = try AppDatabase.open(at: path)
            let plan = Fixtures.plan()
            try database.insertPlan(plan, now: Fixtures.now)
            id = table == "block" ? plan.meetings[0].blocks[0].id : plan.meetings[0].meeting.id
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE \(table) SET \(column) = \(value) WHERE id = ?", arguments: [id])
        }
        try queue.close()
        let before = snapshot(root)
        for open in [
            { try AppDatabase.open(at: path) }, { try AppDatabase.openForReading(at: path, missing: .refuse) },
        ] {
            var thrown: (any Error)?
            do { _ = try open() } catch { thrown = error }
            guard case .badValue(_, let badTable, let badColumn, let row, _) = thrown as? StoreError else {
                Issue.record("expected .badValue, got \(String(describing: thrown))")
                continue
            }
            #expect(badTable == table)
            #expect(badColumn == column)
            #expect(row == id)
            #expect((thrown as? StoreError)?.exitCode == 65)
            #expect(snapshot(root) == before)
        }
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// A fresh folder under the system's temp folder, removed by the caller.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-store-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func mode(of path: String) -> Int {
    let attributes = try! FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
}

func bytes(of path: String) -> Data {
    FileManager.default.contents(atPath: path)!
}

@Suite("Opening the database")
struct OpeningTests {
    @Test func aNewFileIsPrivateAndInAPrivateFolder() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("share/dialoog/dialoog.sqlite").path
        let database = try AppDatabase.open(at: path)
        try database.writer.write { db in
            try Series(name: "Test", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now).insert(db)
        }
        #expect(mode(of: path) == 0o600)
        #expect(mode(of: root.appendingPathComponent("share/dialoog").path) == 0o700)
        #expect(mode(of: root.appendingPathComponent("share").path) == 0o700)
        // SQLite gives its -wal file the database file's mode.
        #expect(mode(of: path + "-wal") == 0o600)
    }

    @Test func theFileIsInWALMode() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = try AppDatabase.open(at: root.appendingPathComponent("d.sqlite").path)
        let mode = try database.reader.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func dataSurvivesClosingAndOpeningAgain() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let series = Series(
            name: "Ouders Kanaleneiland", methodId: "yeni-pencere", organisation: "IOT", createdAt: Fixtures.now)
        do {
            let database = try AppDatabase.open(at: path)
            try database.writer.write { try series.insert($0) }
        }
        let again = try AppDatabase.open(at: path)
        #expect(try again.reader.read { try Series.fetchAll($0) } == [series])
    }

    @Test func anEmptyFileIsStartedAfresh() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("empty.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let database = try AppDatabase.open(at: path)
        #expect(try database.seriesOverviews().isEmpty)
    }

    @Test func aFolderThatCannotBeMadeIsNamed() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("blocker")
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        #expect(throws: StoreError.cannotCreateFolder(path: blocker.path, detail: "Not a directory")) {
            _ = try AppDatabase.open(at: blocker.appendingPathComponent("d.sqlite").path)
        }
    }
}

@Suite("Refusing files dialoog must not touch")
struct RefusalTests {
    @Test func aDatabaseFromANewerDialoogIsRefusedAndUntouched() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("newer.sqlite").path
        do {
            let database = try AppDatabase.open(at: path)
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
            }
        }
        let before = bytes(of: path)
        #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["v9-from-the-future"])) {
            _ = try AppDatabase.open(at: path)
        }
        #expect(bytes(of: path) == before)
        #expect(StoreError.newerDatabase(path: path, unknownMigrations: []).exitCode == 65)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndUntouched() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("notes.sqlite").path
        let content = Data("Dit is een tekstbestand met aantekeningen, geen database.\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        #expect(throws: StoreError.notDialoog(path: path)) { _ = try AppDatabase.open(at: path) }
        #expect(bytes(of: path) == content)
        #expect(mode(of: path) != 0)
    }

    @Test func anotherProgramsSQLiteFileIsRefusedAndUntouched() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("other.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write {
                try $0.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')")
            }
            try queue.close()
        }
        let before = bytes(of: path)
        #expect(throws: StoreError.notDialoog(path: path)) { _ = try AppDatabase.open(at: path) }
        #expect(bytes(of: path) == before)
    }

    @Test func aDamagedDatabaseIsRefusedAndUntouched() throws {
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
            try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        // Keep the header, scribble over the pages after the first.
        var data = bytes(of: path)
        #expect(data.count > 8192)
        for i in 4096..<min(data.count, 4096 * 6) { data[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try data.write(to: URL(fileURLWithPath: path))
        let before = bytes(of: path)
        var thrown: StoreError?
        do { _ = try AppDatabase.open(at: path) } catch { thrown = error }
        guard case .damaged(let reported, _) = thrown else {
            Issue.record("expected .damaged, got \(String(describing: thrown))")
            return
        }
        #expect(reported == path)
        #expect(thrown?.exitCode == 65)
        #expect(bytes(of: path) == before)
    }
}

@Suite("Schema")
struct SchemaTests {
    @Test func aFreshDatabaseHasTheRecordedSchema() throws {
        let database = try AppDatabase.inMemory()
        let schema =
            try database.reader.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT sql || ';' FROM sqlite_master
                        WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                        ORDER BY type DESC, name
                        """)
            }.joined(separator: "\n\n") + "\n"
        if let problem = Snapshot.mismatch(schema, named: "schema", testFile: #filePath) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func everyMigrationIsApplied() throws {
        let database = try AppDatabase.inMemory()
        let applied = try database.reader.read { try Migrations.migrator.appliedIdentifiers($0) }
        #expect(applied == Set(Migrations.migrator.migrations))
        #expect(Migrations.migrator.migrations.first == Migrations.first)
    }

    @Test func theOldSingleTargetBecomesTheFirstOfMany() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: Migrations.privacyThemeReview)
        try queue.write { db in
            try db.execute(
                sql: #"INSERT INTO target (id, meetings, "from", "to", demo) VALUES (1, 700, ?, ?, 1)"#,
                arguments: [Fixtures.date("2018-01-01T00:00"), Fixtures.date("2024-01-01T00:00")])
        }
        try Migrations.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: #"SELECT figure, amount, "from", "to", demo, organisation FROM target"#)
        }
        #expect(rows.count == 1)
        #expect(rows.first?["figure"] == "meetings" && rows.first?["amount"] == 700)
        #expect(rows.first?["from"] == Fixtures.date("2018-01-01T00:00") && rows.first?["demo"] == true)
        #expect(rows.first?["organisation"] == nil as String?)
        // Now any number of them.
        try queue.write { db in
            try db.execute(
                sql:
                    #"INSERT INTO target (figure, amount, "from", "to", organisation) VALUES ('series', 3, ?, ?, 'HTIB')"#,
                arguments: [Fixtures.date("2026-01-01T00:00"), Fixtures.date("2027-01-01T00:00")])
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM target") } == 2)
    }

    @Test func theSchemaRefusesWhatMustNotBeStored() throws {
        let database = try AppDatabase.inMemory()
        let series = Series(name: "S", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
        try database.writer.write { try series.insert($0) }
        // A meeting of a series that does not exist.
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try Meeting(seriesId: UUID().uuidString.lowercased(), number: 1).insert($0) }
        }
        // A meeting number of zero, the same number twice.
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try Meeting(seriesId: series.id, number: 0).insert($0) }
        }
        try database.writer.write { try Meeting(seriesId: series.id, number: 1).insert($0) }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try Meeting(seriesId: series.id, number: 1).insert($0) }
        }
        // A blank nickname, or one longer than a nickname should be.
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try Participant(seriesId: series.id, nickname: "  ").insert($0) }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write {
                try Participant(seriesId: series.id, nickname: String(repeating: "x", count: 41)).insert($0)
            }
        }
    }

    @Test func removingASeriesRemovesEverythingOfIt() throws {
        let database = try AppDatabase.inMemory()
        let series = Series(name: "S", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
        let meeting = Meeting(seriesId: series.id, number: 1)
        let participant = Participant(seriesId: series.id, nickname: "AB")
        try database.writer.write { db in
            try series.insert(db)
            try meeting.insert(db)
            try participant.insert(db)
            try Attendance(meetingId: meeting.id, participantId: participant.id).insert(db)
            _ = try series.delete(db)
        }
        let counts = try database.reader.read { db in
            try ["meeting", "participant", "attendance"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") }
        }
        #expect(counts == [0, 0, 0])
    }
}

@Suite("Start-screen query")
struct StartScreenQueryTests {
    @Test func progressAndNextMeetingPerSeries() throws {
        let database = try AppDatabase.inMemory()
        let a = Series(name: "A", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
        let b = Series(name: "B", methodId: "kezban", organisation: "Stichting Kezban", createdAt: Fixtures.now)
        let c = Series(name: "C", methodId: "jiheeye", organisation: "FSAN", createdAt: Fixtures.now)
        try database.writer.write { db in
            for s in [a, b, c] { try s.insert(db) }
            try Meeting(seriesId: a.id, number: 1, startsAt: Fixtures.date("2026-11-10T19:00"), state: .ended).insert(
                db)
            try Meeting(seriesId: a.id, number: 2, startsAt: Fixtures.date("2026-12-08T19:00")).insert(db)
            try Meeting(seriesId: a.id, number: 3).insert(db)
            try Meeting(seriesId: a.id, number: 4, kind: .aftercare, startsAt: Fixtures.date("2027-02-08T19:00"))
                .insert(db)
            for n in 1...3 { try Meeting(seriesId: b.id, number: n, state: .ended).insert(db) }
        }
        let overviews = Dictionary(uniqueKeysWithValues: try database.seriesOverviews().map { ($0.series.name, $0) })
        #expect(overviews["A"]?.meetingsPlanned == 3)
        #expect(overviews["A"]?.meetingsHeld == 1)
        #expect(overviews["A"]?.nextMeeting?.number == 2)
        #expect(overviews["B"]?.meetingsHeld == 3)
        #expect(overviews["B"]?.nextMeeting == nil)
        #expect(overviews["C"]?.meetingsPlanned == 0)
        #expect(overviews["C"]?.nextMeeting == nil)
    }
}

import DialoogStore
import Foundation
import GRDB

/// A laptop of its own for a test that runs the built binary: a fresh home folder with its
/// database, a pinned zone and moment, and a way to look into the database afterwards.
package struct Laptop {
    package let folder: URL
    /// The moment dialoog takes as now (`DIALOOG_NOW`).
    package let now: String

    /// `purpose` names the temporary folder, so a left-over one says which suite made it.
    package init(_ purpose: String, now: String = "2026-12-01T19:30") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dialoog-\(purpose)-\(UUID().uuidString)")
        self.now = now
    }

    package var db: String { folder.appendingPathComponent("dialoog.sqlite").path }

    package func run(_ arguments: [String], language: String = "nl") throws -> Run {
        try Run(
            arguments + ["--db", db, "--lang", language],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": now], home: folder)
    }

    /// Makes the (empty) database, as the first start of dialoog does: the reading commands
    /// (`report`, `series list`) refuse a file that is not there and create nothing.
    package func create() throws {
        _ = try AppDatabase.open(at: db)
    }

    /// One number from the database, by SQL.
    package func count(_ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Writes a file into the laptop's folder and returns its path.
    package func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    package func remove() { try? FileManager.default.removeItem(at: folder) }
}

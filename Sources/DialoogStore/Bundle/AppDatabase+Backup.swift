import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// Copies the whole store into a new SQLite file at `path` with SQLite's online backup,
    /// which reads a consistent state while the program may be writing.
    package func backup(to path: String) throws {
        do {
            var configuration = Configuration()
            configuration.label = "dialoog-backup"
            let copy = try DatabaseQueue(path: path, configuration: configuration)
            try reader.backup(to: copy)
            try copy.close()
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Closes the connection now (its WAL folded into the file), before the file is replaced
    /// (`dialoog restore`); the database cannot be used afterwards.
    package func closeNow() throws {
        do { try (writer as? DatabaseQueue)?.close() } catch { throw Self.classify(error, path: path) }
    }

    /// Every erasure record this store holds.
    package func erasures() throws -> [Erasure] {
        do {
            return try reader.read { db in
                try Row.fetchAll(db, sql: "SELECT kind, id, erasedAt, laptop FROM erasure ORDER BY kind, id")
                    .compactMap { row in
                        Erasure.Kind(rawValue: row["kind"] ?? "").map {
                            Erasure(kind: $0, id: row["id"], erasedAt: row["erasedAt"], laptop: row["laptop"])
                        }
                    }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Keeps and applies the erasure records this store does not hold yet (a restored backup
    /// that predates them), in one transaction, then empties the WAL. Returns how many were new.
    @discardableResult
    package func applyErasures(_ erasures: [Erasure]) throws -> Int {
        do {
            let added = try writer.write { db in
                var added = 0
                for erasure in erasures {
                    try Self.record(erasure, in: db)
                    guard db.changesCount > 0 else { continue }
                    added += 1
                    _ = try Self.apply(erasure, in: db)
                }
                return added
            }
            try checkpoint()
            return added
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

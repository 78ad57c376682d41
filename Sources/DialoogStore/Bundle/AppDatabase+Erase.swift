import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// Something `dialoog erase` can erase, as the confirmation names it.
    package struct Erasable: Equatable, Sendable {
        package var kind: Erasure.Kind
        package var id: String
        /// The series' name; for a meeting also its number, for a participant the nickname.
        package var series: String
        package var number: Int?
        package var nickname: String?
    }

    /// What `reference` names: an id, or the start of one (eight characters or more); for a
    /// series also its name (`findSeries`).
    package func erasable(_ kind: Erasure.Kind, _ reference: String) throws -> [Erasable] {
        let start = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard start.count >= 8 || kind == .series else { return [] }
        let like = start.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
        do {
            return try reader.read { db in
                let sql: String
                switch kind {
                case .participant:
                    sql = """
                        SELECT participant.id, series.name, NULL AS number, participant.nickname FROM participant
                        JOIN series ON series.id = participant.seriesId WHERE participant.id LIKE ? ORDER BY participant.id
                        """
                case .meeting:
                    sql = """
                        SELECT meeting.id, series.name, meeting.number, NULL AS nickname FROM meeting
                        JOIN series ON series.id = meeting.seriesId WHERE meeting.id LIKE ? ORDER BY meeting.id
                        """
                case .series:
                    sql = """
                        SELECT id, name, NULL AS number, NULL AS nickname FROM series
                        WHERE id LIKE ? OR lower(name) = ? ORDER BY id
                        """
                }
                let arguments: StatementArguments = kind == .series ? [like, start] : [like]
                return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    Erasable(
                        kind: kind, id: row[0] ?? "", series: row[1] ?? "", number: row[2], nickname: row[3])
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Erases for real, in one transaction: the rows go (SQLite overwrites them with zeros,
    /// `secure_delete`), an erasure record with the id only is kept, and the WAL is then
    /// emptied so no copy stays beside the file. Returns whether anything was there.
    @discardableResult
    package func erase(_ kind: Erasure.Kind, id: String, at: Date) throws -> Bool {
        do {
            let found = try writer.write { db in
                let laptop = try Self.laptopId(db)
                let erasure = Erasure(kind: kind, id: id, erasedAt: at.storageText, laptop: laptop)
                try Self.record(erasure, in: db)
                return try Self.apply(erasure, in: db)
            }
            try checkpoint()
            return found
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Copies what the WAL holds into the file and empties the WAL (`TRUNCATE`), so a deleted
    /// row has no older copy left in the -wal.
    package func checkpoint() throws {
        guard path != ":memory:" else { return }
        try writer.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    static func record(_ erasure: Erasure, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO erasure (kind, id, erasedAt, laptop) VALUES (?, ?, ?, ?)",
            arguments: [erasure.kind.rawValue, erasure.id, erasure.erasedAt, erasure.laptop])
    }

    /// Deletes what `erasure` names, if it is there, and says whether it was. A participant
    /// leaves an anonymous stand-in in their place (an id made from theirs, no nickname), so
    /// every meeting keeps its count and its retention: the person is gone, the count stays.
    /// The stand-in's id is the same on every laptop, so merged stores still count once.
    static func apply(_ erasure: Erasure, in db: Database) throws -> Bool {
        switch erasure.kind {
        case .series:
            try db.execute(sql: "DELETE FROM series WHERE id = ?", arguments: [erasure.id])
            return db.changesCount > 0
        case .meeting:
            try db.execute(sql: "DELETE FROM meeting WHERE id = ?", arguments: [erasure.id])
            return db.changesCount > 0
        case .participant:
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT seriesId, role FROM participant WHERE id = ?", arguments: [erasure.id])
            else { return false }
            let standIn = standInId(for: erasure.id)
            let seriesId: String = row["seriesId"]
            let role: String = row["role"]
            try db.execute(
                sql: "INSERT OR IGNORE INTO participant (id, seriesId, nickname, role) VALUES (?, ?, ?, ?)",
                arguments: [standIn, seriesId, "—" + standIn.prefix(8), role])
            try db.execute(
                sql: "UPDATE OR IGNORE attendance SET participantId = ? WHERE participantId = ?",
                arguments: [standIn, erasure.id])
            try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [erasure.id])
            return true
        }
    }

    /// An id for the stand-in of participant `id`: two FNV-1a hashes of it, shaped as a UUID.
    static func standInId(for id: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in id.lowercased().utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let hex = [fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4)].map {
            let text = String($0, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
        let digits = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }.joined(separator: "-")
    }
}

import DialoogCore
import Foundation
import GRDB

/// Correcting a meeting's record afterwards: its signals, notes, prompt uses and raised themes
/// are listed with the day each was corrected; one can be given a corrected value or be
/// withdrawn. A withdrawn record leaves its own table, so every figure (reports, summaries,
/// the overzicht, follow-ups) leaves it out whatever query counts it, and live mode, which
/// rewrites a meeting's rows from what it read, cannot bring it back. `recordCorrection`
/// keeps the trace: kind, time recorded and the day, never what it said.
extension AppDatabase {
    /// The entries of one meeting, withdrawn ones included, in the order they were recorded.
    package func meetingEntries(meetingId: String) throws -> [MeetingEntry] {
        do {
            return try reader.read { db in try Self.entries(meetingId: meetingId, in: db) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The entries whose id starts with `prefix` (at least one character), in any meeting.
    package func meetingEntries(idPrefix prefix: String) throws -> [MeetingEntry] {
        let prefix = prefix.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
        do {
            return try reader.read { db in
                let meetings = try String.fetchAll(
                    db,
                    sql: """
                        SELECT meetingId FROM signal WHERE id LIKE :like UNION SELECT meetingId FROM note WHERE id LIKE :like
                        UNION SELECT meetingId FROM promptUse WHERE id LIKE :like
                        UNION SELECT meetingId FROM raisedTheme WHERE id LIKE :like
                        UNION SELECT meetingId FROM recordCorrection WHERE recordId LIKE :like
                        """,
                    arguments: ["like": prefix + "%"])
                return try meetings.flatMap { try Self.entries(meetingId: $0, in: db) }
                    .filter { $0.id.hasPrefix(prefix) }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Gives the entry `id` the value `value` (of the same kind) and notes the day. Throws
    /// `StoreError.recordMissing` for an entry that is not there or was withdrawn.
    @discardableResult
    package func correctEntry(id: String, to value: MeetingEntry.Value, now: Date) throws -> MeetingEntry {
        do {
            return try writer.write { db in
                guard let entry = try Self.entry(id: id, in: db), !entry.withdrawn else {
                    throw StoreError.recordMissing(id: id)
                }
                guard entry.kind == value.kind else { throw StoreError.recordMissing(id: id) }
                switch value {
                case .signal(let category, let response):
                    try db.execute(
                        sql: "UPDATE signal SET category = ?, response = ? WHERE id = ?",
                        arguments: [category.rawValue, response.rawValue, id])
                case .note(let text):
                    try db.execute(sql: "UPDATE note SET text = ? WHERE id = ?", arguments: [text, id])
                case .promptUse(_, let response):
                    try db.execute(
                        sql: "UPDATE promptUse SET response = ? WHERE id = ?", arguments: [response?.rawValue, id])
                case .raisedTheme(let text):
                    try db.execute(sql: "UPDATE raisedTheme SET text = ? WHERE id = ?", arguments: [text, id])
                }
                try Self.log(entry, withdrawn: false, now: now, in: db)
                return try Self.entry(id: id, in: db) ?? entry
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Withdraws the entry `id`: its row goes, the trace stays. Throws `StoreError.recordMissing`
    /// for an entry that is not there or was withdrawn already.
    @discardableResult
    package func withdrawEntry(id: String, now: Date) throws -> MeetingEntry {
        do {
            return try writer.write { db in
                guard let entry = try Self.entry(id: id, in: db), !entry.withdrawn else {
                    throw StoreError.recordMissing(id: id)
                }
                try Self.log(entry, withdrawn: true, now: now, in: db)
                try db.execute(sql: "DELETE FROM \(entry.kind.rawValue) WHERE id = ?", arguments: [id])
                return try Self.entry(id: id, in: db) ?? entry
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    private static func log(_ entry: MeetingEntry, withdrawn: Bool, now: Date, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO recordCorrection (recordId, meetingId, kind, recordedAt, withdrawn, correctedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (recordId) DO UPDATE SET withdrawn = excluded.withdrawn, correctedAt = excluded.correctedAt
                """,
            arguments: [entry.id, entry.meetingId, entry.kind.rawValue, entry.at, withdrawn, now])
    }

    private static func entry(id: String, in db: Database) throws -> MeetingEntry? {
        let meetingId = try String.fetchOne(
            db,
            sql: """
                SELECT meetingId FROM signal WHERE id = :id UNION SELECT meetingId FROM note WHERE id = :id
                UNION SELECT meetingId FROM promptUse WHERE id = :id UNION SELECT meetingId FROM raisedTheme WHERE id = :id
                UNION SELECT meetingId FROM recordCorrection WHERE recordId = :id
                """,
            arguments: ["id": id])
        guard let meetingId else { return nil }
        return try entries(meetingId: meetingId, in: db).first { $0.id == id }
    }

    static func entries(meetingId id: String, in db: Database) throws -> [MeetingEntry] {
        var corrected: [String: Date] = [:]
        var entries: [MeetingEntry] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM recordCorrection WHERE meetingId = ?", arguments: [id])
        {
            let recordId: String = row["recordId"]
            let at: Date = row["correctedAt"]
            corrected[recordId] = at
            guard row["withdrawn"] as Bool, let kind = MeetingEntry.Kind(rawValue: row["kind"]) else { continue }
            entries.append(
                MeetingEntry(
                    id: recordId, meetingId: id, kind: kind, at: row["recordedAt"], value: nil, correctedAt: at))
        }
        let ofMeeting = Column("meetingId") == id
        func entry(_ recordId: String, _ at: Date, _ value: MeetingEntry.Value) -> MeetingEntry {
            MeetingEntry(
                id: recordId, meetingId: id, kind: value.kind, at: at, value: value, correctedAt: corrected[recordId])
        }
        entries += try SignalRecord.filter(ofMeeting).fetchAll(db).map {
            entry($0.id, $0.at, .signal($0.category, $0.response))
        }
        entries += try NoteRecord.filter(ofMeeting).fetchAll(db).map { entry($0.id, $0.at, .note($0.text)) }
        entries += try PromptUseRecord.filter(ofMeeting).fetchAll(db).map {
            entry($0.id, $0.usedAt, .promptUse(promptId: $0.promptId, response: $0.response))
        }
        entries += try RaisedThemeRecord.filter(ofMeeting).fetchAll(db).map {
            entry($0.id, $0.at, .raisedTheme($0.text))
        }
        return entries.sorted { ($0.at, $0.kind.rawValue, $0.id) < ($1.at, $1.kind.rawValue, $1.id) }
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The ledger of a series: what each of its meetings recorded, in plan order
    /// (`Ledger`). An unknown series has an empty ledger.
    package func ledger(seriesId: String) throws -> Ledger {
        do {
            return try reader.read { db in try Self.ledger(seriesId: seriesId, in: db) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    static func ledger(seriesId: String, in db: Database) throws -> Ledger {
        let meetings = try meetingsInPlanOrder(seriesId: seriesId, in: db)
        var records: [String: LiveRecord] = [:]
        for meeting in meetings where meeting.state != .planned {
            records[meeting.id] = try record(of: meeting, in: db)
        }
        var ledger = Ledger(meetings: meetings, records: records)
        // The evaluation's agreements are the group's final word on a meeting; without them,
        // those typed in live.
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT evaluation.meetingId, evaluation.agreements FROM evaluation
                JOIN meeting ON meeting.id = evaluation.meetingId WHERE meeting.seriesId = ?
                """,
            arguments: [seriesId])
        for row in rows {
            let meetingId: String = row["meetingId"]
            let json: String = row["agreements"] ?? "[]"
            guard let index = ledger.entries.firstIndex(where: { $0.meetingId == meetingId }),
                let agreements = try? JSONDecoder().decode([String].self, from: Data(json.utf8)), !agreements.isEmpty
            else { continue }
            ledger.entries[index].agreements = agreements
        }
        return ledger
    }
}

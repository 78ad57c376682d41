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
        return Ledger(meetings: meetings, records: records)
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The block that brings a group back to the agreements it made: a look back, in the
    /// project's own words, whose questions are the agreements themselves.
    static func agreementsBlock(_ agreements: [String]) -> PlanBlock {
        PlanBlock(
            title: "Terug naar jullie afspraken", kind: .terugblik, form: "dialoog", minutes: 10,
            guidance: "Lees de afspraken van de vorige keer voor. Vraag wat ervan terechtkwam, wat lukte en wat "
                + "lastig bleek, en of de groep ze wil houden of bijstellen.",
            questions: agreements)
    }

    /// Keeps one block returning to the agreements of `meeting` in `next`, while `next` is
    /// still planned: added after its opening (see `openingEnd`), its questions brought up to
    /// date, or removed when there are no agreements. Once a meeting holding such a block has
    /// started, the group has returned to them there and nothing is touched; a running `next`
    /// is left alone too.
    static func carryAgreements(
        _ agreements: [String], of meeting: Meeting, into next: Meeting?, in db: Database
    ) throws {
        let carried = try BlockRecord.fetchAll(
            db, sql: "SELECT * FROM block WHERE agreementsOf = ? ORDER BY meetingId, position", arguments: [meeting.id])
        let holders = try Meeting.fetchAll(db, ids: carried.map(\.meetingId))
        if holders.contains(where: { $0.state != .planned }) { return }
        guard let next, next.state == .planned else { return }

        let keptId = agreements.isEmpty ? nil : carried.first { $0.meetingId == next.id }?.id
        // Last first, so that closing one gap does not move a block still to be removed.
        for block in carried.reversed() where block.id != keptId { try remove(block, in: db) }
        guard !agreements.isEmpty else { return }
        if let keptId, var kept = try BlockRecord.fetchOne(db, key: keptId) {
            guard kept.questions != agreements else { return }
            kept.questions = agreements
            try kept.update(db)
        } else {
            let position = try openingEnd(of: next.id, in: db)
            try db.execute(
                sql: "UPDATE block SET position = position + 1 WHERE meetingId = ? AND position >= ?",
                arguments: [next.id, position])
            let block = BlockRecord(agreementsBlock(agreements), meetingId: next.id, position: position)
            try block.insert(db)
            // BlockRecord leaves the column out, so that saving a plan never clears it.
            try db.execute(sql: "UPDATE block SET agreementsOf = ? WHERE id = ?", arguments: [meeting.id, block.id])
        }
    }

    /// Where the agreements block goes: right after the meeting's first welkom block, else
    /// after the look back that opens it (the shipped methods open meetings 2 and 3 with
    /// "Welkom en terugblik", of kind terugblik), else first.
    private static func openingEnd(of meetingId: String, in db: Database) throws -> Int {
        let welcome = try Int.fetchOne(
            db, sql: "SELECT MIN(position) FROM block WHERE meetingId = ? AND kind = 'welkom'", arguments: [meetingId])
        if let welcome { return welcome + 1 }
        let opening = try Row.fetchOne(
            db, sql: "SELECT position, kind FROM block WHERE meetingId = ? ORDER BY position LIMIT 1",
            arguments: [meetingId])
        guard let opening, opening["kind"] == BlockKind.terugblik.rawValue else { return 0 }
        return (opening["position"] as Int) + 1
    }

    /// Deletes a block and closes the gap it leaves in its meeting's agenda.
    private static func remove(_ block: BlockRecord, in db: Database) throws {
        try db.execute(sql: "DELETE FROM block WHERE id = ?", arguments: [block.id])
        try db.execute(
            sql: "UPDATE block SET position = position - 1 WHERE meetingId = ? AND position > ?",
            arguments: [block.meetingId, block.position])
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// Every follow-up of every series, one row each: `kind` (a `FollowUp.Kind`), `subject`
    /// (the signal's id, else the meeting's), `due`, `doneAt`, `category` (signals only) and
    /// `meetingId`. The list and the overzicht's counts both read this one text.
    static let followUpsSQL = """
        SELECT 'signaal' AS kind, id AS subject, followUp AS due, followedUpAt AS doneAt, category, meetingId
        FROM signal WHERE followUp IS NOT NULL
        UNION ALL
        SELECT 'nazorg', meetingId, aftercareDue, aftercareDoneAt, NULL, meetingId
        FROM evaluation WHERE aftercareDue IS NOT NULL
        UNION ALL
        SELECT 'intervisie', meetingId, intervisieDue, intervisieDoneAt, NULL, meetingId
        FROM evaluation WHERE intervisieDue IS NOT NULL
        """

    /// Follow-ups due the same day: signals first, then aftercare, then intervisie.
    private static let kindOrder = "CASE followUp.kind WHEN 'signaal' THEN 0 WHEN 'nazorg' THEN 1 ELSE 2 END"

    /// Follow-ups of every series, soonest first (then by series name and meeting number):
    /// signals with a follow-up day, and the aftercare meetings and intervisies evaluations
    /// ask for. `dueBefore` keeps those due before that moment; done ones only when
    /// `includeDone`.
    package func followUps(dueBefore: Date? = nil, includeDone: Bool = false) throws -> [FollowUp] {
        do {
            return try reader.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT followUp.*, meeting.number, meeting.kind AS meetingKind, meeting.seriesId,
                            series.name AS seriesName, series.demo
                        FROM (\(Self.followUpsSQL)) AS followUp
                        JOIN meeting ON meeting.id = followUp.meetingId
                        JOIN series ON series.id = meeting.seriesId
                        WHERE (:dueBefore IS NULL OR followUp.due < :dueBefore) AND (:includeDone OR followUp.doneAt IS NULL)
                        ORDER BY followUp.due, series.name, meeting.number, \(Self.kindOrder), followUp.subject
                        """,
                    arguments: ["dueBefore": dueBefore?.storageText, "includeDone": includeDone]
                ).map(Self.followUp)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The follow-ups of one series, open ones only unless `includeDone`, soonest first.
    static func followUps(ofSeries seriesId: String, includeDone: Bool = false, in db: Database) throws -> [FollowUp] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT followUp.*, meeting.number, meeting.kind AS meetingKind, meeting.seriesId,
                    series.name AS seriesName, series.demo
                FROM meeting
                JOIN series ON series.id = meeting.seriesId
                JOIN (\(followUpsSQL)) AS followUp ON followUp.meetingId = meeting.id
                WHERE meeting.seriesId = :seriesId AND (:includeDone OR followUp.doneAt IS NULL)
                ORDER BY followUp.due, meeting.number, \(kindOrder), followUp.subject
                """,
            arguments: ["seriesId": seriesId, "includeDone": includeDone]
        ).map(followUp)
    }

    private static func followUp(_ row: Row) -> FollowUp {
        let kind = FollowUp.Kind(rawValue: row["kind"]) ?? .signaal
        let category: String? = row["category"]
        return FollowUp(
            id: FollowUp.ID(kind: kind, subject: row["subject"]), seriesId: row["seriesId"],
            seriesName: row["seriesName"], meetingId: row["meetingId"], meetingNumber: row["number"],
            meetingKind: row["meetingKind"], due: row["due"], doneAt: row["doneAt"],
            category: category.flatMap(Signal.Category.init(rawValue:)), demo: row["demo"])
    }

    /// Marks a follow-up done at `doneAt`, or open again with nil. Throws
    /// `StoreError.followUpMissing` when there is no such follow-up (any more).
    package func setFollowUp(_ id: FollowUp.ID, doneAt: Date?) throws {
        let sql =
            switch id.kind {
            case .signaal: "UPDATE signal SET followedUpAt = ? WHERE id = ? AND followUp IS NOT NULL"
            case .nazorg: "UPDATE evaluation SET aftercareDoneAt = ? WHERE meetingId = ? AND aftercareDue IS NOT NULL"
            case .intervisie:
                "UPDATE evaluation SET intervisieDoneAt = ? WHERE meetingId = ? AND intervisieDue IS NOT NULL"
            }
        do {
            try writer.write { db in
                try db.execute(sql: sql, arguments: [doneAt, id.subject])
                if db.changesCount == 0 { throw StoreError.followUpMissing(id: id.subject) }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

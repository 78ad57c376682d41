import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Reading

    /// The meeting `meetingId` as its evaluation form needs it; nil when there is no such
    /// meeting. Throws `StoreError.meetingNotEnded` for a meeting that has not ended.
    /// `attendance` is the headcount of a counted meeting, else the participants with role
    /// deelnemer present; `nextMeeting` the first meeting after it in plan order that has not
    /// ended; `isLastRegular` says no regular meeting with a higher number exists.
    package func evaluationSubject(meetingId: String) throws -> EvaluationSubject? {
        do {
            return try reader.read { db in try Self.evaluationSubject(meetingId: meetingId, in: db) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The evaluation subject of the series' most recently ended meeting (the latest end,
    /// then the highest number); nil when none ended.
    package func evaluationSubject(latestOf seriesId: String) throws -> EvaluationSubject? {
        do {
            return try reader.read { db in
                let latest = try String.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM meeting
                        WHERE seriesId = ? AND state = 'ended'
                        ORDER BY endedAt IS NULL, endedAt DESC, number DESC
                        LIMIT 1
                        """,
                    arguments: [seriesId])
                return try latest.flatMap { try Self.evaluationSubject(meetingId: $0, in: db) }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    private static func evaluationSubject(meetingId: String, in db: Database) throws -> EvaluationSubject? {
        guard let meeting = try Meeting.fetchOne(db, id: meetingId),
            let series = try Series.fetchOne(db, id: meeting.seriesId)
        else { return nil }
        guard meeting.state == .ended else {
            throw StoreError.meetingNotEnded(series: series.name, number: meeting.number)
        }
        let record = try record(of: meeting, in: db)
        let attendance = record.deelnemersPresent
        let inPlanOrder = try meetingsInPlanOrder(seriesId: series.id, in: db)
        return EvaluationSubject(
            series: series, meeting: meeting, attendance: attendance, promptUses: record.promptUses,
            raisedThemes: record.raisedThemes, signals: record.signals,
            evaluation: try EvaluationRecord.fetchOne(db, key: meetingId)?.evaluation,
            nextMeeting: next(after: meeting, in: inPlanOrder),
            isLastRegular: meeting.kind == .regular
                && !inPlanOrder.contains { $0.kind == .regular && $0.number > meeting.number },
            heldAt: record.startedAt, unnamed: record.countOnly ? 0 : record.unnamed,
            othersPresent: record.othersPresent, liveAgreements: record.agreements.map(\.text))
    }

    /// The meeting the agreements of `meeting` are carried into: the first one after it in
    /// plan order that has not ended.
    private static func next(after meeting: Meeting, in inPlanOrder: [Meeting]) -> Meeting? {
        guard let index = inPlanOrder.firstIndex(where: { $0.id == meeting.id }) else { return nil }
        return inPlanOrder[(index + 1)...].first { $0.state != .ended }
    }

    // MARK: - Saving

    /// Stores `evaluation` and makes the meeting's raised themes `raisedThemes` (in that
    /// order), in one transaction. The group's agreements are carried into the next meeting
    /// of the series that has not ended, when it is still planned, as one block (kind
    /// terugblik, right after its welcome) whose questions are the agreements; it
    /// is kept up to date on every save and removed when the agreements are emptied. Once a
    /// meeting holding that block has started, the block stays as it was: the group returned
    /// to the agreements there. The block is only written when the agreements themselves
    /// changed: a trainer who edited or removed it in the planner is not overruled by a
    /// correction of, say, the felt safety. Throws `StoreError.meetingMissing` for an unknown meeting and
    /// `StoreError.meetingNotEnded` for one that has not ended; on any error nothing changes.
    package func saveEvaluation(_ evaluation: Evaluation, raisedThemes: [RaisedTheme]) throws {
        do {
            try writer.write { db in
                let id = evaluation.meetingId
                guard let meeting = try Meeting.fetchOne(db, id: id) else { throw StoreError.meetingMissing(id: id) }
                guard meeting.state == .ended else {
                    let name = try String.fetchOne(
                        db, sql: "SELECT name FROM series WHERE id = ?", arguments: [meeting.seriesId])
                    throw StoreError.meetingNotEnded(series: name ?? meeting.seriesId, number: meeting.number)
                }
                let before = try EvaluationRecord.fetchOne(db, key: id)
                let stored = before?.agreements ?? []
                // "Bewerkt op" stays once set: a later save from the gespreksleider's own
                // form does not wipe the trace of a change made from the overzicht.
                var record = EvaluationRecord(evaluation)
                record.editedAt = evaluation.editedAt ?? before?.editedAt
                try record.save(db)
                try db.execute(sql: "DELETE FROM raisedTheme WHERE meetingId = ?", arguments: [id])
                for (position, theme) in raisedThemes.enumerated() {
                    try RaisedThemeRecord(theme, meetingId: id, position: position).insert(db)
                }
                guard evaluation.agreements != stored else { return }
                let following = Self.next(
                    after: meeting, in: try Self.meetingsInPlanOrder(seriesId: meeting.seriesId, in: db))
                try Self.carryAgreements(evaluation.agreements, of: meeting, into: following, in: db)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

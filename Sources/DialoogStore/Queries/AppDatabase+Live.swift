import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Opening a meeting

    /// Opens the meeting `request` names for live mode and reads it whole. A planned meeting
    /// comes back running, on its first block, but only in memory: it is stored as running with
    /// the first action recorded in it, so merely opening and leaving a meeting changes
    /// nothing. A running one is resumed as it was. `.resume` gives nil when no meeting runs. Throws a `StoreError`
    /// (and changes nothing) for an unknown series or meeting, a meeting that has ended, a
    /// meeting while another of its series runs, and a series whose meetings have all ended.
    package func openLive(_ request: LiveRequest) throws -> LiveMeeting? {
        do {
            return try reader.read { db in
                guard let meeting = try Self.target(of: request, in: db),
                    var live = try Self.liveMeeting(meetingId: meeting.id, in: db)
                else { return nil }
                if live.record.state == .planned {
                    live.record.state = .running
                    live.meeting.state = .running
                }
                if live.record.currentBlockId == nil { live.record.currentBlockId = live.blocks.first?.id }
                return live
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The meeting `openLive` would open for `request`, without opening it: `dialoog run`
    /// says what is wrong before it takes over the terminal. Throws as `openLive` does.
    package func liveTarget(_ request: LiveRequest) throws -> Meeting? {
        do {
            return try reader.read { db in try Self.target(of: request, in: db) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The meeting a request names, refused when it may not run now.
    private static func target(of request: LiveRequest, in db: Database) throws -> Meeting? {
        switch request {
        case .resume:
            return try running(in: db, seriesId: nil).first
        case .series(let id):
            guard let series = try Series.fetchOne(db, id: id) else { throw StoreError.seriesMissing(id: id) }
            if let running = try running(in: db, seriesId: id).first { return running }
            guard let next = try meetingsInPlanOrder(seriesId: id, in: db).first(where: { $0.state != .ended }) else {
                throw StoreError.seriesFinished(series: series.name)
            }
            return next
        case .meeting(let id):
            guard let meeting = try Meeting.fetchOne(db, id: id) else { throw StoreError.meetingMissing(id: id) }
            let name = try seriesName(meeting.seriesId, in: db)
            if meeting.state == .ended { throw StoreError.meetingEnded(series: name, number: meeting.number) }
            try refuseOtherRunning(than: meeting, seriesName: name, in: db)
            return meeting
        }
    }

    /// The running meetings, of one series or of all, the one with the latest timer start
    /// first (one that never started its timer after those that did).
    private static func running(in db: Database, seriesId: String?) throws -> [Meeting] {
        try Meeting.fetchAll(
            db,
            sql: """
                SELECT meeting.* FROM meeting
                LEFT JOIN (SELECT meetingId, MAX(start) AS latest FROM timerSegment GROUP BY meetingId) AS activity
                    ON activity.meetingId = meeting.id
                WHERE meeting.state = 'running' AND (?1 IS NULL OR meeting.seriesId = ?1)
                ORDER BY activity.latest IS NULL, activity.latest DESC, meeting.seriesId, meeting.number
                """,
            arguments: [seriesId])
    }

    /// Throws when a meeting of the same series other than `meeting` runs: one meeting of a
    /// group at a time.
    private static func refuseOtherRunning(than meeting: Meeting, seriesName: String, in db: Database) throws {
        if let other = try running(in: db, seriesId: meeting.seriesId).first(where: { $0.id != meeting.id }) {
            throw StoreError.otherMeetingRunning(series: seriesName, number: other.number)
        }
    }

    /// A series' meetings in the order `plan(seriesId:)` gives them.
    static func meetingsInPlanOrder(seriesId: String, in db: Database) throws -> [Meeting] {
        try Meeting.fetchAll(
            db,
            sql: """
                SELECT * FROM meeting
                WHERE seriesId = ?
                ORDER BY CASE kind WHEN 'regular' THEN 0 WHEN 'extra' THEN 1 ELSE 2 END, number
                """,
            arguments: [seriesId])
    }

    private static func seriesName(_ id: String, in db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM series WHERE id = ?", arguments: [id]) ?? id
    }

    private static func currentBlockId(of meetingId: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT currentBlockId FROM meeting WHERE id = ?", arguments: [meetingId])
    }

    // MARK: - Saving the record

    /// Makes the stored record of the meeting equal `record`, in one transaction: the
    /// meeting's state, current block, end and count mode; its timer segments, extra minutes,
    /// headcount (a row only when a count differs from the empty one), attendance, prompts
    /// used, notes, signals and raised themes are written afresh. The series' participants
    /// become those of the record: each is inserted or updated, and one that the record no
    /// longer holds is deleted if no meeting lists it (an "add participant" undone).
    /// Throws (and changes nothing) when the meeting is unknown, when it has ended and the
    /// record does not end it, when another meeting of the series runs, and when the schema
    /// refuses a value (`StoreError.notSaved`).
    package func saveLive(_ record: LiveRecord) throws {
        do {
            try writer.write { db in try Self.write(record, in: db) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Writes `record` inside a transaction the caller holds (`saveLive`, and the demo data).
    static func write(_ record: LiveRecord, in db: Database) throws {
        let id = record.meetingId
        guard let meeting = try Meeting.fetchOne(db, id: id) else { throw StoreError.meetingMissing(id: id) }
        let name = try seriesName(meeting.seriesId, in: db)
        // A record still on screen, or an undo, must not bring back a meeting that was closed.
        if meeting.state == .ended, record.state != .ended {
            throw StoreError.meetingEnded(series: name, number: meeting.number)
        }
        if record.state == .running { try refuseOtherRunning(than: meeting, seriesName: name, in: db) }

        try db.execute(
            sql: """
                UPDATE meeting SET state = ?, currentBlockId = ?, endedAt = ?, countOnly = ?, noteDraft = ?,
                    unnamed = ?
                WHERE id = ?
                """,
            arguments: [
                record.state, record.currentBlockId, record.endedAt, record.countOnly,
                record.state == .running ? record.noteDraft : nil, record.unnamed, id,
            ])
        for table in [
            "timerSegment", "blockExtra", "headcount", "promptUse", "note", "signal", "raisedTheme", "groupAgreement",
            "panelOpening", "questionUse", "seriesPrompt",
        ] {
            try db.execute(sql: "DELETE FROM \(table) WHERE meetingId = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM attendance WHERE meetingId = ?", arguments: [id])

        try writeParticipants(record.participants, seriesId: meeting.seriesId, in: db)
        for participantId in record.present.sorted() {
            try Attendance(meetingId: id, participantId: participantId).insert(db)
        }
        for (position, segment) in record.segments.enumerated() {
            try TimerSegmentRecord(segment, meetingId: id, position: position).insert(db)
        }
        for (blockId, minutes) in record.extraMinutes.sorted(by: { $0.key < $1.key }) where minutes != 0 {
            try BlockExtraRecord(meetingId: id, blockId: blockId, minutes: minutes).insert(db)
        }
        if record.headcount != Headcount() {
            try HeadcountRecord(record.headcount, meetingId: id).insert(db)
        }
        for (position, use) in record.promptUses.enumerated() {
            try PromptUseRecord(use, meetingId: id, position: position).insert(db)
        }
        for (position, note) in record.notes.enumerated() {
            try NoteRecord(note, meetingId: id, position: position).insert(db)
        }
        for (position, signal) in record.signals.enumerated() {
            try SignalRecord(signal, meetingId: id, position: position).insert(db)
        }
        for (position, theme) in record.raisedThemes.enumerated() {
            try RaisedThemeRecord(theme, meetingId: id, position: position).insert(db)
        }
        for (position, agreement) in record.agreements.enumerated() {
            try db.execute(
                sql: "INSERT INTO groupAgreement (id, meetingId, position, at, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [agreement.id, id, position, agreement.at, agreement.text])
        }
        for (position, use) in record.questionsUsed.enumerated() {
            try db.execute(
                sql: "INSERT INTO questionUse (id, meetingId, position, blockId, text, at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [use.id, id, position, use.blockId, use.text, use.at])
        }
        for (position, statement) in record.statements.enumerated() {
            try db.execute(
                sql: "INSERT INTO seriesPrompt (id, seriesId, meetingId, position, at, text) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [statement.id, meeting.seriesId, id, position, statement.at, statement.text])
        }
        for (position, opening) in record.openings.enumerated() {
            try db.execute(
                sql: "INSERT INTO panelOpening (meetingId, position, panel, at) VALUES (?, ?, ?, ?)",
                arguments: [id, position, opening.panel.rawValue, opening.at])
        }
    }

    /// Makes the series' participants those of a record. Runs after the meeting's attendance
    /// was deleted, so a participant added in this meeting and taken back is listed nowhere.
    private static func writeParticipants(_ participants: [Participant], seriesId: String, in db: Database) throws {
        let ids = participants.map(\.id)
        let foreign = try Participant.filter(ids.contains(Column("id")) && Column("seriesId") != seriesId).fetchOne(db)
        if let foreign {
            throw StoreError.idInOtherSeries(id: foreign.id, series: try seriesName(foreign.seriesId, in: db))
        }
        _ =
            try Participant
            .filter(Column("seriesId") == seriesId && !ids.contains(Column("id")))
            .filter(sql: "NOT EXISTS (SELECT 1 FROM attendance WHERE attendance.participantId = participant.id)")
            .deleteAll(db)
        for var participant in participants {
            participant.seriesId = seriesId
            try participant.save(db)
        }
    }

    // MARK: - Reading a meeting

    /// A meeting as live mode shows it, with its record as stored; nil when there is no such
    /// meeting. For a meeting that never ran, the record is empty and its state `planned`.
    package func liveMeeting(meetingId: String) throws -> LiveMeeting? {
        try reader.read { db in try Self.liveMeeting(meetingId: meetingId, in: db) }
    }

    private static func liveMeeting(meetingId id: String, in db: Database) throws -> LiveMeeting? {
        guard var meeting = try Meeting.fetchOne(db, id: id),
            let series = try Series.fetchOne(db, id: meeting.seriesId)
        else { return nil }
        let regular =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM meeting WHERE seriesId = ? AND kind = 'regular'",
                arguments: [series.id]) ?? 0
        let returning = try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT attendance.participantId FROM attendance
                JOIN meeting ON meeting.id = attendance.meetingId
                WHERE meeting.seriesId = ? AND meeting.id != ? AND attendance.present
                """,
            arguments: [series.id, id])
        let record = try record(of: meeting, in: db)
        meeting.state = record.state
        return LiveMeeting(
            series: series, meeting: meeting, regularMeetings: max(SeriesOverview.regularMeetings, regular),
            blocks: try blocks(of: id, in: db), returning: Set(returning),
            earlierSignals: try earlierSignals(before: meeting, in: db),
            ledger: try ledger(seriesId: series.id, in: db).forLive(id), record: record)
    }

    /// The categories of the signals logged in the series' meetings before `meeting`, counted
    /// as the plan counts them (`Signal.categories(before:meetings:signals:)`): they bring their
    /// help entries onto the live card.
    private static func earlierSignals(before meeting: Meeting, in db: Database) throws -> [Signal.Category] {
        let meetings = try Meeting.fetchAll(
            db,
            sql: """
                SELECT * FROM meeting
                WHERE seriesId = ?
                ORDER BY CASE kind WHEN 'regular' THEN 0 WHEN 'extra' THEN 1 ELSE 2 END, number
                """,
            arguments: [meeting.seriesId])
        guard let index = meetings.firstIndex(where: { $0.id == meeting.id }) else { return [] }
        let records = try SignalRecord.fetchAll(
            db,
            sql: """
                SELECT signal.* FROM signal
                JOIN meeting ON meeting.id = signal.meetingId
                WHERE meeting.seriesId = ? AND meeting.id != ?
                ORDER BY signal.at, signal.position
                """,
            arguments: [meeting.seriesId, meeting.id])
        let signals = Dictionary(grouping: records.map(\.signal), by: \.meetingId)
        return Signal.categories(before: index, meetings: meetings, signals: signals)
    }

    /// A meeting's blocks in agenda order, with their prompts.
    static func blocks(of meetingId: String, in db: Database) throws -> [PlanBlock] {
        let blocks = try BlockRecord.filter(Column("meetingId") == meetingId).order(Column("position")).fetchAll(db)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT blockPrompt.blockId, blockPrompt.promptId FROM blockPrompt
                JOIN block ON block.id = blockPrompt.blockId
                WHERE block.meetingId = ?
                ORDER BY blockPrompt.blockId, blockPrompt.position
                """,
            arguments: [meetingId])
        var prompts: [String: [String]] = [:]
        for row in rows { prompts[row["blockId"], default: []].append(row["promptId"]) }
        return blocks.map { $0.planBlock(prompts: prompts[$0.id] ?? []) }
    }

    /// The record of `meeting` as stored (the evaluation form reads it too).
    static func record(of meeting: Meeting, in db: Database) throws -> LiveRecord {
        let id = meeting.id
        let row = try Row.fetchOne(
            db, sql: "SELECT currentBlockId, endedAt, countOnly, noteDraft, unnamed FROM meeting WHERE id = ?",
            arguments: [id])
        let currentBlockId: String? = row?["currentBlockId"]
        let endedAt: Date? = row?["endedAt"]
        let countOnly: Bool? = row?["countOnly"]
        let ofMeeting = Column("meetingId") == id
        let position = Column("position")
        var extra: [String: Int] = [:]
        for row in try BlockExtraRecord.filter(ofMeeting).fetchAll(db) { extra[row.blockId] = row.minutes }
        return LiveRecord(
            meetingId: id, state: meeting.state, currentBlockId: currentBlockId, endedAt: endedAt,
            segments: try TimerSegmentRecord.filter(ofMeeting).order(position).fetchAll(db).map(\.segment),
            extraMinutes: extra,
            // In the order they were added: rowid, as a participant is updated in place.
            participants: try Participant.fetchAll(
                db, sql: "SELECT * FROM participant WHERE seriesId = ? ORDER BY rowid", arguments: [meeting.seriesId]),
            present: Set(
                try String.fetchAll(
                    db, sql: "SELECT participantId FROM attendance WHERE meetingId = ? AND present", arguments: [id])),
            countOnly: countOnly ?? false,
            headcount: try HeadcountRecord.filter(ofMeeting).fetchOne(db)?.headcount ?? Headcount(),
            unnamed: row?["unnamed"] ?? 0,
            promptUses: try PromptUseRecord.filter(ofMeeting).order(position).fetchAll(db).map(\.promptUse),
            notes: try NoteRecord.filter(ofMeeting).order(position).fetchAll(db).map(\.note),
            signals: try SignalRecord.filter(ofMeeting).order(position).fetchAll(db).map(\.signal),
            raisedThemes: try RaisedThemeRecord.filter(ofMeeting).order(position).fetchAll(db).map(\.raisedTheme),
            agreements: try Row.fetchAll(
                db, sql: "SELECT id, at, text FROM groupAgreement WHERE meetingId = ? ORDER BY position",
                arguments: [id]
            ).map { GroupAgreement(id: $0["id"], meetingId: id, at: $0["at"], text: $0["text"]) },
            openings: try Row.fetchAll(
                db, sql: "SELECT panel, at FROM panelOpening WHERE meetingId = ? ORDER BY position", arguments: [id]
            ).compactMap { row in
                // StoreCheck refuses any other word before this reads it.
                PanelOpening.Panel(rawValue: row["panel"] ?? "").map { PanelOpening(panel: $0, at: row["at"]) }
            },
            questionsUsed: try Row.fetchAll(
                db, sql: "SELECT id, blockId, text, at FROM questionUse WHERE meetingId = ? ORDER BY position",
                arguments: [id]
            ).map { QuestionUse(id: $0["id"], meetingId: id, blockId: $0["blockId"], text: $0["text"], at: $0["at"]) },
            statements: try Row.fetchAll(
                db, sql: "SELECT id, seriesId, at, text FROM seriesPrompt WHERE meetingId = ? ORDER BY position",
                arguments: [id]
            ).map {
                SeriesPrompt(id: $0["id"], seriesId: $0["seriesId"], meetingId: id, at: $0["at"], text: $0["text"])
            },
            noteDraft: row?["noteDraft"])
    }
}

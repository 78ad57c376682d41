import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// A database holding the shipped HTIB proposal for a women's group, and that plan.
private func stored(_ plan: SeriesPlan = Fixtures.plan()) throws -> (AppDatabase, SeriesPlan) {
    let database = try AppDatabase.inMemory()
    try database.insertPlan(plan, now: Fixtures.now)
    return (database, plan)
}

private func state(of meetingId: String, in database: AppDatabase) throws -> String? {
    try database.reader.read { db in
        try String.fetchOne(db, sql: "SELECT state FROM meeting WHERE id = ?", arguments: [meetingId])
    }
}

/// Every row live mode writes for a meeting, table by table, to compare before and after.
private func liveRows(in database: AppDatabase) throws -> [String: [Row]] {
    let tables = [
        "meeting", "participant", "attendance", "timerSegment", "blockExtra", "headcount", "promptUse", "note",
        "signal", "raisedTheme",
    ]
    return try database.reader.read { db in
        try Dictionary(
            uniqueKeysWithValues: tables.map { table in
                (table, try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid"))
            })
    }
}

@Suite("Opening a meeting in live mode")
struct OpenLiveTests {
    @Test func aPlannedMeetingStartsRunningOnItsFirstBlock() throws {
        let (database, plan) = try stored()
        let first = plan.meetings[0]
        let opened = try #require(try database.openLive(.meeting(id: first.id)))
        #expect(opened.meeting.id == first.id)
        #expect(opened.meeting.state == .running)
        #expect(opened.record.state == .running)
        #expect(opened.record.currentBlockId == first.blocks.first?.id)
        #expect(opened.blocks == first.blocks)
        #expect(opened.series == plan.series)
        #expect(opened.regularMeetings == 3)
        #expect(opened.record.segments.isEmpty && opened.record.participants.isEmpty)
        // Opening alone writes nothing: only the first action recorded makes it run.
        #expect(try state(of: first.id, in: database) == "planned")
        #expect(try database.openLive(.resume) == nil)
        try database.saveLive(opened.record)
        #expect(try state(of: first.id, in: database) == "running")
        // Opened again (a restart), it is the same meeting as stored.
        #expect(try database.openLive(.meeting(id: first.id)) == opened)
        #expect(try database.liveMeeting(meetingId: first.id) == opened)
    }

    @Test func resumingFindsTheRunningMeetingWithTheLatestTimer() throws {
        let (database, plan) = try stored()
        #expect(try database.openLive(.resume) == nil, "nothing runs: nothing to resume")
        let other = Fixtures.plan(Fixtures.series(method: "htib", name: "Vrouwen Transvaal").with(id: 2))
        try database.insertPlan(other, now: Fixtures.now)
        var mine = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        var theirs = try #require(try database.openLive(.meeting(id: other.meetings[0].id))).record
        mine.segments = [TimerSegment(blockId: plan.meetings[0].blocks[0].id, start: Fixtures.date("2026-12-08T19:30"))]
        theirs.segments = [
            TimerSegment(blockId: other.meetings[0].blocks[0].id, start: Fixtures.date("2026-12-08T19:20"))
        ]
        try database.saveLive(mine)
        try database.saveLive(theirs)
        #expect(try database.openLive(.resume)?.meeting.id == plan.meetings[0].id)
        theirs.segments[0].end = Fixtures.date("2026-12-08T19:45")
        theirs.segments.append(
            TimerSegment(blockId: other.meetings[0].blocks[1].id, start: Fixtures.date("2026-12-08T19:45")))
        try database.saveLive(theirs)
        #expect(try database.openLive(.resume)?.meeting.id == other.meetings[0].id)
    }

    @Test func bySeriesItIsTheRunningMeetingElseTheNextInPlanOrder() throws {
        let (database, plan) = try stored()
        let opened = try #require(try database.openLive(.series(id: plan.id)))
        #expect(opened.meeting.number == 1)
        #expect(try database.openLive(.series(id: plan.id))?.meeting.id == opened.meeting.id, "it runs: resumed")
        var ended = opened.record
        ended.state = .ended
        ended.endedAt = Fixtures.date("2026-12-08T21:30")
        try database.saveLive(ended)
        #expect(try database.liveTarget(.series(id: plan.id))?.number == 2, "checked without opening")
        #expect(try state(of: plan.meetings[1].id, in: database) == "planned")
        #expect(try database.openLive(.series(id: plan.id))?.meeting.number == 2)
    }

    @Test func extraMeetingsComeAfterTheRegularOnesAndBeforeAftercare() throws {
        var plan = Fixtures.plan()
        for kind in [Meeting.Kind.aftercare, .extra] {
            plan.meetings.append(
                MeetingPlan(
                    meeting: Meeting(seriesId: plan.id, number: kind == .extra ? 8 : 9, kind: kind), blocks: []))
        }
        let (database, _) = try stored(plan)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE meeting SET state = 'ended' WHERE kind = 'regular'")
        }
        let opened = try #require(try database.openLive(.series(id: plan.id)))
        #expect(opened.meeting.kind == .extra)
        #expect(opened.record.currentBlockId == nil, "a meeting without blocks has no current block")
        #expect(opened.regularMeetings == 3)
    }

    @Test func anEndedMeetingOrAnotherRunningOneIsRefusedAndNothingChanges() throws {
        let (database, plan) = try stored()
        let name = plan.series.name
        try database.startLive(meetingId: plan.meetings[0].id)
        let before = try liveRows(in: database)
        #expect(throws: StoreError.otherMeetingRunning(series: name, number: 1)) {
            try database.openLive(.meeting(id: plan.meetings[1].id))
        }
        #expect(try liveRows(in: database) == before)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE meeting SET state = 'ended' WHERE number = 1")
        }
        #expect(throws: StoreError.meetingEnded(series: name, number: 1)) {
            try database.openLive(.meeting(id: plan.meetings[0].id))
        }
        #expect(throws: StoreError.meetingEnded(series: name, number: 1)) {
            try database.liveTarget(.meeting(id: plan.meetings[0].id))
        }
        try database.writer.write { db in try db.execute(sql: "UPDATE meeting SET state = 'ended'") }
        #expect(throws: StoreError.seriesFinished(series: name)) { try database.openLive(.series(id: plan.id)) }
        let unknown = "00000000-0000-4000-8000-000000000999"
        #expect(throws: StoreError.seriesMissing(id: unknown)) { try database.openLive(.series(id: unknown)) }
        #expect(throws: StoreError.meetingMissing(id: unknown)) { try database.openLive(.meeting(id: unknown)) }
        #expect(StoreError.meetingEnded(series: name, number: 1).exitCode == 65)
        #expect(StoreError.otherMeetingRunning(series: name, number: 1).exitCode == 65)
    }

    @Test func returningParticipantsAreThoseWhoCameToAnotherMeeting() throws {
        let (database, plan) = try stored()
        var first = Fixtures.fullRecord(of: plan)
        first.state = .ended
        first.endedAt = Fixtures.date("2026-12-08T21:30")
        first.segments[2].end = Fixtures.date("2026-12-08T21:30")
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(first)
        let second = try #require(try database.openLive(.series(id: plan.id)))
        #expect(second.meeting.number == 2)
        #expect(second.returning == first.present)
        #expect(second.record.participants == first.participants)
        #expect(second.record.present.isEmpty)
    }

    @Test func theSignalsOfEarlierMeetingsAreReadWithTheNextMeeting() throws {
        let (database, plan) = try stored()
        var first = Fixtures.fullRecord(of: plan)
        first.signals = first.signals.map { signal in
            var signal = signal
            signal.category = .vgv
            return signal
        }
        #expect(!first.signals.isEmpty)
        first.state = .ended
        first.endedAt = Fixtures.date("2026-12-08T21:30")
        first.segments[2].end = Fixtures.date("2026-12-08T21:30")
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(first)
        let second = try #require(try database.openLive(.series(id: plan.id)))
        #expect(second.meeting.number == 2)
        #expect(second.earlierSignals == [.vgv])
        // A signal in meeting 1 brings its entries onto meeting 2's live card.
        #expect(second.helpCard(library: Fixtures.shipped.library).ids.contains("fsan"))
        #expect(try database.liveMeeting(meetingId: plan.meetings[0].id)?.earlierSignals == [])
    }
}

@Suite("Saving the record of a meeting")
struct SaveLiveTests {
    @Test func aFullRecordReadsBackAsItWasSaved() throws {
        let (database, plan) = try stored()
        let opened = try #require(try database.openLive(.meeting(id: plan.meetings[0].id)))
        let record = Fixtures.fullRecord(of: plan)
        try database.saveLive(record)
        let read = try #require(try database.liveMeeting(meetingId: record.meetingId))
        #expect(read.record == record)
        #expect(read.blocks == opened.blocks)
        #expect(read.meeting.state == .running)

        // Count mode, and a headcount put back to nothing: no row is left for it.
        var counted = record
        counted.countOnly = true
        counted.headcount = Headcount()
        counted.extraMinutes = [:]
        try database.saveLive(counted)
        #expect(try database.liveMeeting(meetingId: record.meetingId)?.record == counted)
        let rows = try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM headcount) + (SELECT COUNT(*) FROM blockExtra)")
        }
        #expect(rows == 0)
    }

    @Test func aFailedSaveChangesNothing() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(Fixtures.fullRecord(of: plan))
        let before = try liveRows(in: database)
        // Everything changes, and the last theme is longer than a theme may be.
        var broken = Fixtures.fullRecord(of: plan)
        broken.segments.removeAll()
        broken.present = []
        broken.notes.removeAll()
        broken.participants.append(Participant(seriesId: plan.id, nickname: "Nieuw"))
        broken.raisedThemes.append(
            RaisedTheme(
                meetingId: broken.meetingId, blockId: nil, at: Fixtures.now,
                text: String(repeating: "lang ", count: 20)))
        var thrown: (any Error)?
        do { try database.saveLive(broken) } catch { thrown = error }
        guard case .notSaved? = thrown as? StoreError else {
            Issue.record("expected StoreError.notSaved, got \(String(describing: thrown))")
            return
        }
        #expect(try liveRows(in: database) == before)
    }

    @Test func valuesTheSchemaRefuses() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        let good = Fixtures.fullRecord(of: plan)
        let edits: [(String, (inout LiveRecord) -> Void)] = [
            ("two running segments", { $0.segments[1].end = nil }),
            ("a segment that ends before it starts", { $0.segments[0].end = Fixtures.date("2026-12-08T19:00") }),
            ("a count over 500", { $0.headcount.total = 501 }),
            ("an empty note", { $0.notes[0].text = "  " }),
            ("a note over 280 characters", { $0.notes[0].text = String(repeating: "x", count: 281) }),
            ("a prompt used twice in a block", { $0.promptUses[1].promptId = $0.promptUses[0].promptId }),
            ("a block that is not there", { $0.currentBlockId = "00000000-0000-4000-8000-000000000999" }),
            ("a participant not listed", { $0.present.insert("00000000-0000-4000-8000-000000000999") }),
            ("a nickname twice", { $0.participants[1].nickname = $0.participants[0].nickname }),
            ("an end while running", { $0.endedAt = Fixtures.date("2026-12-08T21:30") }),
            ("a blank nickname", { $0.participants[0].nickname = " " }),
        ]
        for (what, edit) in edits {
            var record = good
            edit(&record)
            #expect(throws: StoreError.self, "\(what)") { try database.saveLive(record) }
        }
        #expect(try database.liveMeeting(meetingId: good.meetingId)?.record.segments.isEmpty == true)
    }

    @Test func anUndoneParticipantIsDeletedButOneWhoCameBeforeStays() throws {
        let (database, plan) = try stored()
        let people = Fixtures.participants(seriesId: plan.id)
        // Meeting 1: Ayşe came.
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(
            LiveRecord(
                meetingId: plan.meetings[0].id, state: .ended, endedAt: Fixtures.date("2026-12-08T21:30"),
                participants: [people[0]], present: [people[0].id]))
        // Meeting 2: Fatma is added and marked, then the addition is undone.
        let opened = try #require(try database.openLive(.series(id: plan.id)))
        var added = opened.record
        added.participants.append(people[1])
        added.present.insert(people[1].id)
        try database.saveLive(added)
        #expect(try database.liveMeeting(meetingId: added.meetingId)?.record.participants == [people[0], people[1]])
        try database.saveLive(opened.record)
        #expect(try database.liveMeeting(meetingId: added.meetingId)?.record == opened.record)
        // A record that lost Ayşe too does not delete her: meeting 1 lists her.
        var without = opened.record
        without.participants = []
        try database.saveLive(without)
        let nicknames = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT nickname FROM participant")
        }
        #expect(nicknames == ["Ayşe"])
        // Fatma can be added again, under the same nickname, with a new id.
        var again = opened.record
        let fatma = Participant(seriesId: plan.id, nickname: "Fatma K.")
        again.participants.append(fatma)
        try database.saveLive(again)
        #expect(try database.liveMeeting(meetingId: again.meetingId)?.record.participants == [people[0], fatma])
    }

    @Test func aStaleRecordCannotReopenAnEndedMeeting() throws {
        let (database, plan) = try stored()
        let opened = try #require(try database.openLive(.meeting(id: plan.meetings[0].id)))
        var ended = Fixtures.fullRecord(of: plan)
        ended.segments[2].end = Fixtures.date("2026-12-08T21:00")
        ended.state = .ended
        ended.endedAt = Fixtures.date("2026-12-08T21:00")
        try database.saveLive(ended)
        let before = try liveRows(in: database)
        #expect(throws: StoreError.meetingEnded(series: plan.series.name, number: 1)) {
            try database.saveLive(opened.record)
        }
        #expect(try liveRows(in: database) == before)
        // The ending record itself may be stored again (the end confirmed twice).
        try database.saveLive(ended)
        #expect(try database.liveMeeting(meetingId: ended.meetingId)?.record == ended)
        #expect(try database.liveMeeting(meetingId: ended.meetingId)?.meeting.state == .ended)
    }

    @Test func aRecordForAnotherMeetingWhileOneRunsIsRefused() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        #expect(throws: StoreError.otherMeetingRunning(series: plan.series.name, number: 1)) {
            try database.saveLive(LiveRecord(meetingId: plan.meetings[1].id))
        }
        #expect(throws: StoreError.meetingMissing(id: "00000000-0000-4000-8000-000000000999")) {
            try database.saveLive(LiveRecord(meetingId: "00000000-0000-4000-8000-000000000999"))
        }
    }

    @Test func deletingTheSeriesDeletesEverythingRecorded() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(Fixtures.fullRecord(of: plan))
        _ = try database.writer.write { try plan.series.delete($0) }
        let rows = try liveRows(in: database).values.reduce(0) { $0 + $1.count }
        #expect(rows == 0)
    }
}

@Suite("Plans and live mode")
struct PlanAndLiveTests {
    @Test func savingAPlanLeavesTheStateToLiveMode() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        try database.saveLive(Fixtures.fullRecord(of: plan))
        // The planner still holds the plan as read before the meeting began.
        var edited = plan
        edited.meetings[0].meeting.purpose = "Kennismaken"
        edited.meetings[1].meeting.plannedMinutes = 100
        try database.savePlan(edited, now: Fixtures.now)
        #expect(try state(of: plan.meetings[0].id, in: database) == "running")
        let read = try #require(try database.plan(seriesId: plan.id))
        #expect(read.meetings[0].meeting.purpose == "Kennismaken")
        #expect(read.meetings[0].meeting.state == .running)
        #expect(read.meetings[1].meeting.plannedMinutes == 100)
        #expect(try database.liveMeeting(meetingId: plan.meetings[0].id)?.record == Fixtures.fullRecord(of: plan))
    }

    @Test func theBlocksOfAMeetingThatStartedCannotChange() throws {
        let (database, plan) = try stored()
        try database.startLive(meetingId: plan.meetings[0].id)
        let name = plan.series.name
        let refused: [(String, (inout SeriesPlan) -> Void)] = [
            ("a block removed", { $0.meetings[0].blocks.removeLast() }),
            ("a block moved away", { $0.meetings[1].blocks.append($0.meetings[0].blocks.removeLast()) }),
            ("a block moved in", { $0.meetings[0].blocks.append($0.meetings[1].blocks.removeLast()) }),
            ("blocks swapped", { $0.meetings[0].blocks.swapAt(0, 1) }),
            ("minutes changed", { $0.meetings[0].blocks[0].minutes += 5 }),
            ("a prompt added", { $0.meetings[0].blocks[1].prompts.append("vraag-vrijheid-1") }),
        ]
        for (what, edit) in refused {
            var changed = plan
            edit(&changed)
            #expect(throws: StoreError.agendaAlreadyHeld(series: name, number: 1), "\(what)") {
                try database.savePlan(changed, now: Fixtures.now)
            }
        }
        var expected = plan
        expected.meetings[0].meeting.state = .running
        #expect(try database.plan(seriesId: plan.id) == expected)
        #expect(StoreError.agendaAlreadyHeld(series: name, number: 1).exitCode == 65)
        // The blocks of a meeting still planned change as before.
        var later = plan
        later.meetings[1].blocks.removeLast()
        try database.savePlan(later, now: Fixtures.now)
        #expect(try database.plan(seriesId: plan.id)?.meetings[1].blocks == later.meetings[1].blocks)
    }
}

@Suite("Migrating to live mode")
struct LiveMigrationTests {
    @Test func aVersionTwoDatabaseKeepsItsPlansAndMeetings() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("v2.sqlite").path
        let plan = Fixtures.plan()
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: Migrations.seriesPlan)
            // Only what version 2 knows: series, meetings, blocks, prompts, participants, attendance.
            try queue.write { db in
                try plan.series.insertAsVersionTwo(db)
                for meeting in plan.meetings {
                    var row = meeting.meeting
                    row.state = meeting.meeting.number == 1 ? .ended : .planned
                    try row.insert(db)
                    for (position, block) in meeting.blocks.enumerated() {
                        try block.insertAsVersionTwo(db, meetingId: meeting.id, position: position)
                        for (index, prompt) in block.prompts.enumerated() {
                            try BlockPromptRecord(blockId: block.id, position: index, promptId: prompt).insert(db)
                        }
                    }
                }
                let ayse = Fixtures.participants(seriesId: plan.id)[0]
                try ayse.insert(db)
                try Attendance(meetingId: plan.meetings[0].id, participantId: ayse.id).insert(db)
            }
            try queue.close()
        }
        let database = try AppDatabase.open(at: path)
        var expected = plan
        expected.meetings[0].meeting.state = .ended
        // A block saved before v11-provenance-block has no provenance: no mark, rather than a guess.
        for m in expected.meetings.indices {
            for b in expected.meetings[m].blocks.indices {
                expected.meetings[m].blocks[b].provenance = nil
                expected.meetings[m].blocks[b].methodFingerprint = nil
            }
        }
        #expect(try database.plan(seriesId: plan.id) == expected)
        let held = try #require(try database.liveMeeting(meetingId: plan.meetings[0].id))
        #expect(held.record.state == .ended)
        #expect(held.record.present == [Fixtures.participants(seriesId: plan.id)[0].id])
        #expect(held.record.currentBlockId == nil && held.record.segments.isEmpty && !held.record.countOnly)
        let next = try #require(try database.openLive(.series(id: plan.id)))
        #expect(next.meeting.number == 2)
        #expect(next.returning == [Fixtures.participants(seriesId: plan.id)[0].id])
    }
}

extension Series {
    /// Inserts the series with only the columns version 2 of the schema has.
    func insertAsVersionTwo(_ db: Database) throws {
        func json(_ values: [String]) throws -> String {
            String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
        }
        try db.execute(
            sql: """
                INSERT INTO series (id, name, methodId, organisation, municipality, expectedGroupSize, createdAt,
                    facilitators, venue, languages, "groups", groupChoice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, name, methodId, organisation, municipality, expectedGroupSize, createdAt, try json(facilitators),
                venue?.rawValue, try json(languages), try json(groups.map(\.rawValue)), try json(groupChoice),
            ])
    }

    /// The same series under another fixed id.
    fileprivate func with(id number: Int) -> Series {
        var copy = self
        copy.id = "00000000-0000-4000-8000-" + String(format: "%012d", 100 + number)
        return copy
    }
}

extension AppDatabase {
    /// Opens a meeting in live mode and stores its record, as the first action in it does:
    /// from then on it runs.
    @discardableResult
    func startLive(meetingId: String) throws -> LiveMeeting? {
        let opened = try openLive(.meeting(id: meetingId))
        if let opened { try saveLive(opened.record) }
        return opened
    }
}

@Suite("A full disk")
struct DiskFullTests {
    /// SQLite's SQLITE_FULL, reproduced with a page limit: the save is refused as a full disk,
    /// with the path, and nothing of it is kept.
    @Test func aSaveOnAFullDiskIsRefusedAsSuchAndChangesNothing() throws {
        let (database, plan) = try stored()
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        try database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let before = try liveRows(in: database)
        let long = String(repeating: "Een notitie die niet past. ", count: 10)
        for index in 0..<200 {
            let id = String(format: "00000000-0000-4000-8000-%012d", index)
            record.notes.append(
                LiveNote(id: id, meetingId: record.meetingId, blockId: nil, at: Fixtures.now, text: long))
        }
        #expect(throws: StoreError.diskFull(path: database.path)) { try database.saveLive(record) }
        #expect(try liveRows(in: database) == before)
        #expect(StoreError.diskFull(path: "x").exitCode == 74)
    }
}

@Suite("The note being typed")
struct NoteDraftStoreTests {
    @Test func aDraftIsKeptWithTheMeetingAndClearedWithTheNote() throws {
        let (database, plan) = try stored()
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        record.noteDraft = "Amina wil 👩‍👩‍👧‍👦 meenemen"
        try database.saveLive(record)
        // As after a kill: the running meeting is resumed with its draft.
        let resumed = try #require(try database.openLive(.resume))
        #expect(resumed.record.noteDraft == "Amina wil 👩‍👩‍👧‍👦 meenemen")
        record.notes.append(
            LiveNote(
                id: "00000000-0000-4000-8000-000000000001", meetingId: record.meetingId, blockId: nil,
                at: Fixtures.now, text: "Amina wil 👩‍👩‍👧‍👦 meenemen"))
        record.noteDraft = nil
        try database.saveLive(record)
        #expect(try database.openLive(.resume)?.record.noteDraft == nil)
        #expect(try database.openLive(.resume)?.record.notes.count == 1)
    }

    @Test func aMeetingThatIsNotRunningKeepsNoDraft() throws {
        let (database, plan) = try stored()
        var record = try #require(try database.openLive(.meeting(id: plan.meetings[0].id))).record
        record.state = .planned
        record.noteDraft = "half"
        try database.saveLive(record)
        let draft = try database.reader.read { db in
            try String.fetchOne(db, sql: "SELECT noteDraft FROM meeting WHERE id = ?", arguments: [record.meetingId])
        }
        #expect(draft == nil)
    }
}

extension PlanBlock {
    /// A block row as versions before `v10-planner-block-materials` store it: no materials column.
    func insertAsVersionTwo(_ db: Database, meetingId: String, position: Int) throws {
        let questions = String(decoding: try JSONEncoder().encode(questions), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO block (id, meetingId, position, title, kind, form, minutes, theme, guidance, questions,
                    chosenByGroup)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, meetingId, position, title, kind.rawValue, form, minutes, theme, guidance, questions, chosenByGroup,
            ])
    }
}

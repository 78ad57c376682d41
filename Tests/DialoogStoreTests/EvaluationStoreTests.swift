import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// A database in memory holding `plans`.
func storedPlans(_ plans: [SeriesPlan]) throws -> AppDatabase {
    let database = try AppDatabase.inMemory()
    for plan in plans { try database.insertPlan(plan, now: Fixtures.now) }
    return database
}

/// Every row of the tables an evaluation touches, to compare before and after.
func evaluationRows(in database: AppDatabase) throws -> [String: [Row]] {
    try database.reader.read { db in
        try Dictionary(
            uniqueKeysWithValues: ["evaluation", "raisedTheme", "block", "blockPrompt", "meeting"].map { table in
                (table, try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid"))
            })
    }
}

extension AppDatabase {
    /// An empty evaluation of `meetingId` with `agreements`, stored with no raised themes.
    func agree(_ meetingId: String, _ agreements: [String]) throws {
        try saveEvaluation(
            Evaluation(meetingId: meetingId, agreements: agreements, updatedAt: Fixtures.now), raisedThemes: [])
    }

    /// The blocks of a meeting as stored: title, position and the meeting whose agreements
    /// they return to.
    func agenda(of meetingId: String) throws -> [(title: String, position: Int, agreementsOf: String?)] {
        try reader.read { db in
            try Row.fetchAll(
                db, sql: "SELECT title, position, agreementsOf FROM block WHERE meetingId = ? ORDER BY position",
                arguments: [meetingId]
            ).map { ($0["title"], $0["position"], $0["agreementsOf"]) }
        }
    }
}

/// The HTIB proposal for a women's group: its first meeting held with something of every
/// kind recorded, ended at 21:30 on 8 December.
private func heldFirstMeeting() throws -> (AppDatabase, SeriesPlan, LiveRecord) {
    let plan = Fixtures.plan()
    let database = try storedPlans([plan])
    var record = Fixtures.fullRecord(of: plan)
    record.state = .ended
    record.endedAt = Fixtures.date("2026-12-08T21:30")
    record.segments[2].end = Fixtures.date("2026-12-08T21:30")
    try database.saveLive(record)
    return (database, plan, record)
}

private let ended = Fixtures.date("2026-12-08T21:30")

@Suite("Evaluating a meeting")
struct EvaluationStoreTests {
    @Test func theSubjectIsWhatLiveModeRecordedWithTheNextMeeting() throws {
        let (database, plan, record) = try heldFirstMeeting()
        let subject = try #require(try database.evaluationSubject(meetingId: record.meetingId))
        #expect(subject.series == plan.series)
        #expect(subject.meeting.id == record.meetingId && subject.meeting.state == .ended)
        // Ayşe and the wijkagent were present: only Ayşe is a deelnemer.
        #expect(subject.attendance == 1)
        #expect(subject.promptUses == record.promptUses)
        #expect(subject.raisedThemes == record.raisedThemes)
        #expect(subject.signals == record.signals)
        #expect(subject.evaluation == nil)
        #expect(subject.nextMeeting?.id == plan.meetings[1].id)
        #expect(!subject.isLastRegular)
        #expect(subject.expected == 12, "the series' expected group size until the evaluation says otherwise")
    }

    @Test func aCountedMeetingHasItsHeadcountAndTheLastRegularOneSaysSo() throws {
        let plan = Fixtures.plan()
        let database = try storedPlans([plan])
        for number in 1...3 {
            try database.saveLive(
                Fixtures.heldRecord(
                    of: plan, number: number, ended: Fixtures.date("2026-12-\(number + 7)T21:30"), headcount: 17))
        }
        let third = try #require(try database.evaluationSubject(meetingId: plan.meetings[2].id))
        #expect(third.attendance == 17)
        #expect(third.isLastRegular)
        #expect(third.nextMeeting == nil)
        // An aftercare meeting planned after the three: it is the next one, and 3 stays the last regular.
        var withAftercare = try #require(try database.plan(seriesId: plan.id))
        withAftercare.meetings.append(
            MeetingPlan(meeting: Meeting(seriesId: plan.id, number: 4, kind: .aftercare), blocks: []))
        try database.savePlan(withAftercare, now: Fixtures.now)
        let again = try #require(try database.evaluationSubject(meetingId: plan.meetings[2].id))
        #expect(again.nextMeeting?.kind == .aftercare)
        #expect(again.isLastRegular)
    }

    @Test func unknownAndUnendedMeetingsAreNotEvaluated() throws {
        let (database, plan, _) = try heldFirstMeeting()
        let unknown = "00000000-0000-4000-8000-000000000999"
        #expect(try database.evaluationSubject(meetingId: unknown) == nil)
        #expect(throws: StoreError.meetingNotEnded(series: plan.series.name, number: 2)) {
            try database.evaluationSubject(meetingId: plan.meetings[1].id)
        }
        let before = try evaluationRows(in: database)
        var evaluation = Fixtures.fullEvaluation(of: plan.meetings[1].id)
        let theme = RaisedTheme(meetingId: plan.meetings[1].id, blockId: nil, at: Fixtures.now, text: "werk")
        #expect(throws: StoreError.meetingNotEnded(series: plan.series.name, number: 2)) {
            try database.saveEvaluation(evaluation, raisedThemes: [theme])
        }
        evaluation.meetingId = unknown
        #expect(throws: StoreError.meetingMissing(id: unknown)) {
            try database.saveEvaluation(evaluation, raisedThemes: [])
        }
        #expect(try evaluationRows(in: database) == before, "nothing was written")
        #expect(StoreError.meetingNotEnded(series: "x", number: 1).exitCode == 65)
    }

    @Test func everyFieldReadsBackAsSaved() throws {
        let (database, _, record) = try heldFirstMeeting()
        let evaluation = Fixtures.fullEvaluation(of: record.meetingId)
        try database.saveEvaluation(evaluation, raisedThemes: record.raisedThemes)
        #expect(try database.evaluationSubject(meetingId: record.meetingId)?.evaluation == evaluation)
        // Saved again with fields emptied: the row is updated, not added to.
        var emptied = Evaluation(meetingId: record.meetingId, updatedAt: Fixtures.date("2026-12-09T10:00"))
        emptied.safety = 2
        try database.saveEvaluation(emptied, raisedThemes: record.raisedThemes)
        #expect(try database.evaluationSubject(meetingId: record.meetingId)?.evaluation == emptied)
        let rows = try database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evaluation") }
        #expect(rows == 1)
    }

    @Test func bewerktOpIsStoredAndKept() throws {
        let (database, plan, record) = try heldFirstMeeting()
        let id = record.meetingId
        try database.saveEvaluation(Evaluation(meetingId: id, safety: 4, updatedAt: ended), raisedThemes: [])
        #expect(try database.evaluationSubject(meetingId: id)?.evaluation?.editedAt == nil)
        // Changed from the overzicht, after confirming: the day is stored.
        let edited = Fixtures.date("2026-12-10T09:00")
        try database.saveEvaluation(
            Evaluation(meetingId: id, safety: 5, updatedAt: edited, editedAt: edited), raisedThemes: [])
        #expect(try database.evaluationSubject(meetingId: id)?.evaluation?.editedAt == edited)
        // A later save without it does not wipe the trace.
        try database.saveEvaluation(
            Evaluation(meetingId: id, safety: 5, updatedAt: Fixtures.date("2026-12-11T09:00")), raisedThemes: [])
        #expect(try database.evaluationSubject(meetingId: id)?.evaluation?.editedAt == edited)
        // The series summary shows it too.
        let summary = try #require(try database.seriesSummary(seriesId: plan.series.id))
        #expect(summary.meetings.first { $0.meetingId == id }?.editedAt == edited)
    }

    @Test func theRaisedThemesBecomeThoseOfTheForm() throws {
        let (database, _, record) = try heldFirstMeeting()
        let id = record.meetingId
        let added = [
            RaisedTheme(meetingId: id, blockId: nil, at: Fixtures.date("2026-12-08T21:40"), text: "geld en werk"),
            record.raisedThemes[0],
            RaisedTheme(meetingId: id, blockId: nil, at: Fixtures.date("2026-12-08T21:41"), text: "de buurt"),
        ]
        try database.saveEvaluation(Evaluation(meetingId: id, updatedAt: Fixtures.now), raisedThemes: added)
        #expect(try database.evaluationSubject(meetingId: id)?.raisedThemes == added)
        try database.saveEvaluation(Evaluation(meetingId: id, updatedAt: Fixtures.now), raisedThemes: [added[2]])
        #expect(try database.evaluationSubject(meetingId: id)?.raisedThemes == [added[2]])
        // The live record sees the same themes.
        #expect(try database.liveMeeting(meetingId: id)?.record.raisedThemes == [added[2]])
    }

    @Test func theLatestEndedMeetingOfASeries() throws {
        let plan = Fixtures.plan()
        let database = try storedPlans([plan])
        #expect(try database.evaluationSubject(latestOf: plan.id) == nil, "nothing ended yet")
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 2, ended: Fixtures.date("2026-12-15T21:30")))
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 1, ended: Fixtures.date("2026-12-16T21:30")))
        #expect(try database.evaluationSubject(latestOf: plan.id)?.meeting.number == 1, "ended last")
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 3, ended: Fixtures.date("2026-12-16T21:30")))
        #expect(
            try database.evaluationSubject(latestOf: plan.id)?.meeting.number == 3, "the same end: the higher number")
        #expect(try database.evaluationSubject(latestOf: "00000000-0000-4000-8000-000000000999") == nil)
    }
}

@Suite("The group's agreements in the next meeting")
struct AgreementsBlockTests {
    @Test func theyComeBackAfterTheOpeningOfTheNextMeetingAndFollowEverySave() throws {
        let (database, plan, record) = try heldFirstMeeting()
        let second = plan.meetings[1]
        let before = try database.agenda(of: second.id)
        #expect(before.first?.title == "Welkom en terugblik")

        try database.agree(record.meetingId, ["Thuis vragen hoe het vroeger ging"])
        let carried = try database.agenda(of: second.id)
        #expect(carried.count == before.count + 1)
        #expect(carried.map(\.position) == Array(0..<carried.count), "positions stay one after another")
        #expect(carried[0].title == "Welkom en terugblik")
        #expect(carried[1].title == "Terug naar jullie afspraken")
        #expect(carried[1].agreementsOf == record.meetingId)
        #expect(carried.filter { $0.agreementsOf != nil }.count == 1)

        // The planner shows it like any other block, with the agreements as its questions.
        let block = try #require(try database.plan(seriesId: plan.id)?.meetings[1].blocks[1])
        #expect(block.kind == .terugblik && block.form == "dialoog" && block.minutes == 10)
        #expect(block.questions == ["Thuis vragen hoe het vroeger ging"])
        #expect(!block.guidance.isEmpty && block.theme == nil && block.prompts.isEmpty)

        // Saved again with other agreements: the same block, its questions changed.
        try database.agree(record.meetingId, ["Om 19:15 beginnen", "Een tolk regelen"])
        let updated = try #require(try database.plan(seriesId: plan.id)?.meetings[1].blocks)
        #expect(updated.count == before.count + 1)
        #expect(updated[1].id == block.id && updated[1].questions == ["Om 19:15 beginnen", "Een tolk regelen"])

        // No agreements left: the block goes and the agenda is as it was.
        try database.agree(record.meetingId, [])
        let emptied = try database.agenda(of: second.id)
        #expect(emptied.map(\.title) == before.map(\.title))
        #expect(emptied.map(\.position) == before.map(\.position))
        #expect(try database.plan(seriesId: plan.id)?.meetings[1].blocks == second.blocks)
    }

    @Test func aTrainersChangeToTheBlockStaysWhenOnlyOtherFieldsChange() throws {
        let (database, plan, record) = try heldFirstMeeting()
        try database.agree(record.meetingId, ["Samen koken"])
        // The trainer removes the carried block in the planner.
        var edited = try #require(try database.plan(seriesId: plan.id))
        edited.meetings[1].blocks.removeAll { $0.title == "Terug naar jullie afspraken" }
        try database.savePlan(edited, now: Fixtures.now)
        let removed = try database.agenda(of: plan.meetings[1].id)
        // A correction of the felt safety alone does not bring it back.
        var evaluation = try #require(try database.evaluationSubject(meetingId: record.meetingId)?.evaluation)
        evaluation.safety = 4
        try database.saveEvaluation(evaluation, raisedThemes: [])
        #expect(try database.agenda(of: plan.meetings[1].id).map(\.title) == removed.map(\.title))
        // A change of the agreements themselves does.
        evaluation.agreements.append("Een tolk regelen")
        try database.saveEvaluation(evaluation, raisedThemes: [])
        #expect(try database.agenda(of: plan.meetings[1].id).contains { $0.title == "Terug naar jullie afspraken" })
    }

    @Test func theyComeRightAfterAWelkomBlock() throws {
        var plan = Fixtures.plan()
        plan.meetings[1].blocks.insert(PlanBlock(title: "Thee", kind: .pauze, form: "informatie", minutes: 5), at: 0)
        plan.meetings[1].blocks.insert(PlanBlock(title: "Welkom", kind: .welkom, form: "dialoog", minutes: 5), at: 1)
        let database = try storedPlans([plan])
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 1, ended: ended))
        try database.agree(plan.meetings[0].id, ["Samen koken"])
        let titles = try database.agenda(of: plan.meetings[1].id).map(\.title)
        #expect(Array(titles.prefix(4)) == ["Thee", "Welkom", "Terug naar jullie afspraken", "Welkom en terugblik"])
    }

    @Test func aMeetingWithoutAnOpeningGetsThemFirst() throws {
        var plan = Fixtures.plan()
        plan.meetings[1].blocks.removeFirst()
        let database = try storedPlans([plan])
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 1, ended: ended))
        try database.agree(plan.meetings[0].id, ["Samen koken"])
        let agenda = try database.agenda(of: plan.meetings[1].id)
        #expect(agenda.first?.title == "Terug naar jullie afspraken")
        #expect(agenda.map(\.position) == Array(0..<agenda.count))
    }

    @Test func aNextMeetingThatRunsIsLeftAlone() throws {
        let (database, plan, record) = try heldFirstMeeting()
        let second = plan.meetings[1].id
        try database.saveLive(LiveRecord(meetingId: second, currentBlockId: plan.meetings[1].blocks[0].id))
        let before = try evaluationRows(in: database)["block"]
        try database.agree(record.meetingId, ["Samen koken"])
        #expect(try evaluationRows(in: database)["block"] == before)
        #expect(try database.evaluationSubject(meetingId: record.meetingId)?.evaluation?.agreements == ["Samen koken"])
    }

    @Test func onceReturnedToTheyAreNotCarriedAgain() throws {
        let (database, plan, record) = try heldFirstMeeting()
        try database.agree(record.meetingId, ["Samen koken"])
        // Meeting 2 is held with the block in it; then meeting 1's evaluation is corrected.
        let withBlock = try #require(try database.plan(seriesId: plan.id))
        try database.saveLive(Fixtures.heldRecord(of: withBlock, number: 2, ended: Fixtures.date("2026-12-15T21:30")))
        let before = try evaluationRows(in: database)["block"]
        try database.agree(record.meetingId, ["Samen koken", "Om 19:15 beginnen"])
        try database.agree(record.meetingId, [])
        #expect(try evaluationRows(in: database)["block"] == before, "neither meeting 2 nor meeting 3 changes")
    }

    @Test func anEvaluationMadeLateCarriesThemIntoTheMeetingStillToCome() throws {
        let plan = Fixtures.plan()
        let database = try storedPlans([plan])
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 1, ended: ended))
        try database.saveLive(Fixtures.heldRecord(of: plan, number: 2, ended: Fixtures.date("2026-12-15T21:30")))
        try database.agree(plan.meetings[0].id, ["Samen koken"])
        #expect(try database.agenda(of: plan.meetings[1].id).allSatisfy { $0.agreementsOf == nil })
        #expect(try database.agenda(of: plan.meetings[2].id)[1].agreementsOf == plan.meetings[0].id)
        #expect(try database.evaluationSubject(meetingId: plan.meetings[0].id)?.nextMeeting?.number == 3)
    }

    @Test func theyFollowTheNextMeetingWhenThePlanChangesItsOrder() throws {
        let (database, plan, record) = try heldFirstMeeting()
        try database.agree(record.meetingId, ["Samen koken"])
        // The trainer swaps meetings 2 and 3: the other one now comes next.
        var swapped = try #require(try database.plan(seriesId: plan.id))
        swapped.meetings[1].meeting.number = 3
        swapped.meetings[2].meeting.number = 2
        try database.savePlan(swapped, now: Fixtures.now)
        try database.agree(record.meetingId, ["Samen koken", "Om 19:15 beginnen"])
        #expect(try database.agenda(of: plan.meetings[1].id).map(\.title) == plan.meetings[1].blocks.map(\.title))
        #expect(try database.agenda(of: plan.meetings[1].id).map(\.position) == Array(plan.meetings[1].blocks.indices))
        let moved = try database.agenda(of: plan.meetings[2].id)
        #expect(moved.filter { $0.agreementsOf == record.meetingId }.map(\.position) == [1])
        #expect(moved.map(\.position) == Array(0..<(plan.meetings[2].blocks.count + 1)))
    }

    @Test func aLaterSaveOfThePlanKeepsTheBlockAndWhatItReturnsTo() throws {
        let (database, plan, record) = try heldFirstMeeting()
        try database.agree(record.meetingId, ["Samen koken"])
        // The trainer shortens the block, moves it to the end and renames another.
        var edited = try #require(try database.plan(seriesId: plan.id))
        var block = edited.meetings[1].blocks.remove(at: 1)
        block.minutes = 5
        edited.meetings[1].blocks.append(block)
        edited.meetings[1].blocks[0].title = "Welkom terug"
        try database.savePlan(edited, now: Fixtures.now)
        let agenda = try database.agenda(of: plan.meetings[1].id)
        #expect(agenda.last?.title == "Terug naar jullie afspraken")
        #expect(agenda.last?.agreementsOf == record.meetingId)
        #expect(try database.plan(seriesId: plan.id) == edited)
        // The next save of the evaluation updates that block where the trainer put it.
        try database.agree(record.meetingId, ["Samen koken", "Foto's meenemen"])
        let again = try #require(try database.plan(seriesId: plan.id)?.meetings[1].blocks.last)
        #expect(again.id == block.id && again.minutes == 5)
        #expect(again.questions == ["Samen koken", "Foto's meenemen"])
        // Deleting the evaluated meeting's series takes everything with it.
        _ = try database.writer.write { try plan.series.delete($0) }
        #expect(try evaluationRows(in: database).values.allSatisfy(\.isEmpty))
    }
}

@Suite("Migrating to evaluation")
struct EvaluationMigrationTests {
    @Test func aVersionThreeDatabaseKeepsItsRecordsAndCanBeEvaluated() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("v3.sqlite").path
        let plan = Fixtures.plan()
        var record = Fixtures.fullRecord(of: plan)
        record.state = .ended
        record.endedAt = ended
        record.segments[2].end = ended
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: Migrations.live)
            // Only what version 3 knows: no demo mark, no follow-up done, no evaluation.
            try queue.write { db in
                try plan.series.insertAsVersionTwo(db)
                for meeting in plan.meetings {
                    try meeting.meeting.insert(db)
                    for (position, block) in meeting.blocks.enumerated() {
                        try block.insertAsVersionTwo(db, meetingId: meeting.id, position: position)
                        for (index, prompt) in block.prompts.enumerated() {
                            try BlockPromptRecord(blockId: block.id, position: index, promptId: prompt).insert(db)
                        }
                    }
                }
                let id = record.meetingId
                try db.execute(
                    sql: "UPDATE meeting SET state = 'ended', endedAt = ?, currentBlockId = ? WHERE id = ?",
                    arguments: [ended, record.currentBlockId, id])
                for participant in record.participants { try participant.insert(db) }
                for participantId in record.present.sorted() {
                    try Attendance(meetingId: id, participantId: participantId).insert(db)
                }
                for (position, segment) in record.segments.enumerated() {
                    try TimerSegmentRecord(segment, meetingId: id, position: position).insert(db)
                }
                for (blockId, minutes) in record.extraMinutes {
                    try BlockExtraRecord(meetingId: id, blockId: blockId, minutes: minutes).insert(db)
                }
                try HeadcountRecord(record.headcount, meetingId: id).insert(db)
                for (position, use) in record.promptUses.enumerated() {
                    try PromptUseRecord(use, meetingId: id, position: position).insert(db)
                }
                for (position, note) in record.notes.enumerated() {
                    try NoteRecord(note, meetingId: id, position: position).insert(db)
                }
                for (position, signal) in record.signals.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO signal (id, meetingId, position, blockId, at, category, response, followUp)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            signal.id, id, position, signal.blockId, signal.at, signal.category.rawValue,
                            signal.response.rawValue, signal.followUp,
                        ])
                }
                for (position, theme) in record.raisedThemes.enumerated() {
                    try RaisedThemeRecord(theme, meetingId: id, position: position).insert(db)
                }
            }
            try queue.close()
        }
        let database = try AppDatabase.open(at: path)
        var expected = plan
        // A block saved before v11-provenance-block has no provenance: no mark, rather than a guess.
        for m in expected.meetings.indices {
            for b in expected.meetings[m].blocks.indices {
                expected.meetings[m].blocks[b].provenance = nil
                expected.meetings[m].blocks[b].methodFingerprint = nil
            }
        }
        expected.meetings[0].meeting.state = .ended
        #expect(try database.plan(seriesId: plan.id) == expected)
        #expect(try database.plan(seriesId: plan.id)?.series.demo == false)
        #expect(try database.liveMeeting(meetingId: record.meetingId)?.record == record)
        let subject = try #require(try database.evaluationSubject(meetingId: record.meetingId))
        #expect(subject.evaluation == nil && subject.signals == record.signals)
        #expect(subject.signals.first?.followedUpAt == nil)
        try database.agree(record.meetingId, ["Samen koken"])
        #expect(try database.agenda(of: plan.meetings[1].id)[1].agreementsOf == record.meetingId)
        #expect(try database.target() == nil)
    }
}

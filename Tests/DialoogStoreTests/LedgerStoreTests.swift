import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import Testing

/// The ledger as the store reads it: meeting 1, moved from 8 to 10 December, used a prompt it
/// had not planned, the group raised a theme, a signal wants a follow-up; meeting 2 opens with
/// all three, and the evaluation and the figures date meeting 1 by the day it was held.
@Suite struct LedgerStoreTests {
    let plan = Fixtures.plan()
    let held = Fixtures.date("2026-12-10T19:45")

    func heldFirstMeeting() throws -> (AppDatabase, prompt: String, signal: Signal) {
        let database = try storedPlans([plan])
        let first = plan.meetings[0]
        let planned = Set(first.blocks.flatMap(\.prompts))
        let prompt = try #require(
            Fixtures.shipped.library.prompts.first { !planned.contains($0.id) }?.id)
        let block = first.blocks[0].id
        let signal = Signal(
            meetingId: first.meeting.id, blockId: block, at: held + 600, category: .huwelijksdwang,
            response: .warmeVerwijzing, followUp: Fixtures.date("2026-12-24T00:00"))
        let record = LiveRecord(
            meetingId: first.meeting.id, state: .ended, currentBlockId: block, endedAt: held + 3600,
            segments: [TimerSegment(blockId: block, start: held, end: held + 3600)],
            promptUses: [
                PromptUse(
                    meetingId: first.meeting.id, blockId: block, promptId: prompt, planned: false, usedAt: held + 60)
            ],
            signals: [signal],
            raisedThemes: [RaisedTheme(meetingId: first.meeting.id, blockId: block, at: held + 120, text: "geld")])
        try database.saveLive(record)
        return (database, prompt, signal)
    }

    @Test func meetingTwoOpensWithWhatMeetingOneUsedRaisedAndLeftOpen() throws {
        let (database, prompt, signal) = try heldFirstMeeting()
        let ledger = try database.ledger(seriesId: plan.id)
        let second = plan.meetings[1].meeting.id
        #expect(ledger.used(before: second) == [prompt: [1]])
        #expect(ledger.raised(before: second) == [Ledger.Raised(text: "geld", meeting: 1)])
        let opened = try #require(try database.openLive(.series(id: plan.id)))
        #expect(opened.meeting.id == second)
        #expect(opened.usedBefore == [prompt: [1]])
        #expect(opened.openFollowUps == [signal])
        #expect(try database.ledger(seriesId: "unknown") == Ledger())
    }

    @Test func aRescheduledMeetingIsDatedByTheDayItWasHeld() throws {
        let (database, _, _) = try heldFirstMeeting()
        let first = plan.meetings[0].meeting
        #expect(first.startsAt == Fixtures.date("2026-12-08T19:30"))
        #expect(try database.evaluationSubject(meetingId: first.id)?.meetingDate == held)
        let figures = try database.meetingFigures(OverviewFilter())
        #expect(figures.first { $0.meetingId == first.id }?.date == held)
        #expect(
            figures.first { $0.meetingId == plan.meetings[1].meeting.id }?.date == plan.meetings[1].meeting.startsAt)
    }

    @Test func theCountWithoutANicknameIsStoredAndCountedAsDeelnemers() throws {
        let database = try storedPlans([plan])
        let first = plan.meetings[0]
        let people = (1...6).map { Participant(seriesId: plan.id, nickname: "P\($0)") }
        var record = LiveRecord(
            meetingId: first.meeting.id, state: .ended, currentBlockId: first.blocks[0].id, endedAt: held + 3600,
            segments: [TimerSegment(blockId: first.blocks[0].id, start: held, end: held + 3600)],
            participants: people, present: Set(people.map(\.id)), unnamed: 8)
        record.participants[0].role = .professional
        try database.saveLive(record)
        #expect(try database.liveMeeting(meetingId: first.meeting.id)?.record.unnamed == 8)
        let subject = try #require(try database.evaluationSubject(meetingId: first.meeting.id))
        #expect(subject.attendance == 13 && subject.unnamed == 8 && subject.othersPresent == 1)
        let figures = try database.meetingFigures(OverviewFilter())
        #expect(figures.first { $0.meetingId == first.meeting.id }?.participants == 13)
        record.unnamed = 501
        #expect(throws: (any Error).self) { try database.saveLive(record) }
        #expect(
            try database.liveMeeting(meetingId: first.meeting.id)?.record.unnamed == 8, "a refused save loses nothing")
    }
}

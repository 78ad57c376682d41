import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The ledger across three meetings: what was used (planned or not) is marked later, what was
/// only planned is not "opnieuw", the group's own themes and open follow-ups come back.
@Suite struct LedgerTests {
    let library = Fixtures.shipped.library

    /// Three meetings of two blocks each, on themes the shipped content has prompts for.
    func plan() -> SeriesPlan {
        let series = Series(name: "T", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
        return SeriesPlan(
            series: series,
            meetings: (1...3).map { number in
                MeetingPlan(
                    meeting: Meeting(seriesId: series.id, number: number, plannedMinutes: 120),
                    blocks: ["opvoeding", "zelfbeschikking"].map {
                        PlanBlock(title: $0, kind: .kern, form: "dialoog", minutes: 20, theme: $0)
                    })
            })
    }

    func prompts() throws -> (String, String) {
        let questions = library.prompts(theme: "opvoeding").filter { $0.kind == .vraag }
        try #require(questions.count >= 2)
        return (questions[0].id, questions[1].id)
    }

    /// Meeting 1 held: `planned` was planned in it but never used; `unplanned` was taken from
    /// the library on the spot.
    func held(_ plan: SeriesPlan, planned: String, unplanned: String) -> (SeriesPlan, Ledger) {
        var plan = plan
        plan.meetings[0].blocks[0].prompts = [planned]
        let first = plan.meetings[0]
        var record = LiveRecord(meetingId: first.meeting.id, state: .ended)
        record.segments = [TimerSegment(blockId: first.blocks[0].id, start: Fixtures.now, end: Fixtures.now + 600)]
        record.promptUses = [
            PromptUse(
                meetingId: first.meeting.id, blockId: first.blocks[0].id, promptId: unplanned, planned: false,
                usedAt: Fixtures.now + 60)
        ]
        record.raisedThemes = [
            RaisedTheme(meetingId: first.meeting.id, blockId: nil, at: Fixtures.now + 120, text: "schoonfamilie")
        ]
        let ledger = Ledger(meetings: plan.meetings.map(\.meeting), records: [first.meeting.id: record])
        return (plan, ledger)
    }

    @Test func aPromptUsedButNotPlannedIsMarkedInMeetingTwoAndThree() throws {
        let (planned, unplanned) = try prompts()
        let (plan, ledger) = held(plan(), planned: planned, unplanned: unplanned)
        #expect(ledger.used(before: plan.meetings[1].meeting.id) == [unplanned: [1]])
        #expect(ledger.used(before: plan.meetings[2].meeting.id) == [unplanned: [1]])
        #expect(ledger.used(before: plan.meetings[0].meeting.id).isEmpty, "nothing before the first")
    }

    @Test func aPromptPlannedButUnusedIsNotOpnieuwAndOneUsedIs() throws {
        let (planned, unplanned) = try prompts()
        var (plan, ledger) = held(plan(), planned: planned, unplanned: unplanned)
        plan.meetings[1].blocks[0].prompts = [planned, unplanned]
        let kinds = PlanRules.check(plan, library: library, ledger: ledger).map(\.kind)
        #expect(kinds.contains(.promptRepeated(prompt: unplanned, otherMeeting: 1)))
        #expect(!kinds.contains { if case .promptRepeated(planned, _) = $0 { true } else { false } })
        // Without the ledger the plan alone counts, as before the meeting was held.
        let planOnly = PlanRules.check(plan, library: library).map(\.kind)
        #expect(planOnly.contains(.promptRepeated(prompt: planned, otherMeeting: 1)))
        // Meeting 3 repeating meeting 2's plan is still warned about: meeting 2 is to come.
        plan.meetings[2].blocks[0].prompts = [planned]
        ledger.entries[1].state = .planned
        #expect(
            PlanRules.check(plan, library: library, ledger: ledger).map(\.kind)
                .contains(.promptRepeated(prompt: planned, otherMeeting: 2)))
    }

    @Test func theGroupsOwnThemesComeBackOnceInLaterMeetings() throws {
        let (planned, unplanned) = try prompts()
        let (plan, first) = held(plan(), planned: planned, unplanned: unplanned)
        var ledger = first
        ledger.entries[1].state = .ended
        ledger.entries[1].raisedThemes = ["Schoonfamilie", "geld"]
        #expect(
            ledger.raised(before: plan.meetings[2].meeting.id) == [
                Ledger.Raised(text: "schoonfamilie", meeting: 1), Ledger.Raised(text: "geld", meeting: 2),
            ])
        #expect(ledger.raised(before: plan.meetings[1].meeting.id).map(\.text) == ["schoonfamilie"])
    }

    @Test func openFollowUpsAreThoseOfOtherMeetingsNotYetDoneEarliestFirst() {
        let p = plan()
        let ids = p.meetings.map(\.meeting.id)
        let day = { (d: Int) in Fixtures.now + TimeInterval(d * 86_400) }
        let late = Signal(
            meetingId: ids[0], blockId: nil, at: Fixtures.now, category: .huwelijksdwang, response: .hulpkaart,
            followUp: day(28))
        let soon = Signal(
            meetingId: ids[1], blockId: nil, at: Fixtures.now, category: .huiselijkGeweld,
            response: .warmeVerwijzing, followUp: day(7))
        let done = Signal(
            meetingId: ids[0], blockId: nil, at: Fixtures.now, category: .vgv, response: .hulpkaart,
            followUp: day(7), followedUpAt: day(6))
        let none = Signal(meetingId: ids[0], blockId: nil, at: Fixtures.now, category: .anders, response: .hulpkaart)
        let ledger = Ledger(entries: [
            .init(meetingId: ids[0], number: 1, state: .ended, signals: [late, done, none]),
            .init(meetingId: ids[1], number: 2, state: .ended, signals: [soon]),
            .init(meetingId: ids[2], number: 3, state: .running),
        ])
        #expect(ledger.openFollowUps(except: ids[2]) == [soon, late])
        #expect(ledger.openFollowUps(except: ids[1]) == [late], "a meeting's own signals are on its screen already")
        #expect(ledger.meetingNumber(of: soon) == 2)
    }

    @Test func aMeetingIsDatedByWhenItWasHeld() throws {
        let (planned, unplanned) = try prompts()
        let (plan, ledger) = held(plan(), planned: planned, unplanned: unplanned)
        #expect(ledger.heldAt(plan.meetings[0].meeting.id) == Fixtures.now)
        #expect(ledger.heldAt(plan.meetings[1].meeting.id) == nil)
    }
}

/// The date a meeting took place: planned, begun late, or moved to another day.
@Suite struct HeldDateTests {
    let planned = Fixtures.date("2026-12-08T19:30")

    @Test func aMeetingBegunLateOrEarlyKeepsItsPlannedDate() {
        let meeting = Meeting(seriesId: "s", number: 1, startsAt: planned)
        #expect(meeting.date(heldAt: nil) == planned)
        #expect(meeting.date(heldAt: planned + 27 * 60) == planned)
        #expect(meeting.date(heldAt: planned - 3 * 3600) == planned)
    }

    @Test func aRescheduledOrUndatedMeetingIsDatedByWhenItRan() {
        let held = Fixtures.date("2026-12-10T19:30")
        #expect(Meeting(seriesId: "s", number: 1, startsAt: planned).date(heldAt: held) == held)
        #expect(Meeting(seriesId: "s", number: 1, startsAt: planned).date(heldAt: planned + 3 * 3600 + 60) != planned)
        #expect(Meeting(seriesId: "s", number: 1).date(heldAt: held) == held)
    }
}

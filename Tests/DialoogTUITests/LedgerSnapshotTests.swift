import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// What meeting 1 left behind, as meeting 2's screens show it: the prompt it used marked in
/// the deck and the library, the open follow-up on the live screen, the group's own theme in
/// the planner; and a late start said on the top line.
@Suite("Ledger snapshots")
struct LedgerSnapshotTests {
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ]

    /// Meeting 1 of the live fixture's series, held: it used the second prompt of meeting 2's
    /// third block (unplanned there), the group raised "geld", a signal wants a follow-up.
    static func ledger(_ meeting: LiveMeeting) -> Ledger {
        let plan = Fixtures.livePlan
        let first = plan.meetings[0].meeting
        let prompt = meeting.blocks[2].prompts.dropFirst().first ?? "?"
        let signal = Signal(
            id: "00000000-0000-4000-8000-000000000401", meetingId: first.id, blockId: nil,
            at: Fixtures.date("2026-11-24T20:10"), category: .huwelijksdwang, response: .warmeVerwijzing,
            followUp: Fixtures.date("2026-12-08T00:00"))
        return Ledger(entries: [
            .init(
                meetingId: first.id, number: 1, state: .ended, heldAt: first.startsAt, promptsUsed: [prompt],
                raisedThemes: ["geld"], signals: [signal]),
            .init(meetingId: meeting.meeting.id, number: 2, state: .running),
            .init(meetingId: plan.meetings[2].meeting.id, number: 3, state: .planned),
        ])
    }

    func live(_ size: TerminalSize, _ language: Language = .nl, _ commands: [Command] = []) -> AppState {
        var state = Fixtures.liveScreenState(.running, size: size, language: language)
        if let meeting = state.live.meeting { state.live.meeting?.ledger = Self.ledger(meeting) }
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    func rows(_ state: AppState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: sizes)
    func theLiveScreenShowsTheOpenFollowUp(size: TerminalSize) {
        let state = live(size)
        check(state, "ledger-live-\(size)-nl")
        #expect(rows(state).contains { $0.contains("OPVOLGEN di 8 dec · huwel") })
    }

    @Test func theFollowUpInEnglish() {
        #expect(rows(live(.init(width: 80, height: 24), .en)).contains { $0.contains("FOLLOW UP ") })
    }

    @Test(arguments: sizes)
    func theDeckMarksAPromptUsedInMeetingOne(size: TerminalSize) {
        let state = live(size, .nl, [.promptDeck])
        check(state, "ledger-deck-\(size)-nl")
        #expect(rows(state).contains { $0.contains("gebruikt in 1") })
    }

    @Test func theLibraryMarksAPromptUsedInMeetingOne() {
        let state = live(.init(width: 80, height: 24), .nl, [.promptDeck, .search])
        check(state, "ledger-library-80x24-nl")
        #expect(rows(state).contains { $0.contains("gebruikt in 1") })
    }

    @Test func aLateStartIsSaidOnTheTopLineWhileTheFirstBlockRuns() {
        var meeting = Fixtures.openedMeeting()
        meeting.meeting.startsAt = Fixtures.now
        var state = Fixtures.liveState(meeting)
        _ = state.reduce(.tick(Fixtures.now.addingTimeInterval(27 * 60)))
        _ = state.reduce(.command(.toggleTimer))
        #expect(rows(state)[0].contains("27 min later begonnen · 27 min achter"))
        state.language = .en
        #expect(rows(state)[0].contains("started 27 min late · 27 min behind"))
        state.language = .nl
        _ = state.reduce(.command(.nextBlock))
        #expect(!rows(state)[0].contains("later begonnen"), "said while the first block runs")
    }

    @Test(arguments: sizes)
    func thePlannerSuggestsTheGroupsOwnThemeForTheNextMeeting(size: TerminalSize) {
        let plan = Fixtures.livePlan
        var state = Fixtures.plannerState(plan, size: size)
        let meeting = Fixtures.openedMeeting(plan, number: 2)
        _ = state.reduce(.ledgerLoaded(seriesId: plan.id, Self.ledger(meeting)))
        _ = state.reduce(.command(.nextMeeting))
        check(state, "ledger-planner-\(size)-nl")
        if size.height >= 24 {
            #expect(rows(state).contains { $0.contains("De groep bracht zelf in: geld (1)") })
        }
        // Meeting 1 itself gets no suggestion: nothing came before it.
        _ = state.reduce(.command(.previousMeeting))
        #expect(!rows(state).contains { $0.contains("De groep bracht zelf in") })
    }
}

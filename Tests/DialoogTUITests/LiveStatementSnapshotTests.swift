import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The deck's line for a statement a participant phrased, and the series' own statements
/// listed in the deck as cards once stored, with the meeting they come from, at 80x24, 60x16
/// and 120x40.
@Suite("Live statement snapshots")
struct LiveStatementSnapshotTests {
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ]

    func deck(_ size: TerminalSize, language: Language = .nl) -> AppState {
        var state = Fixtures.liveScreenState(.running, size: size, language: language)
        _ = state.reduce(.command(.promptDeck))
        _ = state.reduce(.command(.addStatement))
        _ = state.reduce(.insertText("Mannen huilen niet"))
        return state
    }

    @Test(arguments: sizes)
    func typingAndStored(size: TerminalSize) {
        var state = deck(size)
        check(state, "live-statement-typing-\(size)-nl")
        #expect(Renderer.render(state).text.contains("eigen stelling: Mannen huilen niet"))
        _ = state.reduce(.command(.confirm))
        check(state, "live-statement-stored-\(size)-nl")
        let stored = Renderer.render(state).text
        #expect(stored.contains("[✓] Mannen huilen niet"), "a card, used where it was phrased")
        #expect(stored.contains("van de groep, bijeenkomst 2"))
        _ = state.reduce(.command(.undo))
        // The deck no longer lists it; only the status line names what was undone.
        #expect(!Renderer.render(state).text.contains("[✓] Mannen huilen niet"))
    }

    @Test func inEnglish() {
        var state = deck(TerminalSize(width: 80, height: 24), language: .en)
        _ = state.reduce(.command(.confirm))
        #expect(Renderer.render(state).text.contains("from the group, meeting 2"))
    }

    /// The live screen of meeting 2 whose ledger holds a statement phrased in meeting 1.
    func earlier(_ size: TerminalSize) -> AppState {
        var state = Fixtures.liveScreenState(.running, size: size)
        state.live.meeting?.ledger = Ledger(
            entries: Fixtures.livePlan.meetings.map { plan in
                Ledger.Entry(
                    meetingId: plan.meeting.id, number: plan.meeting.number,
                    state: plan.meeting.number == 1 ? .ended : .planned,
                    statements: plan.meeting.number == 1 ? ["Een goede vader luistert eerst naar zijn dochter"] : [])
            })
        _ = state.reduce(.command(.promptDeck))
        return state
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func anEarlierStatementIsACardWithItsOrigin(size: TerminalSize) {
        var state = earlier(size)
        // The last row of the deck: after the cards and the block's questions.
        for _ in 0..<40 { _ = state.reduce(.command(.moveDown)) }
        check(state, "live-statement-card-\(size)-nl")
        let text = Renderer.render(state).text
        #expect(text.contains("[ ] Een goede vader"))
        #expect(text.contains("Eigen stelling van de groep, uit bijeenkomst 1"))
        // Not ticked: it counts as used where it was phrased.
        #expect(state.reduce(.command(.toggle)) == [])
        #expect(state.status == .live(.statementNotMarked(meeting: 1)))
    }
}

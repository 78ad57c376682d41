import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The deck's line for a statement a participant phrased, and the series' own statements
/// listed in the deck once stored, at 80x24, 60x16 and 120x40.
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
        #expect(Renderer.render(state).text.contains("Eigen stelling van de groep: Mannen huilen niet"))
        _ = state.reduce(.command(.undo))
        // The deck no longer lists it; only the status line names what was undone.
        #expect(!Renderer.render(state).text.contains("Eigen stelling van de groep: Mannen huilen niet"))
    }

    @Test func inEnglish() {
        var state = deck(TerminalSize(width: 80, height: 24), language: .en)
        _ = state.reduce(.command(.confirm))
        #expect(Renderer.render(state).text.contains("The group's own statement: Mannen huilen niet"))
    }
}

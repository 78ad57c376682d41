import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// A method page in the bibliotheek shows whose each block and question is: ◆ the
/// organisation's own, with its lines, and ◇ dialoog's proposal (# and o in ASCII).
@Suite("Provenance snapshots")
struct ProvenanceSnapshotTests {
    /// HTIB's page, scrolled down until a block of the organisation's own is on screen.
    static func htibAgenda(_ size: TerminalSize, ascii: Bool = false, language: Language = .nl) -> AppState {
        var state = Fixtures.libraryState(size: size, language: language)
        state.asciiOnly = ascii
        for command in [Command.moveDown, .moveDown, .open] { _ = state.reduce(.command(command)) }
        state = laidOut(state)
        let own = language == .nl ? "eigen werkwijze HTIB (001:" : "HTIB's own practice (001:"
        for _ in 0..<300 where !Renderer.render(state).text.contains(own) {
            _ = state.reduce(.command(.moveDown))
            state = laidOut(state)
        }
        return state
    }

    static func laidOut(_ state: AppState) -> AppState {
        var state = state
        if let laid = LibraryScreen.pageLayout(state) {
            _ = state.reduce(.pageLaidOut(lines: laid.lines, focusLine: laid.focusLine))
        }
        return state
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)])
    func aMethodPageMarksWhoseEachBlockAndQuestionIs(size: TerminalSize) {
        let state = Self.htibAgenda(size)
        check(state, "provenance-method-htib-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("◆ ") && text.contains("◇ "))
        #expect(text.contains("eigen werkwijze HTIB (001:"))
        #expect(text.contains("voorstel van dialoog"))
    }

    @Test func inASCIIAndEnglishTheMarksAndWordsChange() {
        let state = Self.htibAgenda(TerminalSize(width: 80, height: 24), ascii: true, language: .en)
        check(state, "provenance-method-htib-ascii-80x24-en")
        let text = Renderer.render(state).text
        #expect(!text.contains("◆") && !text.contains("◇"))
        #expect(text.contains("HTIB's own practice (001:"))
        #expect(text.contains("dialoog's proposal"))
    }
}

import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// The bibliotheek as a user sees it, on the shipped content, at 80x24 and 60x16.
@Suite("Bibliotheek snapshots")
struct LibrarySnapshotTests {
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)]

    /// The shared `check`, after the run loop's step of laying out an open page.
    func check(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var state = state
        if let laid = LibraryScreen.pageLayout(state) {
            _ = state.reduce(.pageLaidOut(lines: laid.lines, focusLine: laid.focusLine))
        }
        DialoogTestSupport.check(state, name, sourceLocation: sourceLocation)
    }

    func on(_ size: TerminalSize, _ language: Language = .nl, _ commands: [Command] = [], typing: String? = nil)
        -> AppState
    {
        var state = Fixtures.libraryState(size: size, language: language)
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    @Test(arguments: sizes, Language.allCases)
    func methodsList(size: TerminalSize, language: Language) {
        check(on(size, language), "library-methods-\(size)-\(language.rawValue)")
    }

    @Test(arguments: sizes)
    func methodPage(size: TerminalSize) {
        check(on(size, .nl, [.moveDown, .moveDown, .open]), "library-method-htib-\(size)")
    }

    @Test func methodPageFurtherDownShowsTheMeetings() {
        var state = on(TerminalSize(width: 80, height: 24), .nl, [.moveDown, .moveDown, .open])
        _ = state.reduce(.pageLaidOut(lines: LibraryScreen.pageLayout(state)?.lines ?? 0))
        for _ in 0..<60 { _ = state.reduce(.command(.moveDown)) }
        check(state, "library-method-htib-scrolled-80x24")
    }

    @Test(arguments: sizes)
    func themesList(size: TerminalSize) {
        check(on(size, .nl, [.nextTab]), "library-themes-\(size)")
    }

    @Test func themesListInASCIIHasItsOwnMarkers() {
        var state = on(TerminalSize(width: 80, height: 24), .nl, [.nextTab])
        state.asciiOnly = true
        check(state, "library-themes-ascii-80x24")
        let text = Renderer.render(state).text
        #expect(text.contains("* Opvoeding") && text.contains("^ Achterlating"))
    }

    @Test(arguments: sizes)
    func themePage(size: TerminalSize) {
        check(on(size, .nl, [.nextTab, .open]), "library-theme-page-\(size)")
    }

    @Test func themePageFurtherDownListsThePromptsWithTheirGroups() {
        var state = on(TerminalSize(width: 80, height: 24), .nl, [.nextTab, .moveDown, .moveDown, .open])
        _ = state.reduce(.pageLaidOut(lines: LibraryScreen.pageLayout(state)?.lines ?? 0))
        for _ in 0..<22 { _ = state.reduce(.command(.moveDown)) }
        check(state, "library-theme-page-prompts-80x24")
        #expect(Renderer.render(state).text.contains("(ouders"))
    }

    @Test func aProblemInTheContentStaysOnTheStatusLine() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 2))
        _ = state.reduce(.command(.moveDown))
        #expect(state.status == nil)
        #expect(Renderer.render(state).text.contains("Bibliotheek · 2 problemen in de inhoud: draai dialoog check"))
    }

    @Test(arguments: sizes)
    func helpList(size: TerminalSize) {
        check(on(size, .nl, [.nextTab, .nextTab]), "library-help-\(size)")
    }

    @Test(arguments: sizes)
    func aHelpPageFlagsAnOldCheckDate(size: TerminalSize) {
        let state = on(size, .nl, [.nextTab, .nextTab, .moveDown, .open])
        check(state, "library-help-page-\(size)")
        #expect(Renderer.render(state).text.contains("ouder dan 12 maanden"))
    }

    @Test func theAcuteLineIsTheFirstHelpEntry() {
        let text = Renderer.render(on(TerminalSize(width: 80, height: 24), .nl, [.nextTab, .nextTab])).text
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows[3].contains("112"))
    }

    @Test(arguments: sizes)
    func searchResults(size: TerminalSize) {
        check(on(size, .nl, [.search], typing: "eer"), "library-search-\(size)")
    }

    @Test func searchWithoutResults() {
        check(on(TerminalSize(width: 80, height: 24), .en, [.search], typing: "xyzzy"), "library-search-none-80x24-en")
    }

    @Test func whileReading() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openLibrary))
        check(state, "library-loading-80x24")
    }
}

/// The local help form over the bibliotheek, Dutch and English, at 80x24 and 60x16.
@Suite("Local help form snapshots")
struct LocalHelpSnapshotTests {
    @Test(arguments: LibrarySnapshotTests.sizes, Language.allCases)
    func newLocalEntry(size: TerminalSize, language: Language) {
        var state = Fixtures.libraryState(size: size, language: language)
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.newLocalHelp))
        _ = state.reduce(.insertText("Buurtteam Noordwest"))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Praktische hulp en een luisterend oor; kan doorverwijzen naar zorg."))
        for _ in 0..<3 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.insertText("030 123"))
        check(state, "local-help-\(size)-\(language)")
    }

    @Test(arguments: Language.allCases)
    func aPhoneThatIsNotANumber(language: Language) {
        var state = Fixtures.libraryState(size: TerminalSize(width: 80, height: 24), language: language)
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.newLocalHelp))
        _ = state.reduce(.insertText("Buurtteam"))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Hulp."))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Inwoners."))
        for _ in 0..<2 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.insertText("ongeveer 030"))
        for _ in 0..<8 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.command(.confirm))
        check(state, "local-help-bad-phone-80x24-\(language)")
    }

    @Test func escAsksBeforeThrowingAwayInEnglishAt60x16() {
        var state = Fixtures.libraryState(size: TerminalSize(width: 60, height: 16), language: .en)
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.newLocalHelp))
        _ = state.reduce(.insertText("Buurtteam"))
        _ = state.reduce(.command(.closeOverlay))
        check(state, "local-help-discard-60x16-en")
    }
}

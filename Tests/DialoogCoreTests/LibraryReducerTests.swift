import DialoogCore
import DialoogTestSupport
import Testing

/// Moving through the bibliotheek: tabs, pages, search, and the way back.
@Suite("Bibliotheek navigation")
struct LibraryReducerTests {
    @Test func theFirstOpenReadsTheContentAndLaterOpensDoNot() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.openLibrary)) == [.loadLibrary])
        #expect(state.screen == .library && state.inputMode == .library)
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
        #expect(state.reduce(.command(.openLibrary)) == [])
        #expect(state.screen == .library)
    }

    @Test func problemsInTheContentAreSaidOnTheStatusLine() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openLibrary))
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 3))
        #expect(state.status == .libraryProblems(3))
        _ = state.reduce(.libraryFailed(.unexpected("geen map")))
        #expect(state.status == .libraryFailed(.unexpected("geen map")))
        #expect(state.screen == .start)
    }

    @Test func tabsCycleBothWaysAndKeepTheirOwnSelection() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextTab))
        #expect(state.libraryState.tab == .themes)
        #expect(state.libraryState.currentSelection == 0)
        _ = state.reduce(.command(.previousTab))
        #expect(state.libraryState.tab == .methods)
        #expect(state.libraryState.currentSelection == 2)
        _ = state.reduce(.command(.previousTab))
        #expect(state.libraryState.tab == .glossary)
    }

    @Test func enterOpensTheRowAndEscapeGoesBackOneStep() {
        var state = Fixtures.libraryState()
        let rows = state.libraryState.rows(in: Fixtures.shipped.library)
        #expect(rows.first == .commonBase)
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.open))
        #expect(state.libraryState.page == rows[1])
        #expect(state.inputMode == .libraryPage)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.page == nil && state.screen == .library)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
    }

    @Test func aPageScrollsNoFurtherThanItsEnd() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.open))
        _ = state.reduce(.pageLaidOut(lines: 30))
        let body = AppState.libraryBodyRows(in: state.size)
        for _ in 0..<50 { _ = state.reduce(.command(.moveDown)) }
        #expect(state.libraryState.scroll == 30 - body)
        _ = state.reduce(.command(.moveFirst))
        #expect(state.libraryState.scroll == 0)
        _ = state.reduce(.command(.moveLast))
        #expect(state.libraryState.scroll == 30 - body)
        // A wider window makes the page shorter: the scroll follows.
        _ = state.reduce(.pageLaidOut(lines: body + 2))
        #expect(state.libraryState.scroll == 2)
    }

    @Test func theSearchIsEditedWhereTheCursorIs() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("huwelijksdwan"))
        _ = state.reduce(.command(.wordLeft))
        _ = state.reduce(.command(.deleteForward))
        _ = state.reduce(.command(.cursorToEnd))
        _ = state.reduce(.insertText("g"))
        #expect(state.libraryState.query == "uwelijksdwang")
        _ = state.reduce(.command(.deleteToStart))
        #expect(state.libraryState.query == "")
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.libraryState.query == nil && !state.libraryState.typing)
    }

    @Test func typingSearchesAsYouGoArrowsChooseAndEnterOpens() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        #expect(state.inputMode == .librarySearch)
        _ = state.reduce(.insertText("huwelijks"))
        _ = state.reduce(.insertText("dwang"))
        let rows = state.libraryState.rows(in: Fixtures.shipped.library)
        guard let theme = rows.firstIndex(of: .theme("huwelijksdwang")) else {
            Issue.record("no result for the theme")
            return
        }
        for _ in 0..<theme { _ = state.reduce(.command(.moveDown)) }
        #expect(state.inputMode == .librarySearch)
        _ = state.reduce(.command(.submit))
        #expect(state.libraryState.page == .theme("huwelijksdwang"))
        _ = state.reduce(.command(.closeOverlay))
        // Back on the results; Esc then leaves the search, not the bibliotheek.
        #expect(state.libraryState.query == "huwelijksdwang" && state.inputMode == .library)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.query == nil && state.screen == .library)
    }

    @Test func aPromptFromTheResultsOpensItsThemeScrolledToIt() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("twee keer ja"))
        _ = state.reduce(.command(.submit))
        #expect(state.libraryState.page == .theme("huwelijksdwang"))
        #expect(state.libraryState.focus == "huwelijksdwang-stelling-1")
        _ = state.reduce(.pageLaidOut(lines: 80, focusLine: 30))
        #expect(state.libraryState.scroll == 29 && state.libraryState.focus == nil)
    }

    @Test func slashStartsAFreshSearchAndTabLeavesTheResults() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("eer"))
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("eer"))
        _ = state.reduce(.command(.submit))
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.search))
        #expect(state.libraryState.query == "")
        _ = state.reduce(.command(.submit))
        #expect(state.libraryState.query == nil)
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("eer"))
        _ = state.reduce(.command(.submit))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.query == "eer" && state.inputMode == .library)
        _ = state.reduce(.command(.nextTab))
        #expect(state.libraryState.query == nil && state.libraryState.tab == .themes)
    }

    @Test func escapeWhileTypingCancelsAndBackspaceOnAnEmptyQueryLeaves() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("ee"))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.libraryState.query == "e")
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.query == nil && state.inputMode == .library)
        _ = state.reduce(.command(.search))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.inputMode == .library && state.libraryState.query == nil)
    }

    @Test func aPromptHitOpensItsTheme() {
        let library = Fixtures.shipped.library
        let hit = library.search("opvoeding-stelling-1").first { $0.kind == .prompt }
        #expect(hit.map { LibraryState.page(for: $0, in: library) } == .theme("opvoeding"))
        let closing = library.search("afsluiting-1").first { $0.id == "afsluiting-1" }
        #expect(closing.map { LibraryState.page(for: $0, in: library) } == .meetingPrompts(.afsluiting))
    }

    @Test func searchWordsAlsoMatchAPromptsKindTemperatureAndGroups() {
        let hits = Fixtures.shipped.library.search("stelling ouders koud")
        #expect(hits.count >= 10)
        for hit in hits {
            let prompt = Fixtures.shipped.library.prompt(hit.id)
            #expect(prompt?.kind == .stelling && prompt?.temperature == .koud)
            // "ouders" as a group, or as a word of the text itself.
            #expect(prompt.map { $0.groups.contains(.ouders) || $0.text.lowercased().contains("ouders") } == true)
        }
    }
}

/// A passage from the search results opens its method's page at its place.
@Suite("Library passages")
struct LibraryPassageReducerTests {
    @Test func aRuleFromTheResultsOpensTheMethodAtIt() throws {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("de piramide"))
        let rows = try #require(state.library).search("de piramide")
        let index = try #require(rows.firstIndex { $0.passage?.section == .rules })
        for _ in 0..<index { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.submit))
        #expect(state.libraryState.page == .method("gesprek-in-vrijheid"))
        #expect(state.libraryState.anchors.last?.hasPrefix("Begin breed") == true)
        _ = state.reduce(.pageLaidOut(lines: 200, focusLine: 120))
        #expect(state.libraryState.scroll == 119 && state.libraryState.anchors.isEmpty)
    }

    @Test func aCommonBasePassageOpensTheCommonBase() throws {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("spelregels"))
        let rows = try #require(state.library).search("spelregels")
        let index = try #require(rows.firstIndex { $0.kind == .passage && $0.passage?.method == nil })
        for _ in 0..<index { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.submit))
        #expect(state.libraryState.page == .commonBase)
        #expect(!state.libraryState.anchors.isEmpty)
    }
}

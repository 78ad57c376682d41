import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The screens as a user sees them, at 80x24 and at the narrowest size, in Dutch and English.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)]

    func state(_ series: [SeriesOverview], _ size: TerminalSize, _ language: Language) -> AppState {
        var state = Fixtures.state(series: series, size: size)
        state.language = language
        state.helpLength = Renderer.helpLengths()
        return state
    }

    @Test(arguments: sizes, Language.allCases)
    func startEmpty(size: TerminalSize, language: Language) {
        check(state([], size, language), "start-empty-\(size)-\(language.rawValue)")
    }

    @Test(arguments: sizes, Language.allCases)
    func startWithSeries(size: TerminalSize, language: Language) {
        check(state(Fixtures.sampleSeries, size, language), "start-series-\(size)-\(language.rawValue)")
    }

    @Test func startWithSeriesWide() {
        check(state(Fixtures.sampleSeries, TerminalSize(width: 120, height: 30), .nl), "start-series-120x30-nl")
    }

    @Test func selectionMovesThePointer() {
        var state = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .nl)
        _ = state.reduce(.command(.moveDown))
        let screen = Renderer.render(state)
        let rows = screen.text.split(separator: "\n").map(String.init)
        let pointed = rows.filter { $0.contains("▶") }
        #expect(pointed.count == 1)
        #expect(pointed.first?.contains("Vrouwengroep Schilderswijk") == true)
        #expect(screen[3, rows.firstIndex(of: pointed[0])!].style == .selected)
    }

    @Test func demoSeriesAreMarkedInBothListsOfTheStartScreen() {
        var series = Fixtures.sampleSeries
        series[0].series.demo = true
        let rows = Renderer.render(state(series, TerminalSize(width: 80, height: 24), .nl)).text
            .split(separator: "\n").map(String.init)
        let named = rows.filter { $0.contains("Ouders Kanaleneiland") }
        #expect(named.count == 2, "the upcoming meeting and the series row")
        #expect(named.allSatisfy { $0.contains("Ouders Kanaleneiland DEMO") })
        #expect(rows.filter { $0.contains("DEMO") }.count == 2, "real series carry no mark")
    }

    @Test func aLongListScrollsToKeepTheSelectionVisible() {
        let many = (1...40).map { Fixtures.overview("Groep \($0)", next: nil) }
        var state = state(many, TerminalSize(width: 60, height: 16), .nl)
        _ = state.reduce(.command(.moveLast))
        let text = Renderer.render(state).text
        #expect(text.contains("▶ Groep 40"))
        #expect(!text.contains("Groep 1 "))
    }

    @Test(arguments: sizes, Language.allCases)
    func help(size: TerminalSize, language: Language) {
        var state = state([], size, language)
        _ = state.reduce(.command(.help))
        check(state, "help-\(size)-\(language.rawValue)")
    }

    @Test func helpScrolledToItsEnd() {
        var state = state([], TerminalSize(width: 60, height: 16), .nl)
        _ = state.reduce(.command(.help))
        _ = state.reduce(.command(.moveLast))
        check(state, "help-end-60x16-nl")
    }

    @Test func commandLineWhileTyping() {
        var state = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .nl)
        _ = state.reduce(.command(.openCommandLine))
        for c in "theme li" { _ = state.reduce(.insertText(String(c))) }
        check(state, "command-line-80x24-nl")
    }

    @Test func statusAfterAnUnknownCommand() {
        var state = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .en)
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("wq"))
        _ = state.reduce(.command(.submit))
        let rows = Renderer.render(state).text.split(separator: "\n")
        #expect(rows[22].hasPrefix(" Unknown command ':wq'. Type :help to see what works."))
    }

    @Test(arguments: [
        TerminalSize(width: 59, height: 24), TerminalSize(width: 50, height: 12), TerminalSize(width: 20, height: 5),
    ])
    func tooSmall(size: TerminalSize) {
        let screen = Renderer.render(state(Fixtures.sampleSeries, size, .nl))
        let text = screen.text
        #expect(text.contains("klein"))
        #expect(!text.contains("SERIES"))
        check(state(Fixtures.sampleSeries, size, .nl), "too-small-\(size)-nl")
    }

    @Test func asciiTerminal() {
        var state = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .nl)
        state.asciiOnly = true
        let screen = Renderer.render(state)
        #expect(screen.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
        check(state, "start-series-80x24-nl-ascii")
    }

    @Test(arguments: Language.allCases)
    func theNotUTF8AdviceFitsTheNarrowestScreen(language: Language) {
        var state = state([], TerminalSize(width: 60, height: 16), language)
        state.asciiOnly = true
        state.status = .terminalNotUTF8
        let statusRow = Renderer.render(state).text.split(separator: "\n")[14]
        #expect(statusRow.contains("UTF-8."), "the advice is cut off: \(statusRow)")
    }

    @Test func themesDoNotChangeTheText() {
        var dark = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .nl)
        var mono = dark
        dark.theme = .dark
        mono.theme = .mono
        #expect(Renderer.render(dark) == Renderer.render(mono))
    }

    @Test func theClockIsTheOnlyThingATickChanges() {
        let before = state(Fixtures.sampleSeries, TerminalSize(width: 80, height: 24), .nl)
        var after = before
        _ = after.reduce(.tick(Fixtures.date("2026-12-01T19:31")))
        let changes = Renderer.render(after).changes(since: Renderer.render(before))
        #expect(changes.count == 1)
        #expect(changes.first?.y == 0)
        #expect(changes.first?.cells.map(\.text).joined() == "1")
    }
}

@Suite("Palette")
struct PaletteTests {
    @Test func monochromeUsesNoColours() {
        for style in Style.allCases {
            let look = Palette.look(style, in: .mono)
            #expect(look.foreground == .terminalDefault && look.background == .terminalDefault)
        }
    }

    @Test func theSelectionStandsOutInEveryTheme() {
        for theme in ThemeName.allCases {
            #expect(Palette.look(.selected, in: theme) != Palette.look(.normal, in: theme))
            #expect(Palette.look(.key, in: theme) != Palette.look(.normal, in: theme))
        }
    }

    @Test func theLightThemePaintsItsOwnPaper() {
        // The selection, and the green cells that stand in for green text, colour their cell.
        let coloured: Set<Style> = [.selected, .accent, .lukewarm]
        for style in Style.allCases {
            #expect((Palette.look(style, in: .light).background == .white) == !coloured.contains(style), "\(style)")
        }
    }
}

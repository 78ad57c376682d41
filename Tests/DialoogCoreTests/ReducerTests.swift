import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

@Suite("Reducer: start screen")
struct StartReducerTests {
    let three = [
        Fixtures.overview("A", next: "2026-12-02T19:00"),
        Fixtures.overview("B", next: "2026-12-03T19:00"),
        Fixtures.overview("C", next: "2026-12-04T19:00"),
    ]

    @Test func launchingLoadsTheSeriesAndResumesARunningMeeting() {
        var state = AppState(now: Fixtures.now, size: .init(width: 80, height: 24), databasePath: "x")
        #expect(state.reduce(.launched) == [.loadSeries, .loadFollowUps, .openLive(.resume)])
        #expect(!state.seriesLoaded)
    }

    @Test func launchingForDialoogRunOpensThatMeeting() {
        var state = AppState(now: Fixtures.now, size: .init(width: 80, height: 24), databasePath: "x")
        state.launchLive = .meeting(id: "m")
        #expect(state.reduce(.launched) == [.loadSeries, .loadFollowUps, .openLive(.meeting(id: "m"))])
    }

    @Test func rOnTheStartScreenOpensTheSelectedSeriesMeeting() {
        var state = Fixtures.state(series: three)
        _ = state.reduce(.command(.moveDown))
        #expect(state.reduce(.command(.runMeeting)) == [.openLive(.series(id: three[1].id))])
    }

    @Test func movingDownAndUpStopsAtTheEnds() {
        var state = Fixtures.state(series: three)
        for _ in 0..<5 { _ = state.reduce(.command(.moveDown)) }
        #expect(state.selection == 2)
        for _ in 0..<5 { _ = state.reduce(.command(.moveUp)) }
        #expect(state.selection == 0)
        _ = state.reduce(.command(.moveLast))
        #expect(state.selectedSeries?.series.name == "C")
        _ = state.reduce(.command(.moveFirst))
        #expect(state.selectedSeries?.series.name == "A")
    }

    @Test func movingInAnEmptyListStaysAtZero() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.pageDown))
        #expect(state.selection == 0)
        #expect(state.selectedSeries == nil)
    }

    @Test func quitAsksTheLoopToStop() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.quit)) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func reloadingKeepsTheSameSeriesSelected() {
        var state = Fixtures.state(series: three)
        _ = state.reduce(.command(.moveDown))  // B
        let earlier = Fixtures.overview("Earlier", next: "2026-12-01T20:00")
        _ = state.reduce(.seriesLoaded(three + [earlier]))
        #expect(state.selectedSeries?.series.name == "B")
        #expect(state.series.first?.series.name == "Earlier")
    }

    @Test func aShrinkingListPullsTheSelectionBack() {
        var state = Fixtures.state(series: three)
        _ = state.reduce(.command(.moveLast))
        _ = state.reduce(.seriesLoaded([three[0]]))
        #expect(state.selection == 0)
    }

    @Test func aTickOnlyMovesTheClock() {
        var state = Fixtures.state(series: three)
        let later = Fixtures.date("2026-12-01T19:31")
        var expected = state
        expected.now = later
        #expect(state.reduce(.tick(later)) == [])
        #expect(state == expected)
    }

    @Test func ctrlLAsksForAFullRepaint() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.redraw)) == [.redrawAll])
    }

    @Test func aFailedLoadSaysSoOnTheStatusLine() {
        var state = AppState(now: Fixtures.now, size: .init(width: 80, height: 24), databasePath: "x")
        _ = state.reduce(.loadFailed(.unexpected("disk I/O error")))
        #expect(state.status == .loadFailed(.unexpected("disk I/O error")))
        #expect(state.seriesLoaded)
    }

    @Test func theNextKeyClearsTheStatus() {
        var state = Fixtures.state(series: three)
        state.status = .themeChanged(.light)
        _ = state.reduce(.command(.moveDown))
        #expect(state.status == nil)
    }
}

@Suite("Reducer: help overlay")
struct HelpReducerTests {
    @Test func questionMarkOpensAndClosesTheHelp() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.help))
        #expect(state.overlay == .help(offset: 0))
        #expect(state.inputMode == .help)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.overlay == nil)
        #expect(state.inputMode == .start)
    }

    @Test func scrollingStopsAtTheEndOfTheHelp() {
        // 30 lines of help in a 24-row window with 19 visible rows: 11 lines to scroll.
        var state = Fixtures.state()
        _ = state.reduce(.command(.help))
        for _ in 0..<50 { _ = state.reduce(.command(.moveDown)) }
        #expect(state.overlay == .help(offset: 11))
        _ = state.reduce(.command(.moveUp))
        #expect(state.overlay == .help(offset: 10))
        _ = state.reduce(.command(.moveFirst))
        #expect(state.overlay == .help(offset: 0))
    }

    @Test func keysInTheHelpDoNotMoveTheListBehindIt() {
        var state = Fixtures.state(series: [Fixtures.overview("A", next: nil), Fixtures.overview("B", next: nil)])
        _ = state.reduce(.command(.help))
        _ = state.reduce(.command(.moveDown))
        #expect(state.selection == 0)
    }
}

@Suite("Reducer: command line")
struct CommandLineReducerTests {
    func typing(_ text: String, into state: inout AppState) -> [Effect] {
        _ = state.reduce(.command(.openCommandLine))
        for character in text { _ = state.reduce(.insertText(String(character))) }
        return state.reduce(.command(.submit))
    }

    @Test func colonOpensAnEmptyCommandLine() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        #expect(state.overlay == .commandLine(TextField()))
        #expect(state.inputMode == .commandLine)
    }

    @Test func themeChangesTheColoursAndRepaints() {
        var state = Fixtures.state()
        #expect(typing("theme light", into: &state) == [.redrawAll, .savePreferences(Preferences(theme: .light))])
        #expect(state.theme == .light)
        #expect(state.status == .themeChanged(.light))
        #expect(state.overlay == nil)
        _ = typing("thema mono", into: &state)
        #expect(state.theme == .mono)
    }

    @Test func qQuits() {
        var state = Fixtures.state()
        #expect(typing("q", into: &state) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func helpOpensTheHelp() {
        var state = Fixtures.state()
        _ = typing("help", into: &state)
        #expect(state.overlay == .help(offset: 0))
    }

    @Test func anUnknownCommandIsNamedAndNothingElseChanges() {
        var state = Fixtures.state()
        let before = state
        #expect(typing("frobnicate now", into: &state) == [])
        #expect(state.status == .unknownCommand("frobnicate"))
        state.status = nil
        #expect(state == before)
    }

    @Test func anUnknownThemeKeepsTheOldOne() {
        var state = Fixtures.state()
        _ = typing("theme purple", into: &state)
        #expect(state.theme == .dark)
        #expect(state.status == .unknownTheme("purple"))
    }

    @Test func languageCanBeSwitched() {
        var state = Fixtures.state()
        _ = typing("taal en", into: &state)
        #expect(state.language == .en)
        _ = typing("lang xx", into: &state)
        #expect(state.language == .en)
        #expect(state.status == .unknownLanguage("xx"))
    }

    @Test func backspaceErasesAndLeavesWhenEmpty() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("q"))
        _ = state.reduce(.insertText("x"))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.overlay == .commandLine(TextField("q")))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.overlay == .commandLine(TextField()))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.overlay == nil)
    }

    @Test func theCommandLineIsEditedWhereTheCursorIs() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("heme lichtx"))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.command(.cursorToStart))
        _ = state.reduce(.insertText("t"))
        _ = state.reduce(.command(.wordRight))
        _ = state.reduce(.command(.deleteToEnd))
        _ = state.reduce(.insertText(" mono"))
        #expect(state.overlay == .commandLine(TextField("theme mono")))
        _ = state.reduce(.command(.submit))
        #expect(state.theme == .mono)
    }

    @Test func escapeCancelsWithoutRunning() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("q"))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.overlay == nil)
        #expect(!state.isQuitting)
    }

    @Test func anEmptyLineDoesNothing() {
        var state = Fixtures.state()
        let before = state
        #expect(typing("   ", into: &state) == [])
        #expect(state == before)
    }

    @Test func typedTextOutsideTheCommandLineIsIgnored() {
        var state = Fixtures.state()
        let before = state
        _ = state.reduce(.insertText("q"))
        #expect(state == before)
    }
}

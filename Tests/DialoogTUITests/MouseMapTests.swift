import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// The mouse gives the actions the arrow keys would: a click on a list row moves the cursor
/// there, the wheel scrolls.
@Suite("Mouse")
struct MouseMapTests {
    func click(_ state: inout AppState, onRowContaining text: String) -> [Action] {
        let screen = Renderer.render(state)
        let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let y = rows.lastIndex(where: { $0.contains(text) }) else {
            Issue.record("no row with \(text)")
            return []
        }
        let actions = MouseMap.actions(for: MouseEvent(.press, x: 10, y: y), on: screen, mode: state.inputMode)
        for action in actions { _ = state.reduce(action) }
        return actions
    }

    @Test func aClickOnTheStartScreenChoosesThatSeries() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        let target = String(state.series[2].series.name.prefix(15))
        #expect(click(&state, onRowContaining: target) == [.command(.moveDown), .command(.moveDown)])
        #expect(state.selection == 2)
        let first = state.series[0].series.name
        #expect(click(&state, onRowContaining: first) == [.command(.moveUp), .command(.moveUp)])
        #expect(state.selection == 0)
    }

    @Test func aClickOnTheSelectedRowOrOutsideTheListDoesNothing() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        let screen = Renderer.render(state)
        #expect(MouseMap.actions(for: MouseEvent(.press, x: 3, y: 0), on: screen, mode: .start).isEmpty)
        #expect(MouseMap.actions(for: MouseEvent(.press, x: 300, y: 300), on: screen, mode: .start).isEmpty)
        #expect(click(&state, onRowContaining: state.series[0].series.name).isEmpty)
    }

    @Test func theWheelOrAClickNeverLiftsThePrivacyScreenOnlyAKeyDoes() {
        let state = Fixtures.state(series: Fixtures.sampleSeries)
        let screen = Renderer.render(state)
        for kind in [MouseEvent.Kind.wheelUp, .wheelDown, .press] {
            #expect(MouseMap.actions(for: MouseEvent(kind, x: 10, y: 5), on: screen, mode: .privacy).isEmpty)
        }
        #expect(Keymap.standard.action(for: .character("x"), in: .privacy) == .command(.closeOverlay))
    }

    @Test func aClickOnASearchResultChoosesIt() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("piramide"))
        _ = state.reduce(.command(.submit))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .library)
        let actions = click(&state, onRowContaining: "De piramide  SMN")
        #expect(!actions.isEmpty)
        let hits = state.library?.search("piramide") ?? []
        #expect(hits[state.libraryState.resultSelection].title == "De piramide")
    }

    @Test func theWheelMovesARowInAListAndThreeLinesOnAPage() {
        let state = Fixtures.libraryState()
        let list = Renderer.render(state)
        #expect(
            MouseMap.actions(for: MouseEvent(.wheelDown, x: 5, y: 5), on: list, mode: .library) == [.command(.moveDown)]
        )
        var page = state
        _ = page.reduce(.command(.open))
        let screen = Renderer.render(page)
        #expect(
            MouseMap.actions(for: MouseEvent(.wheelUp, x: 5, y: 5), on: screen, mode: page.inputMode)
                == Array(repeating: .command(.moveUp), count: 3))
    }

    @Test func aPanelOverTheListCoversItsRows() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        _ = state.reduce(.command(.help))
        let screen = Renderer.render(state)
        #expect(screen.rows.isEmpty)
    }

    @Test func aClickInThePlannerChoosesABlockOfTheMeetingInFocus() {
        var state = Fixtures.plannerState()
        let blocks = state.plannerState.plan?.meetings.first?.blocks ?? []
        #expect(blocks.count > 2)
        let screen = Renderer.render(state)
        let target = screen.rows.first { $0.steps == 2 }
        #expect(target != nil)
        for action in MouseMap.actions(
            for: MouseEvent(.press, x: target?.x.lowerBound ?? 0, y: target?.y ?? 0), on: screen, mode: state.inputMode)
        {
            _ = state.reduce(action)
        }
        #expect(state.plannerState.block == 2)
    }

    @Test func terminalBackgroundsChooseTheTheme() {
        #expect(TerminalBackground.theme(colorFGBG: "0;15") == .light)
        #expect(TerminalBackground.theme(colorFGBG: "15;0") == .dark)
        #expect(TerminalBackground.theme(colorFGBG: "0;default;7") == .light)
        #expect(TerminalBackground.theme(colorFGBG: "7;8") == .dark)
        #expect(TerminalBackground.theme(colorFGBG: "15;default") == nil)
        #expect(TerminalBackground.theme(colorFGBG: "") == nil)
        #expect(TerminalBackground.theme(colorFGBG: nil) == nil)
        #expect(TerminalBackground.theme(colorFGBG: "0;99") == nil)
        #expect(TerminalBackground.theme(colorFGBG: ";;;") == nil)
    }

    @Test func osc11RepliesChooseTheTheme() {
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\") == .light)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:0000/0000/0000\u{07}") == .dark)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:fd/f6/e3\u{07}") == .light)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:2e2e/3434/3636\u{1B}\\") == .dark)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgba:ffff/ffff/ffff/ffff\u{07}") == .light)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:zzzz/0000/0000\u{07}") == nil)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:ffff/ffff\u{07}") == nil)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]11;rgb:fffff/0/0\u{07}") == nil)
        #expect(TerminalBackground.theme(osc11Reply: "\u{1B}]10;rgb:ffff/ffff/ffff\u{07}") == nil)
        #expect(TerminalBackground.theme(osc11Reply: "") == nil)
    }
}

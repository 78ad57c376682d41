import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// The planner on wide and small screens: the block panel a tall screen has room for, block
/// titles at 80 columns, questions that wrap at 60x16 and the help that fits every size.
@Suite("Planner snapshots: wide and small screens")
struct PlannerFitSnapshotTests {
    static let plan = Fixtures.plan()
    static let wide = TerminalSize(width: 120, height: 40)
    static let small = TerminalSize(width: 60, height: 16)

    func planner(_ size: TerminalSize, _ commands: [Command] = [], plan: SeriesPlan = Self.plan) -> AppState {
        var state = Fixtures.plannerState(plan, size: size)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// The screen's rows from the block panel's heading down to the status line, cut to the
    /// columns `from..<to`, as one text with the spaces of wrapping folded.
    func panelText(_ state: AppState, from: Int = 0, to: Int = .max) -> String {
        let rows = Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard let top = rows.firstIndex(where: { String($0).contains("Blok · Bijeenkomst") }) else { return "" }
        let lines = rows[(top + 1)..<(rows.count - 2)].map { row in
            String(row[min(from, row.count)..<min(to, row.count)])
        }
        return lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    // MARK: - The block panel

    @Test func aTallScreenShowsTheSelectedBlockWhole() {
        let state = planner(Self.wide)
        check(state, "planner-panel-120x40")
        let block = Self.plan.meetings[0].blocks[0]
        #expect(!block.guidance.isEmpty)
        // The left half holds the block and its guidance, every word of it.
        let left = panelText(state, to: 59)
        #expect(left.contains(block.title))
        #expect(left.contains(block.guidance.split(separator: " ").joined(separator: " ")))
        #expect(left.contains("19:30–19:40"))
    }

    @Test func thePanelFollowsTheSelection() {
        let blocks = Self.plan.meetings[0].blocks
        let index =
            blocks.indices.dropFirst().first { !blocks[$0].guidance.isEmpty && !blocks[$0].prompts.isEmpty } ?? 1
        let state = planner(Self.wide, Array(repeating: .moveDown, count: index))
        let left = panelText(state, to: 59)
        #expect(left.contains(blocks[index].guidance.split(separator: " ").joined(separator: " ")))
        #expect(!left.contains(blocks[0].guidance.split(separator: " ").joined(separator: " ")))
        // Its prompts, whole, in the right half.
        let right = panelText(state, from: 61)
        for id in blocks[index].prompts {
            let text = Fixtures.shipped.library.prompt(id)?.text ?? id
            #expect(right.contains(text.split(separator: " ").joined(separator: " ")))
        }
        // The next meeting's first block, once the cursor is there.
        let next = planner(Self.wide, [.nextMeeting])
        #expect(panelText(next, to: 59).contains(Self.plan.meetings[1].blocks[0].title))
        #expect(Renderer.render(next).text.contains("Blok · Bijeenkomst 2"))
    }

    @Test func aBlocksWarningIsInThePanelWithItsPrinciple() {
        var plan = Self.plan
        plan.meetings[0].blocks[3].theme = "huwelijksdwang"
        let state = planner(Self.wide, [.moveDown, .moveDown, .moveDown], plan: plan)
        check(state, "planner-panel-warning-120x40")
        let right = panelText(state, from: 61)
        #expect(right.contains("Let op"))
        #expect(
            right.contains("Huwelijksdwang in bijeenkomst 1 — De gevoeligste thema's niet in de eerste bijeenkomst"))
    }

    @Test func aShortScreenHasNoPanel() {
        #expect(!Renderer.render(planner(TerminalSize(width: 80, height: 24))).text.contains("Blok · Bijeenkomst"))
        #expect(!Renderer.render(planner(Self.small)).text.contains("Blok · Bijeenkomst"))
        #expect(Renderer.render(planner(TerminalSize(width: 80, height: 40))).text.contains("Blok · Bijeenkomst 1"))
    }

    // MARK: - Titles at 80 columns

    @Test func eightyColumnsGiveTheTitlesTheRoom() {
        let state = planner(TerminalSize(width: 80, height: 24), [.moveDown])
        let text = Renderer.render(state).text
        // Three meetings side by side: the start time leaves the agenda for the status line.
        #expect(text.contains("Spelregels afspreken"))
        #expect(text.contains(" 19:40–19:50 · Spelregels afspreken · "))
        #expect(!text.contains("▶19:40"))
    }

    // MARK: - Questions at 60x16

    @Test func aLongBlockTitleIsAskedAboutWhole() {
        var plan = Self.plan
        plan.meetings[0].blocks[1].title = "Spelregels afspreken met de hele groep en de tolk"
        let state = planner(Self.small, [.moveDown, .removeBlock], plan: plan)
        check(state, "planner-confirm-long-60x16")
        let text = Renderer.render(state).text
        #expect(text.contains("Blok ‘Spelregels afspreken met de hele groep en de tolk’"))
        #expect(text.contains("weghalen? j: ja · n: nee"))
    }

    @Test func erasingTheSeriesIsAskedWhole() {
        let state = planner(Self.small, [.eraseSeries])
        check(state, "planner-erase-60x16")
        let text = Renderer.render(state).text
        // Over two rows: the name (cut at 20 as on any screen), the warning and the keys.
        #expect(text.contains("Serie ‘Vrouwengroep Schild…’ verwijderen? Niet terug te"))
        #expect(text.contains("zetten. j: ja · n: nee"))
    }

    @Test func leavingAHalfFilledFormIsAskedWhole() {
        var state = Fixtures.state(size: Self.small)
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Vrouwengroep Schilderswijk"))
        _ = state.reduce(.command(.closeOverlay))
        check(state, "new-series-discard-60x16")
        let text = Renderer.render(state).text
        #expect(text.contains("Wat je invulde weggooien? Esc: ja; een andere toets: terug"))
        #expect(text.contains(" naar het formulier."))
    }

    // MARK: - The help

    @Test(arguments: [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 80, height: 40), Self.small, Self.wide,
    ])
    func theHelpMarksTheKeysOutOfView(size: TerminalSize) {
        var state = planner(size, [.help])
        check(state, "planner-help-\(size)")
        let lines = HelpOverlay.lines(for: .planner, keymap: .standard, language: .nl, ascii: false)
        let hidden = lines.count - AppState.helpVisibleRows(in: size)
        var text = Renderer.render(state).text
        #expect(text.contains("nog \(hidden) regels lager"))
        // The hint line stays on the last row.
        #expect(text.split(separator: "\n").last?.contains("Esc sluiten") == true)
        // At the end, the last key is in view and the mark points up.
        _ = state.reduce(.helpLaidOut(.planner, lines: HelpOverlay.lineCount(for: .planner, keymap: .standard)))
        _ = state.reduce(.command(.moveLast))
        text = Renderer.render(state).text
        #expect(text.contains("\(hidden) regels hoger"))
        #expect(!text.contains("lager"))
        if case .binding(_, let help) = lines.last {
            #expect(text.contains(String(help.prefix(20))))
        }
    }
}

import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// What `T`, `e`, own checklist items and `D` look like, at the three sizes a planner is used at.
@Suite("Planner snapshots: topic, details, checklist, erasing")
struct PlannerAdaptSnapshotTests {
    static let plan = Fixtures.plan(
        Fixtures.series(
            method: "kezban", name: "Vrouwen Oost", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ]

    func planner(_ size: TerminalSize, _ commands: [Command] = []) -> AppState {
        var state = Fixtures.plannerState(Self.plan, size: size)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test(arguments: sizes)
    func theTopicList(size: TerminalSize) {
        let state = planner(size, [.swapTopic])
        check(state, "planner-topic-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Eergerelateerd geweld"))
    }

    @Test(arguments: sizes)
    func theDetailsWithADuo(size: TerminalSize) {
        var state = planner(size, [.editSeries])
        for _ in 0..<4 { _ = state.reduce(.command(.nextField)) }
        check(state, "planner-details-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Gespreksleider 2"))
        #expect(text.contains("Fatma"))
    }

    @Test(arguments: sizes)
    func anOwnChecklistItemBeingTyped(size: TerminalSize) {
        var state = planner(size, [.checklist, .addChecklistItem])
        _ = state.reduce(.insertText("Tolk bevestigd"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.command(.addChecklistItem))
        _ = state.reduce(.insertText("Kinderopvang"))
        check(state, "planner-checklist-own-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Tolk bevestigd"))
        #expect(text.contains("0 van 8"))
    }

    @Test func erasingAsksNamingTheSeries() {
        let state = planner(TerminalSize(width: 80, height: 24), [.eraseSeries])
        check(state, "planner-erase-80x24")
        let text = Renderer.render(state).text
        #expect(text.contains("Vrouwen Oost"))
        #expect(text.contains("Niet terug te zetten. j: ja · n: nee"))
    }
}

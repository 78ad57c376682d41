import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// What the trainer sees when typing a number, when x asks, and after an undo.
@Suite("Planner snapshots: numbers, asking, undo")
struct PlannerUndoSnapshotTests {
    static let plan = Fixtures.plan()
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ]

    func planner(_ size: TerminalSize, _ commands: [Command], typing: String? = nil) -> AppState {
        var state = Fixtures.plannerState(Self.plan, size: size)
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    @Test(arguments: sizes)
    func typingABlocksMinutesSaysTheRange(size: TerminalSize) {
        let row = BlockEditor.fields.firstIndex(of: .minutes) ?? 0
        let state = planner(size, [.open] + Array(repeating: .moveDown, count: row) + [.edit], typing: "40")
        check(state, "planner-typing-minutes-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Typ een getal van 1 tot en met 240"))
    }

    @Test(arguments: sizes)
    func xAsksBeforeTheBlockGoes(size: TerminalSize) {
        let state = planner(size, [.moveDown, .removeBlock])
        check(state, "planner-confirm-remove-\(size)")
        let title = Self.plan.meetings[0].blocks[1].title
        // The question may be cut on a narrow screen, never its start.
        #expect(Renderer.render(state).text.contains("Blok ‘\(title.prefix(10))"))
    }

    @Test(arguments: sizes)
    func anUndoneRemovalSaysWhatCameBack(size: TerminalSize) {
        let state = planner(size, [.moveDown, .removeBlock, .confirm, .undo])
        check(state, "planner-undone-\(size)")
        #expect(Renderer.render(state).text.contains("Teruggezet: blok"))
    }
}

/// The new-series form reads a date back while it is typed, and marks every wrong field.
@Suite("New series snapshots: dates")
struct NewSeriesDateSnapshotTests {
    func form(_ size: TerminalSize) -> AppState {
        var state = Fixtures.state(size: size)
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        return state
    }

    func go(to field: NewSeriesForm.Field, in state: inout AppState) {
        for _ in 0..<20 where state.newSeries?.field != field { _ = state.reduce(.command(.nextField)) }
    }

    @Test(arguments: PlannerUndoSnapshotTests.sizes)
    func aDateIsReadBackWhileItIsTyped(size: TerminalSize) {
        var state = form(size)
        go(to: .date(1), in: &state)
        _ = state.reduce(.insertText("di 22 dec 19:30"))
        check(state, "new-series-date-preview-\(size)")
        #expect(Renderer.render(state).text.contains("→ dinsdag 22 december 2026, 19:30"))
    }

    @Test func aWrongWeekdayIsSaidWhileTyping() {
        var state = form(TerminalSize(width: 80, height: 24))
        go(to: .date(0), in: &state)
        _ = state.reduce(.insertText("ma 22 dec 19:30"))
        #expect(Renderer.render(state).text.contains("Die datum valt op dinsdag, niet op maandag."))
    }

    @Test func everyWrongFieldIsMarked() {
        var state = form(TerminalSize(width: 80, height: 24))
        state.newSeries?.groupSize = "0"
        state.newSeries?.dates = ["ma 8 dec 19:30", "", ""]
        go(to: .create, in: &state)
        _ = state.reduce(.command(.confirm))
        check(state, "new-series-problems-80x24")
    }
}

/// The type-ahead list of themes over the block editor.
@Suite("Planner snapshots: type-ahead")
struct ChoicePickerSnapshotTests {
    @Test(arguments: PlannerUndoSnapshotTests.sizes)
    func themesNarrowedByTyping(size: TerminalSize) {
        var state = Fixtures.plannerState(Fixtures.plan(), size: size)
        _ = state.reduce(.command(.open))
        for _ in 0..<(BlockEditor.fields.firstIndex(of: .theme) ?? 0) { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.edit))
        _ = state.reduce(.insertText("re"))
        check(state, "planner-choose-theme-\(size)")
        #expect(Renderer.render(state).text.contains("Thema kiezen"))
    }
}

/// On a short screen the agenda says when blocks are out of view, above or below.
@Suite("Planner: scroll marks")
struct PlannerScrollMarkTests {
    @Test func hiddenBlocksAreMarkedBelowAndAbove() {
        var state = Fixtures.plannerState(Fixtures.plan(), size: TerminalSize(width: 60, height: 16))
        let lines = { Renderer.render(state).text.split(separator: "\n").map(String.init) }
        #expect(lines().contains { $0.hasPrefix("↓") })
        #expect(!lines().contains { $0.hasPrefix("↑") })
        _ = state.reduce(.command(.moveLast))
        #expect(lines().contains { $0.hasPrefix("↑") })
        #expect(!lines().contains { $0.hasPrefix("↓") })
        // With room for every block there is no mark.
        state = Fixtures.plannerState(Fixtures.plan(), size: TerminalSize(width: 120, height: 40))
        #expect(!lines().contains { $0.hasPrefix("↓") || $0.hasPrefix("↑") })
    }
}

/// The warning under the cursor is wrapped in full, with its principle, on a narrow screen too.
@Suite("Planner: warnings in full")
struct PlannerWarningInFullTests {
    @Test func theSelectedWarningIsReadWhole() {
        var plan = Fixtures.plan()
        plan.meetings[0].blocks[1].theme = "huwelijksdwang"
        var state = Fixtures.plannerState(plan, size: TerminalSize(width: 60, height: 16))
        let principle = "De gevoeligste thema's niet in de eerste bijeenkomst"
        let flat = {
            Renderer.render(state).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(!flat().joined(separator: " ").contains(principle))
        _ = state.reduce(.command(.warnings))
        for _ in 0..<state.plannerState.orderedWarnings.count
        where
            !(state.plannerState.warningSelection.map { state.plannerState.orderedWarnings[$0].principle == principle }
            ?? false)
        {
            _ = state.reduce(.command(.moveDown))
        }
        check(state, "planner-warning-in-full-60x16")
        #expect(flat().joined(separator: " ").contains(principle))
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Themes and working forms chosen by typing part of their name, instead of ←→ up to 20 times.
@Suite("Planner: type-ahead for themes and working forms")
struct ChoicePickerTests {
    static let plan = Fixtures.plan()
    var library: Library { Fixtures.shipped.library }

    /// The block editor of the first block, on `row`, with Enter pressed.
    func choosing(_ row: BlockEditor.Row) -> AppState {
        var state = Fixtures.plannerState(Self.plan)
        _ = state.reduce(.command(.open))
        for _ in 0..<(BlockEditor.fields.firstIndex(of: row) ?? 0) { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.edit))
        return state
    }

    @Test func enterOnTheThemeOpensTheListOnTheCurrentTheme() throws {
        let state = choosing(.theme)
        #expect(state.inputMode == .choicePicker)
        let picker = try #require(state.plannerState.editor?.choosing)
        let items = picker.items(library: library)
        #expect(items.count == library.themes.count + 1)
        #expect(items[picker.selection].id == Self.plan.meetings[0].blocks[0].theme)
    }

    @Test func typingNarrowsTheListAndEnterTakesAndSavesTheTheme() throws {
        var state = choosing(.theme)
        let theme = try #require(library.themes.last)
        // Part of the name, in capitals and without accents.
        let part = String(theme.name.folding(options: .diacriticInsensitive, locale: nil).uppercased().prefix(5))
        _ = state.reduce(.insertText(part))
        let items = try #require(state.plannerState.editor?.choosing).items(library: library)
        #expect(items.contains { $0.id == theme.id })
        #expect(items.count < library.themes.count)
        #expect(state.plannerState.editor?.choosing?.selection == 0)
        while state.plannerState.editor?.choosing.map({ items[$0.selection].id }) != theme.id {
            _ = state.reduce(.command(.moveDown))
        }
        let effects = state.reduce(.command(.submit))
        guard case .savePlan(let saved) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(saved.meetings[0].blocks[0].theme == theme.id)
        #expect(state.inputMode == .blockEditor)
        // And undo puts the old theme back.
        _ = state.reduce(.command(.undo))
        #expect(state.plannerState.plan?.meetings[0].blocks[0].theme == Self.plan.meetings[0].blocks[0].theme)
    }

    @Test func aWorkingFormIsChosenTheSameWay() throws {
        var state = choosing(.form)
        let form = try #require(library.base?.workingForms.first { $0.id != Self.plan.meetings[0].blocks[0].form })
        _ = state.reduce(.insertText(form.name))
        _ = state.reduce(.command(.submit))
        #expect(state.plannerState.plan?.meetings[0].blocks[0].form == form.id)
    }

    @Test func nothingFoundChangesNothingAndEscLeavesTheBlock() {
        var state = choosing(.form)
        _ = state.reduce(.insertText("zzqx"))
        #expect(state.plannerState.editor?.choosing?.items(library: library) == [])
        #expect(state.reduce(.command(.submit)) == [])
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .blockEditor)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func noThemeIsOfferedOnlyBeforeTyping() throws {
        var state = choosing(.theme)
        _ = state.reduce(.command(.moveFirst))
        #expect(state.plannerState.editor?.choosing?.items(library: library).first?.id == nil)
        _ = state.reduce(.command(.submit))
        #expect(state.plannerState.plan?.meetings[0].blocks[0].theme == nil)
    }
}

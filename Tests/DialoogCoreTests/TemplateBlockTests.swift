import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// `A` in the planner: a block taken from the method's own agenda or from a working form,
/// instead of a blank "Nieuw blok" retyped by hand.
@Suite("Planner: a block from the method's agenda or a working form")
struct TemplateBlockTests {
    static let plan = Fixtures.plan()
    var library: Library { Fixtures.shipped.library }

    func adding() -> AppState {
        var state = Fixtures.plannerState(Self.plan)
        _ = state.reduce(.command(.addTemplateBlock))
        return state
    }

    @Test func theListHoldsTheMethodsAgendaThenTheWorkingForms() throws {
        let state = adding()
        #expect(state.inputMode == .choicePicker)
        let items = try #require(state.plannerState.adding).items(library: library)
        let method = try #require(library.method(Self.plan.series.methodId))
        let agenda = method.meetings.flatMap(\.agenda)
        #expect(items.count == agenda.count + (library.base?.workingForms.count ?? 0))
        #expect(items.first?.name == "1 · \(agenda[0].title)")
        // Nothing is added while choosing.
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func anAgendaBlockComesWithItsGuidanceAndQuestionsAfterTheCursor() throws {
        var state = adding()
        let method = try #require(library.method(Self.plan.series.methodId))
        let meeting = try #require(method.meetings.last)
        let source = try #require(meeting.agenda.last)
        _ = state.reduce(.insertText(source.title))
        let wanted = "agenda-\(meeting.number)-\(meeting.agenda.count - 1)"
        let items = try #require(state.plannerState.adding).items(library: library)
        #expect(items.contains { $0.id == wanted })
        while state.plannerState.adding.map({ items[$0.selection].id }) != wanted {
            _ = state.reduce(.command(.moveDown))
        }
        let effects = state.reduce(.command(.submit))
        guard case .savePlan(let saved) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        let added = saved.meetings[0].blocks[1]
        #expect(added.title == source.title)
        #expect(added.guidance == source.guidance)
        #expect(added.questions == source.questions)
        #expect(added.minutes == source.minutes)
        #expect(added.prompts.isEmpty)
        #expect(!Self.plan.meetings.flatMap(\.blocks).map(\.id).contains(added.id))
        #expect(saved.meetings[0].blocks.count == Self.plan.meetings[0].blocks.count + 1)
        #expect(state.plannerState.block == 1)
        #expect(state.inputMode == .planner)
        // One undo takes it away again.
        _ = state.reduce(.command(.undo))
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func aWorkingFormBecomesACoreBlockOnTheThemeBeforeIt() throws {
        var state = Fixtures.plannerState(Self.plan)
        // To a block with a theme, so the new one can take it.
        let withTheme = try #require(Self.plan.meetings[0].blocks.firstIndex { $0.theme != nil })
        for _ in 0..<withTheme { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.addTemplateBlock))
        let form = try #require(library.base?.workingForms.first)
        _ = state.reduce(.insertText("form-\(form.id)"))
        _ = state.reduce(.command(.submit))
        let added = try #require(state.plannerState.plan?.meetings[0].blocks[withTheme + 1])
        #expect(added.form == form.id)
        #expect(added.title == form.name)
        #expect(added.kind == .kern)
        #expect(PlanBlock.minuteRange.contains(added.minutes))
        #expect(added.theme == Self.plan.meetings[0].blocks[withTheme].theme)
    }

    @Test func garbageFindsNothingAndEscAddsNothing() {
        var state = adding()
        _ = state.reduce(.insertText("zzqx"))
        #expect(state.reduce(.command(.submit)) == [])
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .planner)
        #expect(state.plannerState.adding == nil)
        #expect(state.plannerState.plan == Self.plan)
    }
}

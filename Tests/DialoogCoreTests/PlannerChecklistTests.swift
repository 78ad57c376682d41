import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The preparation checklist takes items of the series' own: added, renamed, ticked, removed
/// and brought back with u.
@Suite("Planner: own checklist items")
struct PlannerChecklistTests {
    static let plan = Fixtures.plan()
    let fixed = PreparationItem.allCases.count

    func onChecklist(_ plan: SeriesPlan = Self.plan) -> AppState {
        var state = Fixtures.plannerState(plan)
        _ = state.reduce(.command(.checklist))
        return state
    }

    func add(_ text: String, to state: inout AppState) -> [Effect] {
        _ = state.reduce(.command(.addChecklistItem))
        _ = state.reduce(.insertText(text))
        return state.reduce(.command(.confirm))
    }

    @Test func aTypedItemGoesAtTheEndUnderTheCursorAndIsSaved() throws {
        var state = onChecklist()
        _ = state.reduce(.command(.addChecklistItem))
        #expect(state.inputMode == .checklistText)
        _ = state.reduce(.insertText("  Kinderopvang geregeld "))
        let effects = state.reduce(.command(.confirm))
        let plan = try #require(state.plannerState.plan)
        #expect(effects == [.savePlan(plan)])
        #expect(plan.ownChecklist.map(\.text) == ["Kinderopvang geregeld"])
        #expect(plan.ownChecklist.first?.done == false)
        #expect(state.inputMode == .checklist)
        #expect(state.plannerState.checklist == fixed)
        // Space ticks it, like the seven of the sources.
        _ = state.reduce(.command(.toggle))
        #expect(state.plannerState.plan?.ownChecklist.first?.done == true)
    }

    @Test func anEmptyOrTooLongItemIsSaidAndTheFieldStays() {
        var state = onChecklist()
        #expect(add("   ", to: &state) == [])
        #expect(state.inputMode == .checklistText)
        #expect(state.status == .plan(.badChecklistItem(max: OwnPreparation.maxLength)))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .checklist)
        #expect(add(String(repeating: "x", count: OwnPreparation.maxLength + 1), to: &state) == [])
        #expect(state.inputMode == .checklistText)
        #expect(state.plannerState.plan?.ownChecklist.isEmpty == true)
    }

    @Test func renamingKeepsItsIdAndTick() throws {
        var state = onChecklist()
        _ = add("Tolk", to: &state)
        _ = state.reduce(.command(.toggle))
        let id = try #require(state.plannerState.plan?.ownChecklist.first?.id)
        _ = state.reduce(.command(.renameChecklistItem))
        #expect(state.plannerState.checklistTyping?.field.text == "Tolk")
        _ = state.reduce(.insertText(" bevestigd"))
        _ = state.reduce(.command(.confirm))
        #expect(state.plannerState.plan?.ownChecklist == [OwnPreparation(id: id, text: "Tolk bevestigd", done: true)])
    }

    @Test func removingSaysWhatWentAndUBringsItBack() throws {
        var state = onChecklist()
        _ = add("Kinderopvang geregeld", to: &state)
        let withItem = try #require(state.plannerState.plan)
        _ = state.reduce(.command(.removeChecklistItem))
        #expect(state.plannerState.plan?.ownChecklist.isEmpty == true)
        #expect(state.status == .plan(.removed(.removeChecklistItem(text: "Kinderopvang geregeld"))))
        #expect(state.plannerState.checklist == fixed - 1)
        #expect(state.reduce(.command(.undo)) == [.savePlan(withItem)])
        #expect(state.plannerState.plan == withItem)
    }

    @Test func theSevenOfTheSourcesStay() {
        var state = onChecklist()
        #expect(state.reduce(.command(.removeChecklistItem)) == [])
        #expect(state.reduce(.command(.renameChecklistItem)) == [])
        #expect(state.inputMode == .checklist)
        #expect(state.status == .plan(.checklistItemFixed))
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func ownItemsAreInThePlanFileAndReadBack() throws {
        var plan = Self.plan
        plan.ownChecklist = [
            OwnPreparation(id: "7d1d4b36-8c1e-4a57-9d0a-2a4c39d7a001", text: "Tolk bevestigd: \"Ayla\"", done: true),
            OwnPreparation(id: "7d1d4b36-8c1e-4a57-9d0a-2a4c39d7a002", text: "Kinderopvang geregeld"),
        ]
        let library = Fixtures.shipped.library
        let text = PlanFile.encode(plan, library: library, calendar: Fixtures.calendar)
        #expect(text.contains("own_checklist:"))
        let read = PlanFile.decode(text, path: "plan.yaml", library: library, calendar: Fixtures.calendar)
        #expect(read.diagnostics.isEmpty)
        #expect(read.plan?.ownChecklist == plan.ownChecklist)
        // A file without them reads as before.
        #expect(!PlanFile.encode(Self.plan, library: library, calendar: Fixtures.calendar).contains("own_checklist"))
    }
}

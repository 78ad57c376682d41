import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// `e` in the planner edits the series' details in the new-series form's own fields: a duo is
/// two gespreksleiders, the change is one step of undo.
@Suite("Planner: the series' details")
struct PlannerDetailsTests {
    static let plan = Fixtures.plan()

    func onDetails(_ plan: SeriesPlan = Self.plan) -> AppState {
        var state = Fixtures.plannerState(plan)
        _ = state.reduce(.command(.editSeries))
        return state
    }

    func go(to field: NewSeriesForm.Field, in state: inout AppState) {
        for _ in 0..<30 where state.plannerState.details?.field != field { _ = state.reduce(.command(.nextField)) }
    }

    func retype(_ text: String, into field: NewSeriesForm.Field, in state: inout AppState) {
        go(to: field, in: &state)
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.command(.deleteToEnd))
        _ = state.reduce(.insertText(text))
    }

    @Test func theFormShowsTheDetailsWithAFieldPerGespreksleiderAndNoMethodOrDates() throws {
        let state = onDetails()
        let form = try #require(state.plannerState.details)
        #expect(state.inputMode == .newSeriesText)
        #expect(form.name == "Vrouwengroep Schilderswijk")
        #expect(form.facilitators == ["AK", "Fatma"])
        let fields = form.fields(for: nil)
        #expect(
            fields.contains(.facilitator(0)) && fields.contains(.facilitator(1)) && fields.contains(.facilitator(2)))
        #expect(!fields.contains(.method) && !fields.contains(.date(0)) && !fields.contains(.groupChoice))
        #expect(fields.last == .create)
    }

    @Test func aDuoTypedAsOneTextBeforeIsSplitWithoutLosingAName() {
        #expect(NewSeriesForm.splitFacilitators(["Ayşe en Mehmet"]) == ["Ayşe", "Mehmet"])
        #expect(NewSeriesForm.splitFacilitators(["A.Y. & Semra", "Hülya"]) == ["A.Y.", "Semra", "Hülya"])
        #expect(NewSeriesForm.splitFacilitators(["Anne-Marie / Jan-Willem"]) == ["Anne-Marie", "Jan-Willem"])
        // A name that merely holds the letters "en" stays whole.
        #expect(NewSeriesForm.splitFacilitators(["Henk", "Karen", "Bengü"]) == ["Henk", "Karen", "Bengü"])
    }

    @Test func savingStoresTheDetailsAndUBringsTheOldOnesBack() throws {
        var state = onDetails()
        retype("Vrouwen Schilderswijk", into: .name, in: &state)
        retype("Semra", into: .facilitator(1), in: &state)
        retype("Yasmina", into: .facilitator(2), in: &state)
        retype("14", into: .groupSize, in: &state)
        go(to: .create, in: &state)
        let effects = state.reduce(.command(.confirm))
        let plan = try #require(state.plannerState.plan)
        #expect(effects == [.savePlan(plan)])
        #expect(state.plannerState.details == nil)
        #expect(plan.series.name == "Vrouwen Schilderswijk")
        #expect(plan.series.facilitators == ["AK", "Semra", "Yasmina"])
        #expect(plan.series.expectedGroupSize == 14)
        #expect(plan.series.id == Self.plan.series.id && plan.series.methodId == Self.plan.series.methodId)
        #expect(plan.meetings == Self.plan.meetings)
        #expect(state.status == .plan(.detailsSaved(name: "Vrouwen Schilderswijk")))
        #expect(state.reduce(.command(.undo)) == [.savePlan(Self.plan)])
        #expect(state.plannerState.plan?.series == Self.plan.series)
        #expect(state.status == .plan(.undone(.details, left: 0)))
    }

    @Test func anEmptyNameOrAWrongSizeIsSaidAndNothingIsStored() {
        var state = onDetails()
        retype("  ", into: .name, in: &state)
        retype("veertig", into: .groupSize, in: &state)
        go(to: .create, in: &state)
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.plannerState.details?.field == .name)
        #expect(state.plannerState.details?.problems.count == 2)
        #expect(state.plannerState.plan == Self.plan)
        guard case .plan(.andMore(.nameRequired, more: 1)) = state.status else {
            Issue.record("the first problem and how many more: \(String(describing: state.status))")
            return
        }
    }

    @Test func escAsksBeforeThrowingChangesAwayAndLeavesAtOnceWithoutThem() {
        var state = onDetails()
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.plannerState.details == nil)
        #expect(state.inputMode == .planner)
        _ = state.reduce(.command(.editSeries))
        _ = state.reduce(.insertText(" 2"))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.status == .plan(.confirmDiscardForm))
        #expect(state.plannerState.details != nil)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.plannerState.details == nil)
        #expect(state.plannerState.plan == Self.plan)
        #expect(state.screen == .planner)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// `C` in the planner makes a copy of the series to give it again, after asking (issue 17).
@Suite("Planner: duplicating the series")
struct PlannerDuplicateTests {
    func planner(_ plan: SeriesPlan) -> AppState { Fixtures.plannerState(plan) }

    @Test func capitalCAsksNamingTheSeriesAndNMakesNothing() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        #expect(state.reduce(.command(.duplicateSeries)) == [])
        #expect(state.inputMode == .plannerConfirm)
        #expect(state.status == .plan(.confirmDuplicateSeries(name: "Vrouwengroep Schilderswijk")))
        #expect(state.reduce(.command(.closeOverlay)) == [], "n, Esc or any other key makes nothing")
        #expect(state.status == .plan(.nothingDuplicated))
        #expect(state.screen == .planner)
        #expect(state.plannerState.plan == plan)
    }

    @Test func jStoresACopyOfThePlanAsOnScreenAndThenOpensIt() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        _ = state.reduce(.command(.duplicateSeries))
        #expect(state.reduce(.command(.confirm)) == [.duplicateSeries(plan, language: .nl)])
        #expect(state.plannerState.plan == plan, "the old series stays open until the copy is stored")

        let copy = plan.duplicate(name: "Vrouwengroep Schilderswijk (kopie)", now: Fixtures.now)
        #expect(
            state.reduce(.seriesDuplicated(name: copy.series.name, id: copy.series.id))
                == [.loadSeries, .loadPlan(seriesId: copy.series.id)])
        #expect(state.status == .plan(.seriesDuplicated(name: "Vrouwengroep Schilderswijk (kopie)")))
        _ = state.reduce(.planLoaded(copy))
        #expect(state.plannerState.plan?.series.id == copy.series.id)
        #expect(state.plannerState.undo.isEmpty, "u cannot take the old series' edits back into the copy")
        #expect(state.status == .plan(.seriesDuplicated(name: "Vrouwengroep Schilderswijk (kopie)")))
    }

    @Test func aCopyThatCannotBeStoredSaysSoAndKeepsTheOldSeriesOpen() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        _ = state.reduce(.command(.duplicateSeries))
        _ = state.reduce(.command(.confirm))
        #expect(state.reduce(.seriesDuplicateFailed(.unexpected("disk full"))) == [])
        #expect(state.status == .plan(.duplicateFailed(.unexpected("disk full"))))
        #expect(state.plannerState.plan == plan)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The planner's print key and `:print`: the plan as on screen goes out to be written, the
/// status line says where it went or why it did not, and nothing in the plan changes.
@Suite struct PrintReducerTests {
    @Test func thePrintKeyAsksForThePlanAsItIsOnScreenInTheScreensLanguage() {
        var state = Fixtures.plannerState(language: .en)
        _ = state.reduce(.command(.moreMinutes))
        let plan = state.plannerState.plan!
        #expect(state.reduce(.command(.printPlan)) == [.printPlan(plan, language: .en)])
        #expect(state.status == .plan(.printing))
        #expect(state.plannerState.plan == plan)
        _ = state.reduce(.planPrinted(path: "~/.local/share/dialoog/print/plan-x-2026-12-01.html"))
        #expect(state.status == .plan(.printed(path: "~/.local/share/dialoog/print/plan-x-2026-12-01.html")))
        #expect(state.screen == .planner)
    }

    @Test func aFailedPrintSaysWhyAndLeavesThePlannerAsItWas() {
        var state = Fixtures.plannerState()
        let before = state.plannerState.plan
        _ = state.reduce(.command(.printPlan))
        let failure = Failure.printNotWritten(path: "/ro/print", reason: "Read-only file system")
        _ = state.reduce(.planPrintFailed(failure))
        #expect(state.status == .plan(.printFailed(failure)))
        #expect(state.screen == .planner && state.inputMode == .planner)
        #expect(state.plannerState.plan == before)
    }

    @Test func typedPrintPrintsFromThePlannerAndSaysSoElsewhere() {
        var state = Fixtures.plannerState()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("afdrukken"))
        let effects = state.reduce(.command(.submit))
        #expect(effects == [.printPlan(state.plannerState.plan!, language: .nl)])
        #expect(state.overlay == nil)

        var start = Fixtures.state()
        _ = start.reduce(.command(.openCommandLine))
        _ = start.reduce(.insertText("print"))
        #expect(start.reduce(.command(.submit)) == [])
        #expect(start.status == .plan(.nothingToPrint))
    }

    @Test func thePrintKeyDoesNothingInsideAnEditor() {
        var state = Fixtures.plannerState()
        _ = state.reduce(.command(.open))
        #expect(state.inputMode == .blockEditor)
        #expect(state.reduce(.command(.printPlan)).allSatisfy { if case .printPlan = $0 { false } else { true } })
        #expect(TypedCommand.parse("print") == .success(.print))
        #expect(TypedCommand.parse("printen") == .success(.print))
    }

    // MARK: - The overzicht's report

    @Test func pInTheOverzichtWritesTheReportForItsFilterAndSaysWhere() {
        var state = Fixtures.overviewScreenState(language: .en, tab: .charts)
        state.overviewState.filter.organisation = "HTIB"
        #expect(state.reduce(.command(.exportReport)) == [.exportReport(state.overviewState.filter, language: .en)])
        #expect(state.status == .overview(.exporting))
        _ = state.reduce(.reportExported(path: "~/.local/share/dialoog/print/rapport-x.html"))
        #expect(state.status == .overview(.exported(path: "~/.local/share/dialoog/print/rapport-x.html")))
        #expect(state.screen == .overview && state.overviewState.tab == .charts)
    }

    @Test func typedPrintInTheOverzichtWritesTheReport() {
        var state = Fixtures.overviewScreenState(tab: .followUps)
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("print"))
        #expect(state.reduce(.command(.submit)) == [.exportReport(state.overviewState.filter, language: .nl)])
        // Not from the filter panel: the keys there are the filter's.
        var filtering = Fixtures.overviewScreenState()
        _ = filtering.reduce(.command(.filter))
        _ = filtering.reduce(.command(.openCommandLine))
        _ = filtering.reduce(.insertText("print"))
        #expect(filtering.reduce(.command(.submit)) == [])
        #expect(filtering.status == .plan(.nothingToPrint))
    }
}

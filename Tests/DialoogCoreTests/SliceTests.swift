import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Each feature slice reduces with only its own state and a read-only context; what it asks
/// of the rest (another screen, a status, the shell's commands) comes back as an outcome that
/// the root applies.
@Suite("Slices")
struct SliceTests {
    let context = Context(
        now: Fixtures.now, size: .init(width: 80, height: 24), calendar: Fixtures.calendar,
        library: Fixtures.shipped.library, helpLength: [.start: 30], ids: .sequential())

    /// By construction: a slice's reducer is `(inout Self, Command, Context) -> Outcome` and no
    /// more; this compiles only while every slice keeps that shape.
    func reducer<Slice: FeatureSlice>(_: Slice.Type) -> (inout Slice, Command, Context) -> Outcome {
        { slice, command, context in slice.reduce(command, in: context) }
    }

    @Test func everySliceReducesOnlyItselfInAContext() {
        var start = StartState()
        var library = LibraryState()
        var overlay = Overlay.help(offset: 0)
        var form = NewSeriesForm()
        var planner = Fixtures.plannerState().plannerState
        var live = LiveState(meeting: Fixtures.openedMeeting())
        var overview = OverviewState()
        var evaluation = EvaluationForm(subject: Fixtures.evaluationSubject(), now: Fixtures.now, origin: .overview)
        // Every command, in every slice: whatever it does, it returns instead of reaching out.
        for command in Command.allCases {
            _ = reducer(StartState.self)(&start, command, context)
            _ = reducer(LibraryState.self)(&library, command, context)
            _ = reducer(Overlay.self)(&overlay, command, context)
            _ = reducer(NewSeriesForm.self)(&form, command, context)
            _ = reducer(PlannerState.self)(&planner, command, context)
            _ = reducer(LiveState.self)(&live, command, context)
            _ = reducer(EvaluationForm.self)(&evaluation, command, context)
            _ = reducer(OverviewState.self)(&overview, command, context)
        }
    }

    // MARK: - Navigation is an outcome the root applies

    @Test func theStartScreenAsksForTheBibliotheekAndTheRootOpensIt() {
        var start = StartState()
        start.receive(Fixtures.sampleSeries)
        let before = start
        #expect(start.reduce(.openLibrary, in: context) == .go(.library, status: .clear))
        #expect(start == before)

        var state = Fixtures.state(series: Fixtures.sampleSeries)
        #expect(state.reduce(.command(.openLibrary)) == [.loadLibrary])
        #expect(state.screen == .library)
    }

    @Test func allFollowUpsFromTheStartScreenIsANavigationThatDropsTheOverzichtsFilter() {
        var start = StartState()
        #expect(
            start.reduce(.showFollowUps, in: context)
                == .go(.overview(tab: .followUps, freshFilter: true), status: .clear))

        var state = Fixtures.state(series: Fixtures.sampleSeries)
        state.overviewState.filter.municipality = "Utrecht"
        state.overviewState.period = .thisYear
        _ = state.reduce(.command(.showFollowUps))
        #expect(state.screen == .overview && state.overviewState.tab == .followUps)
        #expect(state.overviewState.filter.municipality == nil && state.overviewState.period == .all)
    }

    @Test func openingASeriesIsANavigationToThePlanner() {
        var start = StartState()
        start.receive(Fixtures.sampleSeries)
        let id = start.selectedSeries!.id
        #expect(start.reduce(.open, in: context) == .go(.planner(seriesId: id), status: .clear))

        var state = Fixtures.state(series: Fixtures.sampleSeries)
        #expect(state.reduce(.command(.open)) == [.loadLibrary, .loadPlan(seriesId: id)])
        #expect(state.screen == .planner && state.plannerState.seriesId == id)
    }

    @Test func escInTheBibliotheekAsksToGoBackToTheStartScreen() {
        var library = LibraryState()
        #expect(library.reduce(.closeOverlay, in: context) == .go(.start, status: .clear))

        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
    }

    @Test func theCommandLineAsksTheRootForTheLanguageAndTheStatus() {
        var overlay = Overlay.commandLine(TextField("taal en"))
        #expect(
            overlay.reduce(.submit, in: context)
                == Outcome(status: .show(.languageChanged(.en)), requests: [.closeOverlay, .setLanguage(.en)]))

        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("taal en"))
        _ = state.reduce(.command(.submit))
        #expect(state.language == .en && state.overlay == nil && state.status == .languageChanged(.en))
    }

    @Test func escInTheNewSeriesFormAsksForTheStartScreenAndTheRootDropsTheForm() {
        var form = NewSeriesForm()
        #expect(form.reduce(.closeOverlay, in: context) == .go(.start, status: .clear))

        var state = Fixtures.state()
        _ = state.reduce(.command(.newSeries))
        #expect(state.screen == .newSeries && state.newSeries != nil)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start && state.newSeries == nil)
    }

    @Test func leavingThePlannerIsANavigationAndTheRootDropsThePlannersState() {
        var planner = Fixtures.plannerState().plannerState
        #expect(
            planner.reduce(.closeOverlay, in: context)
                == Outcome([.loadSeries, .loadFollowUps], status: .clear, requests: [.navigate(.start)]))

        var state = Fixtures.plannerState()
        #expect(state.reduce(.command(.closeOverlay)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start && state.plannerState == PlannerState())
    }

    @Test func endingAMeetingIsANavigationWithItsStatusAndEffects() {
        var live = Fixtures.liveState().live
        _ = live.reduce(.endMeeting, in: context)
        let outcome = live.reduce(.confirm, in: context)
        #expect(outcome.requests == [.navigate(.start)])
        #expect(outcome.status == .show(.live(.meetingEnded(number: 1))))
        #expect(live == LiveState())

        var state = Fixtures.liveState()
        _ = state.reduce(.command(.endMeeting))
        _ = state.reduce(.command(.confirm))
        #expect(state.screen == .start && state.status == .live(.meetingEnded(number: 1)))
    }

    @Test func closingAnEvaluationFromTheOverzichtIsANavigationBack() {
        var form = EvaluationForm(subject: Fixtures.evaluationSubject(), now: Fixtures.now, origin: .overview)
        #expect(form.reduce(.closeEvaluation, in: context) == .go(.overviewAsLeft, status: .clear))

        var state = Fixtures.state()
        state.screen = .overview
        state.overviewState.filter.municipality = "Utrecht"
        _ = state.reduce(.evaluationLoaded(Fixtures.evaluationSubject()))
        #expect(state.screen == .evaluation && state.evaluation?.origin == .overview)
        #expect(state.reduce(.command(.closeEvaluation)) == [.loadOverview(state.overviewState.filter)])
        #expect(state.screen == .overview && state.evaluation == nil)
    }

    @Test func leavingTheOverzichtIsANavigationToTheStartScreen() {
        var overview = OverviewState()
        #expect(
            overview.reduce(.closeOverlay, in: context)
                == Outcome([.loadSeries, .loadFollowUps], status: .clear, requests: [.navigate(.start)]))

        var state = Fixtures.state()
        _ = state.reduce(.command(.openOverview))
        #expect(state.screen == .overview)
        #expect(state.reduce(.command(.closeOverlay)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start)
    }

    @Test func commandsEveryScreenHasAreLeftToTheShell() {
        var start = StartState()
        #expect(start.reduce(.help, in: context) == .shell(.help, status: .clear))
        var state = Fixtures.state()
        _ = state.reduce(.command(.help))
        #expect(state.overlay == .help(offset: 0) && state.inputMode == .help)
    }
}

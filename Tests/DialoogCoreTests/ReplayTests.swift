import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The reducer is a pure function of the actions and the world: a recorded session, fed twice
/// through the root reducer with the same context and a sequential id source, gives the same
/// states and the same effects, step by step.
@Suite("Replay")
struct ReplayTests {
    /// Everything the recording depends on is made once, outside the replays: fixtures draw
    /// random ids of their own.
    static let plan = Fixtures.plan()
    static let meeting = Fixtures.openedMeeting(plan)
    static let subject = Fixtures.evaluationSubject()
    static let series = Fixtures.sampleSeries

    /// A session over several features: the start screen, the bibliotheek, the planner, live
    /// mode with attendance, a note and a signal, the evaluation form and the overzicht.
    static var recording: [Action] {
        let now = Fixtures.now
        func minutes(_ m: Double) -> Action { .tick(now.addingTimeInterval(m * 60)) }
        return [
            .tick(now), .resized(.init(width: 100, height: 30)), .launched,
            .seriesLoaded(series), .followUpsLoaded(Fixtures.sampleFollowUps),
            // Start and bibliotheek
            .command(.moveDown), .command(.openLibrary), .libraryLoaded(Fixtures.shipped.library, problems: 0),
            .command(.nextTab), .command(.search), .insertText("vader"), .command(.submit), .command(.moveDown),
            .command(.closeOverlay), .command(.closeOverlay), .command(.closeOverlay),
            // The command line and the help
            .command(.openCommandLine), .insertText("taal en"), .command(.submit),
            .command(.help), .command(.moveDown), .command(.closeOverlay),
            // Planner
            .command(.open), .planLoaded(plan), .command(.addBlock), .command(.duplicateBlock),
            .command(.nextMeeting), .command(.addMeeting), .command(.moreMinutes), .planSaved,
            .command(.closeOverlay),
            // Live mode: attendance, a note, a signal, a block on
            .liveLoaded(meeting), .command(.toggleTimer), minutes(3),
            .command(.attendance), .command(.addParticipant), .insertText("Zeynep"), .command(.confirm),
            .command(.addParticipant), .insertText("Ömer"), .command(.confirm),
            .command(.addParticipant), .insertText("ali"), .command(.confirm),
            .command(.moveFirst), .command(.renameParticipant), .insertText(" K."), .command(.confirm),
            .command(.moveDown), .command(.removeParticipant), .command(.undo), .command(.closeOverlay),
            .command(.groundRules), .command(.moveDown), .command(.addAgreement), .insertText("Telefoons op stil"),
            .command(.confirm), .command(.closeOverlay),
            minutes(7), .command(.note), .insertText("Groep moe na de pauze"), .command(.confirm),
            .command(.signal), .command(.nextChoice), .command(.moveDown), .command(.nextChoice), .command(.confirm),
            .command(.helpCard), .command(.searchHelp), .insertText("veilig"), .command(.submit),
            .command(.moveDown), .command(.closeOverlay), .command(.disclosure), .command(.moveDown),
            .command(.closeOverlay), .command(.closeOverlay),
            .command(.nextBlock), .command(.undo), .command(.nextBlock), minutes(20), .command(.leaveLive),
            // Evaluation
            .evaluationLoaded(subject), .command(.score4), .command(.moveDown), .command(.increase),
            .command(.closeEvaluation),
            // Overzicht
            .command(.openOverview), .overviewLoaded(Fixtures.sampleOverview(), choices: Fixtures.overviewChoices),
            .command(.sort), .command(.moveDown), .command(.nextTab), .command(.moveDown), .command(.closeOverlay),
            .command(.quit),
        ]
    }

    /// One replay: every state and every action's effects, in order.
    static func replay() -> (states: [AppState], effects: [[Effect]]) {
        var state = AppState(
            now: Fixtures.now, size: .init(width: 80, height: 24), calendar: Fixtures.calendar, databasePath: "x",
            helpLength: [.start: 30, .library: 20], ids: .sequential(seed: 7))
        var states: [AppState] = []
        var effects: [[Effect]] = []
        for action in recording {
            effects.append(state.reduce(action))
            states.append(state)
        }
        return (states, effects)
    }

    @Test func theSameActionsInTheSameContextGiveTheSameStatesAndEffects() {
        let first = Self.replay()
        let second = Self.replay()
        #expect(first.states.count == Self.recording.count)
        for step in first.states.indices {
            #expect(first.states[step] == second.states[step], "state after step \(step): \(Self.recording[step])")
            #expect(first.effects[step] == second.effects[step], "effects of step \(step): \(Self.recording[step])")
        }
    }

    /// The recording reaches every feature and makes things with new ids, so the replay above
    /// tests something: the ids are the id source's, not random ones.
    @Test func theRecordingMakesIdsFromTheContextsSource() {
        let replayed = Self.replay()
        let stored = replayed.effects.flatMap { $0 }
        let records = stored.compactMap { effect -> LiveRecord? in
            if case .saveLive(let record) = effect { return record }
            return nil
        }
        let plans = stored.compactMap { effect -> SeriesPlan? in
            if case .savePlan(let plan) = effect { return plan }
            return nil
        }
        let last = records.last
        let made =
            (last?.participants.map(\.id) ?? []) + (last?.notes.map(\.id) ?? [])
            + (last?.signals.map(\.id) ?? [])
        #expect(made.count == 5)
        #expect(made.allSatisfy { $0.hasPrefix("00000000-0000-4000-8000-0007") })
        #expect(
            plans.last?.meetings.flatMap(\.blocks).contains { $0.id.hasPrefix("00000000-0000-4000-8000-0007") } == true)
        // Every feature was visited.
        let screens = Set(replayed.states.map(\.screen))
        #expect(screens.isSuperset(of: [.start, .library, .planner, .live, .evaluation, .overview]))
        #expect(replayed.states.last?.language == .en && replayed.states.last?.isQuitting == true)
    }

    /// The attendance panel's order does not depend on the machine's locale.
    @Test func attendanceIsListedInAnOrderNoLocaleChanges() {
        let people = ["Zeynep", "ali", "Ömer", "Ali 10", "Ali 2", "Émile", "Ali"].enumerated().map {
            Participant(id: "p\($0.offset)", seriesId: "s", nickname: $0.element)
        }
        let meeting = Fixtures.openedMeeting(Self.plan, participants: people)
        #expect(
            meeting.attendanceOrder.map(\.nickname) == ["Ali", "ali", "Ali 2", "Ali 10", "Émile", "Ömer", "Zeynep"])
    }
}

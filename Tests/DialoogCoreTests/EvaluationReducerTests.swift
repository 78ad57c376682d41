import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The evaluation form's reducer: every change is stored at once as the whole evaluation, a
/// failed save puts back what is stored, and closing goes back to where the form came from.
@Suite("Evaluation form")
struct EvaluationReducerTests {
    let subject = Fixtures.evaluationSubject()
    var prompts: [String] { Fixtures.evaluationPrompts }

    /// The form open on `field`, after `commands`.
    func form(
        _ subject: EvaluationSubject? = nil, on field: EvaluationField = .turnout, _ commands: [Command] = []
    ) -> AppState {
        var state = Fixtures.evaluationState(subject ?? self.subject)
        for _ in 0..<field.rawValue { _ = state.reduce(.command(.moveDown)) }
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// The evaluation the one `.saveEvaluation` in `effects` stores; records an issue when
    /// there is not exactly one.
    @discardableResult
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> Evaluation? {
        guard effects.count == 1, case .saveEvaluation(let evaluation, _) = effects[0] else {
            Issue.record("expected one .saveEvaluation, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return evaluation
    }

    func savedThemes(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> [String]? {
        guard effects.count == 1, case .saveEvaluation(_, let raised) = effects[0] else {
            Issue.record("expected one .saveEvaluation, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return raised.map(\.text)
    }

    func type(_ text: String, into state: inout AppState) {
        _ = state.reduce(.insertText(text))
    }

    var shown: (AppState) -> Evaluation { { $0.evaluation!.evaluation } }

    // MARK: - Opening

    @Test func closingAMeetingStoresItThenOpensItsEvaluationWithTheSameMessage() {
        var state = Fixtures.liveState()
        let meetingId = state.live.meeting!.meeting.id
        _ = state.reduce(.command(.endMeeting))
        let effects = state.reduce(.command(.confirm))
        #expect(effects.count == 3)
        guard case .saveLive(let record) = effects.first else {
            Issue.record("no save first: \(effects)")
            return
        }
        #expect(record.state == .ended)
        #expect(Array(effects.dropFirst()) == [.loadSeries, .loadEvaluation(meetingId: meetingId)])
        #expect(state.status == .live(.meetingEnded(number: 1)))
        var ended = subject
        ended.meeting.id = meetingId
        #expect(state.reduce(.evaluationLoaded(ended)) == [])
        #expect(state.screen == .evaluation && state.inputMode == .evaluation)
        #expect(state.evaluation?.origin == .start)
        // The live message is the form's first status line; the first key makes room.
        #expect(state.status == .live(.meetingEnded(number: 1)))
        _ = state.reduce(.command(.moveDown))
        #expect(state.status == nil)
    }

    @Test func aFormThatCannotOpenSaysWhyAndAFailedRecordStaysTheNews() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        _ = state.reduce(.evaluationFailed(.unexpected("bijeenkomst is nog niet afgesloten")))
        #expect(state.screen == .start && state.evaluation == nil)
        #expect(state.status == .evaluation(.openFailed(.unexpected("bijeenkomst is nog niet afgesloten"))))
        state.status = .live(.saveFailed(.unexpected("schijf vol")))
        _ = state.reduce(.evaluationFailed(.unexpected("bijeenkomst is nog niet afgesloten")))
        #expect(state.status == .live(.saveFailed(.unexpected("schijf vol"))))
    }

    @Test func withoutTheLibraryTheFormAsksForItAndStaysOpenWhenItFails() {
        var state = Fixtures.state()
        #expect(state.reduce(.evaluationLoaded(subject)) == [.loadLibrary])
        _ = state.reduce(.libraryFailed(.unexpected("geen content gevonden")))
        #expect(state.screen == .evaluation)
    }

    @Test func aNewFormTicksThePromptsTheGroupMetOpenlyAsAHint() {
        let state = form()
        #expect(state.evaluation?.preMarked == true)
        #expect(shown(state).landed == [prompts[0], prompts[3]])
        // Nothing is stored by opening.
        #expect(state.evaluation?.saved == shown(state))
        // A stored evaluation is shown as stored, without hints.
        let stored = Evaluation(meetingId: subject.meeting.id, landed: [prompts[2]], updatedAt: Fixtures.now)
        let again = form(Fixtures.evaluationSubject(evaluation: stored))
        #expect(again.evaluation?.preMarked == false)
        #expect(shown(again).landed == [prompts[2]])
    }

    @Test func eOnTheStartScreenOpensTheLatestEndedMeetingOfTheSeries() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        // The first series has held a meeting.
        #expect(state.reduce(.command(.evaluate)) == [.loadLatestEvaluation(seriesId: state.series[0].id)])
        _ = state.reduce(.command(.moveDown))
        #expect(state.reduce(.command(.evaluate)) == [])
        #expect(state.status == .evaluation(.nothingEnded(series: "Vrouwengroep Schilderswijk")))
    }

    // MARK: - Moving

    @Test func upAndDownGoFromFieldToFieldAndStopAtTheEnds() {
        var state = form()
        _ = state.reduce(.command(.moveUp))
        #expect(state.evaluation?.field == .turnout)
        _ = state.reduce(.command(.moveLast))
        #expect(state.evaluation?.field == .wellbeing)
        _ = state.reduce(.command(.moveDown))
        #expect(state.evaluation?.field == .wellbeing)
        _ = state.reduce(.command(.moveFirst))
        _ = state.reduce(.command(.moveDown))
        #expect(state.evaluation?.field == .atmosphere)
        #expect(state.helpSubject == .evaluation)
    }

    // MARK: - Counts

    @Test func expectedStartsAtTheSeriesGroupSizeAndPlusMinusChangeIt() {
        var state = form()
        #expect(state.evaluation?.expected == 12)
        #expect(saved(state.reduce(.command(.increase)))?.expected == 13)
        #expect(saved(state.reduce(.command(.stepBack)))?.expected == 12)
        #expect(saved(state.reduce(.command(.clearValue)))?.expected == nil)
        #expect(state.evaluation?.expected == 12)
        // Never below one.
        state.evaluation?.evaluation.expected = 1
        #expect(state.reduce(.command(.decrease)) == [])
    }

    @Test func enterTypesACountAndABadOneIsRefused() {
        var state = form()
        _ = state.reduce(.command(.editField))
        #expect(state.inputMode == .evaluationText)
        type("1x4", into: &state)
        #expect(state.evaluation?.typing == .count("14"))
        _ = state.reduce(.command(.deleteBackward))
        type("5", into: &state)
        #expect(saved(state.reduce(.command(.confirm)))?.expected == 15)
        #expect(state.inputMode == .evaluation)
        _ = state.reduce(.command(.editField))
        type("0", into: &state)
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .evaluation(.badCount("0", range: 1...500)))
        #expect(state.inputMode == .evaluationText)
        // Three digits at most; Esc stops without a change.
        type("12345", into: &state)
        #expect(state.evaluation?.typing?.text == "012")
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .evaluation && shown(state).expected == 15)
    }

    @Test func resistanceIsSuggestedFromTheMeetingButStoredOnlyOnceChanged() {
        var state = form(on: .resistance)
        #expect(state.evaluation?.resistanceSuggestion == 1)
        #expect(shown(state).resistanceMoments == nil)
        #expect(saved(state.reduce(.command(.increase)))?.resistanceMoments == 2)
        _ = state.reduce(.command(.clearValue))
        #expect(saved(state.reduce(.command(.decrease)))?.resistanceMoments == 0)
        #expect(state.reduce(.command(.decrease)) == [])
    }

    // MARK: - Scales

    @Test func digitsSetAScaleArrowsStepItAndZeroClearsIt() {
        var state = form(on: .atmosphere)
        #expect(state.reduce(.command(.stepBack)) == [])
        #expect(saved(state.reduce(.command(.stepForward)))?.atmosphere == 1)
        #expect(saved(state.reduce(.command(.score4)))?.atmosphere == 4)
        #expect(state.reduce(.command(.score4)) == [])
        #expect(saved(state.reduce(.command(.stepForward)))?.atmosphere == 5)
        #expect(state.reduce(.command(.stepForward)) == [])
        #expect(saved(state.reduce(.command(.clearValue)))?.atmosphere == nil)
        for (field, command, expected) in [
            (EvaluationField.safety, Command.score2, 2), (.openness, .score5, 5), (.wellbeing, .score3, 3),
        ] {
            var other = form(on: field)
            let stored = saved(other.reduce(.command(command)))
            let value =
                switch field {
                case .safety: stored?.safety
                case .openness: stored?.openness
                default: stored?.wellbeing
                }
            #expect(value == expected, "\(field)")
        }
    }

    @Test func aDigitOffAScaleChangesNothingAndSaysSo() {
        var state = form(on: .landed)
        #expect(state.reduce(.command(.score3)) == [])
        #expect(state.status == .evaluation(.notOnThisField))
        var signals = form(on: .signals)
        for command in [Command.toggleField, .increase, .editField, .clearValue, .removeLine] {
            #expect(signals.reduce(.command(command)) == [], "\(command)")
        }
    }

    // MARK: - Choices

    @Test func spaceTicksHowResistanceWasMetInTheListsOrder() {
        var state = form(on: .resistanceMet)
        _ = state.reduce(.command(.stepForward))
        _ = state.reduce(.command(.stepForward))
        #expect(saved(state.reduce(.command(.toggleField)))?.resistanceMet == [.ruimte])
        _ = state.reduce(.command(.stepBack))
        _ = state.reduce(.command(.stepBack))
        _ = state.reduce(.command(.stepBack))
        #expect(state.evaluation?.choice == 0)
        #expect(saved(state.reduce(.command(.toggleField)))?.resistanceMet == [.doorvragen, .ruimte])
        #expect(saved(state.reduce(.command(.editField)))?.resistanceMet == [.ruimte])
    }

    @Test func spaceTicksAPromptThatLandedAndKeepsTheOrderOfUse() {
        var state = form(on: .landed)
        // The first prompt was ticked as a hint: space takes it off.
        #expect(saved(state.reduce(.command(.toggleField)))?.landed == [prompts[3]])
        _ = state.reduce(.command(.stepForward))
        _ = state.reduce(.command(.stepForward))
        #expect(saved(state.reduce(.command(.toggleField)))?.landed == [prompts[2], prompts[3]])
        for _ in 0..<5 { _ = state.reduce(.command(.stepForward)) }
        #expect(state.evaluation?.choice == 3)
    }

    // MARK: - Lines

    @Test func themesAreAddedEditedAndRemovedAndSavedWithTheEvaluation() {
        var state = form(on: .raisedThemes)
        _ = state.reduce(.command(.increase))
        #expect(state.evaluation?.typing == .line(index: nil, field: TextField(limit: RaisedTheme.maxLength)))
        type("opvoeding in twee talen", into: &state)
        #expect(
            savedThemes(state.reduce(.command(.confirm))) == [
                "schoonfamilie", "geld en wie erover beslist", "opvoeding in twee talen",
            ])
        #expect(state.evaluation?.choice == 2)
        #expect(state.evaluation?.raisedThemes.last?.meetingId == subject.meeting.id)
        // Back on the field the cursor starts at its first line; Enter edits it.
        _ = state.reduce(.command(.moveUp))
        _ = state.reduce(.command(.moveDown))
        #expect(state.evaluation?.field == .raisedThemes && state.evaluation?.choice == 0)
        _ = state.reduce(.command(.editField))
        #expect(
            state.evaluation?.typing == .line(index: 0, field: TextField("schoonfamilie", limit: RaisedTheme.maxLength))
        )
        type(" en buren", into: &state)
        let edited = state.reduce(.command(.confirm))
        #expect(savedThemes(edited)?.first == "schoonfamilie en buren")
        guard case .saveEvaluation(_, let themes) = edited.first else { return }
        #expect(themes.first?.id == subject.raisedThemes[0].id)
        _ = state.reduce(.command(.stepForward))
        #expect(
            savedThemes(state.reduce(.command(.removeLine))) == [
                "schoonfamilie en buren", "opvoeding in twee talen",
            ])
    }

    @Test func aThemeIsAFewWordsAndAnEmptyLineChangesNothing() {
        var state = form(on: .raisedThemes)
        _ = state.reduce(.command(.increase))
        type(String(repeating: "ş", count: 70), into: &state)
        guard case .line(_, let text) = state.evaluation?.typing else {
            Issue.record("not typing")
            return
        }
        #expect(text.used == RaisedTheme.maxLength)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.increase))
        type("   ", into: &state)
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.inputMode == .evaluation)
    }

    @Test func aLineIsEditedWhereTheCursorIs() {
        var state = form(on: .agreements)
        _ = state.reduce(.command(.editField))
        type("om acht uur", into: &state)
        _ = state.reduce(.command(.cursorToStart))
        type("Beginnen ", into: &state)
        _ = state.reduce(.command(.cursorToEnd))
        _ = state.reduce(.command(.deleteWordBackward))
        type("negen uur", into: &state)
        #expect(saved(state.reduce(.command(.confirm)))?.agreements.first == "Beginnen om acht negen uur")
    }

    @Test func agreementsAreTypedUpToTheirLimitsAndEnterOnNoneAddsOne() {
        var state = form(on: .agreements)
        _ = state.reduce(.command(.editField))
        #expect(state.evaluation?.typing == .line(index: nil, field: TextField(limit: Evaluation.agreementLength)))
        type(String(repeating: "a", count: 130), into: &state)
        #expect(saved(state.reduce(.command(.confirm)))?.agreements.first?.count == Evaluation.agreementLength)
        for number in 2...Evaluation.agreementCount {
            _ = state.reduce(.command(.increase))
            type("afspraak \(number)", into: &state)
            _ = state.reduce(.command(.confirm))
        }
        #expect(shown(state).agreements.count == 10)
        #expect(state.evaluation?.choice == 9)
        #expect(state.reduce(.command(.increase)) == [])
        #expect(state.status == .evaluation(.agreementsFull(10)))
        #expect(state.inputMode == .evaluation)
        #expect(saved(state.reduce(.command(.removeLine)))?.agreements.count == 9)
        #expect(state.evaluation?.choice == 8)
    }

    // MARK: - Hands

    @Test func handsAreTypedOneAfterTheOtherWithEnter() {
        var state = form(on: .useful)
        _ = state.reduce(.command(.editField))
        type("8", into: &state)
        #expect(saved(state.reduce(.command(.confirm)))?.useful == HandCount(yes: 8))
        #expect(state.evaluation?.typing == .count("") && state.evaluation?.handAnswer == .partly)
        type("3", into: &state)
        _ = state.reduce(.command(.confirm))
        // An empty count goes on to the next one without a change.
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.inputMode == .evaluation)
        #expect(shown(state).useful == HandCount(yes: 8, partly: 3))
    }

    @Test func arrowsPickAHandCountThatPlusMinusAndZeroChange() {
        var state = form(on: .heard)
        _ = state.reduce(.command(.stepForward))
        _ = state.reduce(.command(.stepForward))
        _ = state.reduce(.command(.stepForward))
        #expect(state.evaluation?.handAnswer == .no)
        #expect(saved(state.reduce(.command(.increase)))?.heard == HandCount(no: 1))
        #expect(saved(state.reduce(.command(.decrease)))?.heard == HandCount(no: 0))
        #expect(state.reduce(.command(.decrease)) == [])
        #expect(saved(state.reduce(.command(.clearValue)))?.heard == HandCount())
    }

    // MARK: - Follow-ups and wellbeing

    @Test func aftercareIsDueEightWeeksAfterTheMeetingAndMovesByAWeek() {
        var state = form(on: .aftercare)
        #expect(saved(state.reduce(.command(.toggleField)))?.aftercareDue == Fixtures.date("2027-01-26T00:00"))
        #expect(saved(state.reduce(.command(.stepForward)))?.aftercareDue == Fixtures.date("2027-02-02T00:00"))
        for _ in 0..<12 { _ = state.reduce(.command(.stepBack)) }
        #expect(shown(state).aftercareDue == Fixtures.date("2026-12-08T00:00"))
        state.evaluation?.evaluation.aftercareDoneAt = Fixtures.evaluationNow
        let off = saved(state.reduce(.command(.toggleField)))
        #expect(off?.aftercareDue == nil && off?.aftercareDoneAt == nil)
        // Off, the arrows have no day to move.
        #expect(state.reduce(.command(.stepForward)) == [])
    }

    @Test func intervisieIsDueTwoWeeksAfterTheMeeting() {
        var state = form(on: .intervisie)
        #expect(saved(state.reduce(.command(.editField)))?.intervisieDue == Fixtures.date("2026-12-15T00:00"))
        #expect(saved(state.reduce(.command(.clearValue)))?.intervisieDue == nil)
    }

    @Test func lowWellbeingSuggestsIntervisieWhichIOneKeyTurnsOn() {
        var state = form(on: .wellbeing, [.score2])
        #expect(shown(state).suggestsIntervisie)
        #expect(saved(state.reduce(.command(.planIntervisie)))?.intervisieDue == Fixtures.date("2026-12-15T00:00"))
        #expect(state.status == .evaluation(.intervisiePlanned(weeks: 2)))
        #expect(state.reduce(.command(.planIntervisie)) == [])
        #expect(state.status == .evaluation(.intervisieAlreadyPlanned))
        _ = state.reduce(.command(.score3))
        #expect(!shown(state).suggestsIntervisie)
    }

    // MARK: - Saving

    @Test func everySaveCarriesTheWholeEvaluationAtTheTimeOfTheChange() {
        var state = form(on: .atmosphere, [.score4])
        _ = state.reduce(.tick(Fixtures.evaluationNow + 60))
        _ = state.reduce(.command(.moveDown))
        let stored = saved(state.reduce(.command(.score3)))
        #expect(stored?.atmosphere == 4 && stored?.safety == 3)
        #expect(stored?.landed == [prompts[0], prompts[3]])
        #expect(stored?.meetingId == subject.meeting.id)
        #expect(stored?.updatedAt == Fixtures.evaluationNow + 60)
    }

    @Test func aFailedSavePutsBackWhatIsStored() {
        var state = form(on: .atmosphere)
        let first = saved(state.reduce(.command(.score4)))!
        _ = state.reduce(.evaluationSaved(first))
        _ = state.reduce(.command(.score1))
        _ = state.reduce(.evaluationFailed(.unexpected("schijf vol")))
        #expect(shown(state).atmosphere == 4)
        #expect(state.status == .evaluation(.saveFailed(.unexpected("schijf vol"))))
        #expect(state.screen == .evaluation)
        // A theme that could not be stored goes too.
        for _ in 0..<6 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.increase))
        type("buren", into: &state)
        _ = state.reduce(.command(.confirm))
        #expect(state.evaluation?.raisedThemes.count == 3)
        _ = state.reduce(.evaluationFailed(.unexpected("schijf vol")))
        #expect(state.evaluation?.raisedThemes == subject.raisedThemes)
        #expect(state.evaluation?.choice == 1)
    }

    // MARK: - Closing

    @Test func closingGoesBackToTheStartScreenReadAfresh() {
        var state = form()
        #expect(state.reduce(.command(.closeEvaluation)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start && state.evaluation == nil)
    }

    @Test func afterTheLastRegularMeetingClosingShowsTheSeriesSummary() {
        var state = form(Fixtures.evaluationSubject(number: 3))
        #expect(
            state.reduce(.command(.closeEvaluation)) == [
                .loadSeries, .loadFollowUps, .loadSummary(seriesId: subject.series.id),
            ])
    }

    @Test func openedFromTheOverzichtItGoesBackThere() {
        var state = Fixtures.state()
        state.screen = .overview
        state.overviewState.filter.organisation = "IOT"
        _ = state.reduce(.evaluationLoaded(Fixtures.evaluationSubject(number: 3)))
        #expect(state.evaluation?.origin == .overview)
        #expect(state.reduce(.command(.closeEvaluation)) == [.loadOverview(state.overviewState.filter)])
        #expect(state.screen == .overview)

        state.screen = .summary
        _ = state.reduce(.evaluationLoaded(subject))
        #expect(state.evaluation?.origin == .summary(seriesId: subject.series.id))
        #expect(state.reduce(.command(.closeEvaluation)) == [.loadSummary(seriesId: subject.series.id)])
        #expect(state.screen == .summary)
    }

    @Test func helpAndTheCommandLineWorkInTheForm() {
        var state = form()
        _ = state.reduce(.command(.help))
        #expect(state.inputMode == .help && state.helpSubject == .evaluation)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.reduce(.command(.redraw)) == [.redrawAll])
        _ = state.reduce(.command(.openCommandLine))
        #expect(state.inputMode == .commandLine)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.editField))
        #expect(state.helpSubject == .evaluationText)
    }
}

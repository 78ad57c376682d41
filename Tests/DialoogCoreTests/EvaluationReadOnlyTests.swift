import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// An evaluation opened from the overzicht or a summary is the gespreksleider's: it shows
/// without changing until the edit key is confirmed, and a change then records the day.
@Suite("Evaluation read only")
struct EvaluationReadOnlyTests {
    var subject: EvaluationSubject {
        var subject = Fixtures.evaluationSubject()
        subject.evaluation = Evaluation(
            meetingId: subject.meeting.id, safety: 4, updatedAt: Fixtures.date("2026-12-01T12:00"))
        return subject
    }

    /// The form opened from the overzicht, on the safety field.
    func fromOverview() -> AppState {
        var state = Fixtures.evaluationState(subject)
        state.screen = .overview
        _ = state.reduce(.evaluationLoaded(subject))
        while state.evaluation?.field != .safety { _ = state.reduce(.command(.moveDown)) }
        return state
    }

    @Test func aDigitChangesNothingAndSavesNothing() {
        var state = fromOverview()
        #expect(state.evaluation?.locked == true)
        for command: Command in [.score5, .stepForward, .stepBack, .toggleField, .editField, .clearValue, .increase] {
            #expect(state.reduce(.command(command)) == [])
        }
        #expect(state.evaluation?.evaluation.safety == 4)
        #expect(state.evaluation?.typing == nil)
        #expect(state.status == .evaluation(.readOnly))
    }

    @Test func theEditKeyAsksAndYesUnlocksTheForm() {
        var state = fromOverview()
        #expect(state.reduce(.command(.unlockEvaluation)) == [])
        #expect(state.inputMode == .evaluationConfirmEdit)
        #expect(state.status == .evaluation(.confirmEdit))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.inputMode == .evaluation)
        let effects = state.reduce(.command(.score5))
        guard effects.count == 1, case .saveEvaluation(let saved, _) = effects[0] else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        #expect(saved.safety == 5)
        #expect(saved.editedAt == state.now)
    }

    @Test func noLeavesItReadOnly() {
        var state = fromOverview()
        _ = state.reduce(.command(.unlockEvaluation))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.inputMode == .evaluation)
        #expect(state.evaluation?.locked == true)
        #expect(state.reduce(.command(.score5)) == [])
        #expect(state.evaluation?.evaluation.safety == 4)
    }

    @Test func theGespreksleidersOwnFormEditsWithoutAsking() {
        var state = Fixtures.evaluationState(subject)
        #expect(state.evaluation?.origin == .start)
        #expect(state.evaluation?.locked == false)
        while state.evaluation?.field != .safety { _ = state.reduce(.command(.moveDown)) }
        let effects = state.reduce(.command(.score5))
        guard effects.count == 1, case .saveEvaluation(let saved, _) = effects[0] else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        #expect(saved.safety == 5)
        #expect(saved.editedAt == nil)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Text typed into a field whose save failed goes back into that field, so Enter can try
/// again; and a note being typed is kept with the meeting (issue 20).
@Suite("Typed text survives a failed save")
struct UnsavedTextTests {
    let full = Failure.store(.diskFull(path: "/tmp/d.sqlite"))

    func live(_ commands: [Command] = []) -> AppState {
        var state = Fixtures.liveState(Fixtures.openedMeeting())
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test func aNoteThatCouldNotBeSavedIsInItsPanelAgain() {
        var state = live([.note])
        _ = state.reduce(.insertText("Fatima wil volgende keer over school praten"))
        _ = state.reduce(.command(.confirm))
        #expect(state.live.panel == nil)
        _ = state.reduce(.liveSaveFailed(full))
        #expect(state.live.panel == .note(TextField("Fatima wil volgende keer over school praten", limit: 280)))
        #expect(state.live.meeting?.record.notes == [])
        #expect(state.live.undo.isEmpty)
        #expect(state.status == .live(.saveFailed(full)))
        // Enter again stores it.
        guard case .saveLive(let record) = state.reduce(.command(.confirm)).first else {
            Issue.record("no save")
            return
        }
        #expect(record.notes.map(\.text) == ["Fatima wil volgende keer over school praten"])
    }

    @Test func aRaisedThemeThatCouldNotBeSavedIsTypedAgain() {
        var state = live([.promptDeck, .raiseTheme])
        _ = state.reduce(.insertText("schoonfamilie"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.liveSaveFailed(full))
        guard case .deck(let panel) = state.live.panel else {
            Issue.record("the deck is not open: \(String(describing: state.live.panel))")
            return
        }
        #expect(panel.raising == "schoonfamilie")
        #expect(state.live.meeting?.record.raisedThemes == [])
    }

    @Test func aNicknameThatCouldNotBeSavedIsTypedAgain() {
        var state = live([.attendance, .addParticipant])
        _ = state.reduce(.insertText("Sara"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.liveSaveFailed(full))
        guard case .attendance(let panel) = state.live.panel else {
            Issue.record("attendance is not open")
            return
        }
        #expect(panel.typing == "Sara")
        #expect(state.live.meeting?.record.participants.map(\.nickname).contains("Sara") == false)
    }

    @Test func anotherActionThatFailedOpensNoField() {
        var state = live([.toggleTimer])
        _ = state.reduce(.liveSaved(state.live.meeting!.record))
        _ = state.reduce(.command(.nextBlock))
        _ = state.reduce(.liveSaveFailed(full))
        #expect(state.live.panel == nil)
    }

    @Test func anEvaluationLineThatCouldNotBeSavedIsTypedAgain() {
        var state = Fixtures.evaluationState()
        for _ in 0..<EvaluationField.agreements.rawValue { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.editField))
        _ = state.reduce(.insertText("Volgende keer om acht uur"))
        _ = state.reduce(.command(.confirm))
        #expect(state.evaluation?.typing == nil)
        _ = state.reduce(.evaluationFailed(full))
        #expect(state.evaluation?.typing?.text == "Volgende keer om acht uur")
        #expect(state.evaluation?.evaluation.agreements.contains("Volgende keer om acht uur") == false)
        #expect(state.status == .evaluation(.saveFailed(full)))
    }

    @Test func aStoredEvaluationLineIsNotTypedAgainByALaterFailure() {
        var state = Fixtures.evaluationState()
        for _ in 0..<EvaluationField.agreements.rawValue { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.editField))
        _ = state.reduce(.insertText("Om acht uur"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.evaluationSaved(state.evaluation!.evaluation))
        _ = state.reduce(.evaluationFailed(full))
        #expect(state.evaluation?.typing == nil)
    }

    // MARK: - The note's draft

    @Test func aNoteBeingTypedIsStoredWithTheMeetingAndClearedWhenSaved() {
        var state = live([.note])
        let typed = state.reduce(.insertText("Amina"))
        guard case .saveLive(let draft) = typed.first else {
            Issue.record("typing stored nothing")
            return
        }
        #expect(draft.noteDraft == "Amina")
        #expect(state.live.undo.isEmpty, "a draft is not an action to undo")
        let stored = state.reduce(.command(.confirm))
        guard case .saveLive(let record) = stored.first else {
            Issue.record("the note was not stored")
            return
        }
        #expect(record.noteDraft == nil)
        #expect(record.notes.map(\.text) == ["Amina"])
        #expect(state.live.undo.last?.before.noteDraft == nil, "undo brings back no draft")
    }

    @Test func escapeDropsTheDraft() {
        var state = live([.note])
        _ = state.reduce(.insertText("half"))
        guard case .saveLive(let record) = state.reduce(.command(.closeOverlay)).first else {
            Issue.record("the draft was not cleared")
            return
        }
        #expect(record.noteDraft == nil)
    }

    @Test func aResumedMeetingOffersItsDraft() {
        var meeting = Fixtures.openedMeeting()
        meeting.record.noteDraft = "Amina wil terugkomen"
        var state = Fixtures.state()
        _ = state.reduce(.liveLoaded(meeting))
        #expect(state.live.panel == .note(TextField("Amina wil terugkomen", limit: LiveNote.maxLength)))
        #expect(state.inputMode == .liveNote)
    }

    @Test func aFailedSaveOfTheNoteKeepsTheDraftStored() {
        var state = live([.note])
        _ = state.reduce(.insertText("Amina"))
        _ = state.reduce(.liveSaved(state.live.meeting!.record))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.liveSaveFailed(full))
        #expect(state.live.meeting?.record.noteDraft == "Amina")
        #expect(state.live.panel == .note(TextField("Amina", limit: LiveNote.maxLength)))
        #expect(state.live.undo.isEmpty)
    }
}

import Foundation

// STUB (foundation): H2 builds the form's state here.
/// The evaluation form of one meeting: what the meeting recorded, the evaluation as edited,
/// and the field under the cursor.
package struct EvaluationForm: Equatable, Sendable {
    package var subject: EvaluationSubject
    package var evaluation: Evaluation
    package var raisedThemes: [RaisedTheme]

    package init(subject: EvaluationSubject, now: Date) {
        self.subject = subject
        self.evaluation = subject.evaluation ?? Evaluation(meetingId: subject.meeting.id, updatedAt: now)
        self.raisedThemes = subject.raisedThemes
    }

    /// Which part of the keymap applies in the form.
    package var inputMode: InputMode { .evaluation }
}

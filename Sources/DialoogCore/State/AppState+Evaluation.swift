import Foundation

// STUB (foundation): H2 builds the form's reducer here.
/// The evaluation form: every change is one `.saveEvaluation` of the whole evaluation.
extension AppState {
    mutating func receiveEvaluation(_ subject: EvaluationSubject) -> [Effect] {
        evaluation = EvaluationForm(subject: subject, now: now)
        screen = .evaluation
        overlay = nil
        return []
    }

    mutating func evaluationSaved(_ saved: Evaluation) -> [Effect] {
        []
    }

    mutating func evaluationFailed(_ message: String) -> [Effect] {
        []
    }

    mutating func performInEvaluation(_ command: Command) -> [Effect] {
        performOnAnyScreen(command)
    }

    mutating func typeInEvaluation(_ text: String) {}
}

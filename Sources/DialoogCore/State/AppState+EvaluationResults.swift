import Foundation

/// The root's part of the evaluation form: opening it when a meeting has been read (which
/// depends on the screen it was asked from), and applying a save that was stored or failed.
extension AppState {
    mutating func receiveEvaluation(_ subject: EvaluationSubject) -> [Effect] {
        let origin: EvaluationOrigin =
            switch screen {
            case .evaluation: evaluation?.origin ?? .start
            case .overview: .overview
            case .summary: .summary(seriesId: overviewState.summary?.series.id ?? subject.series.id)
            default: .start
            }
        evaluation = EvaluationForm(subject: subject, now: now, origin: origin)
        screen = .evaluation
        overlay = nil
        // The status stays: after the end of a meeting it says the meeting was stored.
        // The prompts' words come from the library; without it the form shows their ids.
        return library == nil ? [.loadLibrary] : []
    }

    // MARK: - Saving

    mutating func evaluationSaved(_ saved: Evaluation) -> [Effect] {
        guard var form = evaluation, form.evaluation.meetingId == saved.meetingId else { return [] }
        form.saved = saved
        // Saves are answered in the order they were made, the last one just now.
        form.savedThemes = form.sentThemes
        form.sentLine = nil
        evaluation = form
        return []
    }

    mutating func evaluationFailed(_ failure: Failure) -> [Effect] {
        guard var form = evaluation, screen == .evaluation else {
            // A meeting whose record could not be stored is the news, not the form after it.
            if case .live(.saveFailed) = status { return [] }
            status = .evaluation(.openFailed(failure))
            return []
        }
        status = .evaluation(.saveFailed(failure))
        form.evaluation = form.saved
        form.raisedThemes = form.savedThemes
        form.sentThemes = form.savedThemes
        form.typing = nil
        // A line that could not be stored is typed again into its field, for another Enter.
        if let sent = form.sentLine, sent.field == form.field { form.typing = sent.typing }
        form.sentLine = nil
        form.choice = min(form.choice, max(form.choiceCount - 1, 0))
        evaluation = form
        return []
    }
}

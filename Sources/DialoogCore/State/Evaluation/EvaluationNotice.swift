/// What the status line says about the evaluation form. The TUI words it.
package enum EvaluationNotice: Equatable, Sendable {
    /// The last change could not be stored; the form shows what is stored again.
    case saveFailed(Failure)
    /// The form could not be opened.
    case openFailed(Failure)
    /// The series has no meeting that has ended, so there is nothing to evaluate yet.
    case nothingEnded(series: String)
    /// A typed number is not a count the field takes.
    case badCount(String, range: ClosedRange<Int>)
    /// The group's agreements are full.
    case agreementsFull(Int)
    /// The evaluation holds the most recommendations it takes.
    case recommendationsFull(Int)
    /// Intervisie is now planned, `weeks` weeks after the meeting.
    case intervisiePlanned(weeks: Int)
    /// Intervisie was already planned; the field shows the day.
    case intervisieAlreadyPlanned
    /// A key that means nothing on this field; the field's own keys are in the panel.
    case notOnThisField
    /// The form was opened from the overzicht or a summary and shows without changing; the
    /// edit key unlocks it.
    case readOnly
    /// Asking whether to change the gespreksleider's evaluation.
    case confirmEdit
    /// The form is unlocked: changes are stored, with the day they were made.
    case unlocked
}

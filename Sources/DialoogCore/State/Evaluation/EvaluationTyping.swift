/// What is being typed in the evaluation form.
package enum EvaluationTyping: Equatable, Sendable {
    /// A number for a count field (expected, resistance moments, a hand count), as typed so far.
    case count(String)
    /// A raised theme or an agreement: the line at `index` being edited, or a new one (nil).
    case line(index: Int?, text: String)
}

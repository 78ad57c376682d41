/// What is being typed in the evaluation form.
package enum EvaluationTyping: Equatable, Sendable {
    /// A number for a count field (expected, resistance moments, a hand count), as typed so far.
    case count(TextField)
    /// A raised theme or an agreement: the line at `index` being edited, or a new one (nil).
    case line(index: Int?, field: TextField)

    /// A count being typed: three digits reach every count the form takes (up to 500), four
    /// the expenses in euros.
    package static func count(_ text: String, digits: Int = 3) -> EvaluationTyping {
        .count(TextField(text, limit: digits))
    }

    package var field: TextField {
        switch self {
        case .count(let field), .line(_, let field): field
        }
    }

    /// What has been typed so far.
    package var text: String { field.text }

    /// Applies a text edit to the field being typed.
    package mutating func apply(_ edit: TextEdit) {
        switch self {
        case .count(var field):
            field.apply(edit)
            self = .count(field)
        case .line(let index, var field):
            field.apply(edit)
            self = .line(index: index, field: field)
        }
    }
}

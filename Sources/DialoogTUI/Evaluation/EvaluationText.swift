import DialoogCore

// STUB (foundation): H2 fills in the form's words (like LiveText, with +Dutch/+English).
/// The words of the evaluation form, reached through `Text.evaluation`.
package enum EvaluationText: Equatable, Sendable {
    case modeName(InputMode)
    case title

    package var dutch: String {
        switch self {
        case .modeName: "evaluatie"
        case .title: "Evaluatie"
        }
    }

    package var english: String {
        switch self {
        case .modeName: "evaluation"
        case .title: "Evaluation"
        }
    }
}

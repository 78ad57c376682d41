import DialoogCore

extension EvaluationText {
    static func englishHelp(_ command: Command) -> String {
        switch command {
        case .evaluate: "evaluate the latest closed meeting"
        case .stepBack: "lower, a week earlier, or the previous item in the list"
        case .stepForward: "higher, a week later, or the next item in the list"
        case .toggleField: "tick or untick; aftercare and intervisie on or off"
        case .editField: "type a count, theme or agreement; tick a choice"
        case .increase: "one more (count, score, a week later), or add a line"
        case .decrease: "one less (count, score, a week earlier)"
        case .score1: "score 1 (low)"
        case .score2: "score 2"
        case .score3: "score 3"
        case .score4: "score 4"
        case .score5: "score 5 (high)"
        case .clearValue: "empty the field"
        case .removeLine: "remove the line under the cursor"
        case .planIntervisie: "turn intervisie on, two weeks after the meeting"
        case .closeEvaluation: "back; everything is already saved"
        default: ""
        }
    }

    static func englishHint(_ command: Command) -> String {
        switch command {
        case .evaluate: "evaluate"
        case .stepBack, .stepForward: "adjust"
        case .toggleField: "tick"
        case .editField: "type"
        case .increase, .decrease: "count"
        case .score1, .score2, .score3, .score4, .score5: "score"
        case .clearValue: "clear"
        case .removeLine: "remove"
        case .planIntervisie: "intervisie"
        case .closeEvaluation: "back"
        default: ""
        }
    }

    static func englishNotice(_ notice: EvaluationNotice) -> String {
        switch notice {
        case .saveFailed(let failure): "NOT saved: \(failure.english). The form shows what is stored again."
        case .openFailed(let failure): "The evaluation could not be opened: \(failure.english)"
        case .nothingEnded(let series): "'\(series)': no closed meeting to evaluate yet."
        case .badCount(let text, let range):
            "'\(text)' is not a number from \(range.lowerBound) to \(range.upperBound)."
        case .agreementsFull(let count): "An evaluation holds \(count) agreements; remove one first with x."
        case .intervisiePlanned(let weeks): "Intervisie is on, \(weeks) weeks after the meeting."
        case .intervisieAlreadyPlanned: "Intervisie is already planned."
        case .notOnThisField: "That key does nothing on this field; the keys it takes are under its explanation."
        }
    }
}

import DialoogCore

extension EvaluationText {
    static func englishNotice(_ notice: EvaluationNotice) -> String {
        switch notice {
        case .saveFailed(let failure): "NOT saved: \(failure.english)"
        case .openFailed(let failure): "The evaluation could not be opened: \(failure.english)"
        case .nothingEnded(let series): "'\(series)': no closed meeting to evaluate yet."
        case .badCount(let text, let range):
            "'\(text)' is not a number from \(range.lowerBound) to \(range.upperBound)."
        case .agreementsFull(let count): "An evaluation holds \(count) agreements; remove one first with x."
        case .recommendationsFull(let count): "An evaluation holds \(count) recommendations; remove one first with x."
        case .intervisiePlanned(let weeks): "Intervisie is on, \(weeks) weeks after the meeting."
        case .intervisieAlreadyPlanned: "Intervisie is already planned."
        case .notOnThisField: "That key does nothing on this field; the keys it takes are under its explanation."
        case .readOnly: "Read only: the evaluation is the facilitator's. E to edit."
        case .confirmEdit: "This evaluation is the facilitator's. Change it? y/n"
        case .unlocked: "Editing is on; every change is saved with 'edited on'."
        }
    }
}

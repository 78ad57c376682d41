/// The evaluation form's reducer. Closing the form is a navigation back to where it was opened
/// from; the root drops the form as it leaves the evaluation screen.
extension EvaluationForm: FeatureSlice {
    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        var reduction = EvaluationReduction(evaluation: self, context: context)
        let effects = reduction.performInEvaluation(command)
        if let form = reduction.evaluation { self = form }
        return Outcome(effects) + reduction.outcome
    }

    /// Text typed into a count or a line of the form.
    package mutating func type(_ text: String, in context: Context) {
        var reduction = EvaluationReduction(evaluation: self, context: context)
        reduction.typeInEvaluation(text)
        if let form = reduction.evaluation { self = form }
    }

    /// A command on the evaluation screen when no form is open (it could not be read): Esc
    /// goes back to the start screen.
    package static func reduceWithoutForm(_ command: Command, in context: Context) -> Outcome {
        var reduction = EvaluationReduction(evaluation: nil, context: context)
        let effects = reduction.performInEvaluation(command)
        return Outcome(effects) + reduction.outcome
    }
}

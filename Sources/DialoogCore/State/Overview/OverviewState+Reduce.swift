/// The overzicht's and the series summary's reducer, by input mode.
extension OverviewState: FeatureSlice {
    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        reducing(in: context) { $0.performInOverview(command) }
    }

    /// Digits typed into the target form.
    package mutating func type(_ text: String, in context: Context) -> Outcome {
        reducing(in: context) {
            $0.typeInOverview(text)
            return []
        }
    }

    /// Runs one of the slice's handlers on a reduction of this state in `context`; the root
    /// applies the answers from the store this way too.
    mutating func reducing(in context: Context, _ body: (inout OverviewReduction) -> [Effect]) -> Outcome {
        var reduction = OverviewReduction(overviewState: self, context: context)
        let effects = body(&reduction)
        self = reduction.overviewState
        return Outcome(effects) + reduction.outcome
    }
}

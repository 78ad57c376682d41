import Foundation

/// `e` in the planner: the series' details in the fields of the new-series form, reduced by
/// the same form; its last line stores them as one change of the plan, which `u` takes back.
extension PlannerReduction {
    mutating func performInDetails(_ command: Command) -> [Effect] {
        guard var form = plannerState.details, var plan = plannerState.plan else {
            plannerState.details = nil
            return []
        }
        if form.confirmingDiscard {
            // Esc again throws the changes away; any other key goes back to the form.
            form.confirmingDiscard = false
            plannerState.details = command == .closeOverlay ? nil : form
            outcome.status = .clear
            return []
        }
        switch command {
        case .closeOverlay:
            var unchanged = NewSeriesForm(editing: plan.series)
            (unchanged.field, unchanged.cursor) = (form.field, form.cursor)
            (unchanged.groupCursor, unchanged.problems) = (form.groupCursor, form.problems)
            unchanged.knownMunicipalities = form.knownMunicipalities
            if form == unchanged {
                plannerState.details = nil
                outcome.status = .clear
            } else {
                form.confirmingDiscard = true
                plannerState.details = form
                outcome.status = .show(.plan(.confirmDiscardForm))
            }
            return []
        case .confirm where form.field == .create:
            switch form.edited(plan.series) {
            case .failure(let problems):
                outcome = form.show(problems)
                plannerState.details = form
                return []
            case .success(let series):
                plannerState.details = nil
                guard series != plan.series else {
                    outcome.status = .clear
                    return []
                }
                plan.series = series
                let effects = commit(plan, change: .details)
                if !effects.isEmpty { outcome.status = .show(.plan(.detailsSaved(name: series.name))) }
                return effects
            }
        default:
            let result = form.reduce(command, in: context)
            plannerState.details = form
            outcome = result
            return []
        }
    }
}

/// `S` in the planner: the series saved as a template (issue 17), the way
/// `dialoog plan template save` does it. The name is typed on the bottom line, starting from
/// the series' name; a name in use is written over only after j (`PlannerConfirmation`).
extension PlannerReduction {
    mutating func askTemplateName(_ plan: SeriesPlan) {
        plannerState.templateName = TextField(plan.series.name, limit: Limits.name)
        outcome.status = .clear
    }

    mutating func performInTemplateName(_ command: Command) -> [Effect] {
        guard let field = plannerState.templateName else { return [] }
        if let edit = command.textEdit {
            plannerState.templateName?.apply(edit)
            outcome.status = .clear
            return []
        }
        switch command {
        case .confirm, .submit:
            guard let plan = plannerState.plan else { return [] }
            guard let name = TemplateName.cleaned(field.text) else {
                outcome.status = .show(.plan(.badTemplateName(max: Limits.name)))
                return []
            }
            plannerState.templateName = nil
            outcome.status = .clear
            return [.saveTemplate(plan, name: name, replace: false)]
        case .closeOverlay:
            plannerState.templateName = nil
            outcome.status = .show(.plan(.templateKept(name: nil)))
        case .redraw:
            return [.redrawAll]
        case .help:
            outcome.requests.append(.openHelp)
        default:
            break
        }
        return []
    }
}

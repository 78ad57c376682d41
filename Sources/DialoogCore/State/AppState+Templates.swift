/// What comes back from the templates folder (issue 17): to the planner that saved a series
/// as a template, or to the new-series form that starts from one. The root applies it, as it
/// applies a plan that was read, since the answer may arrive after the screen changed.
extension AppState {
    mutating func receiveTemplate(_ action: Action) -> [Effect] {
        switch action {
        case .templateSaved(let name, let path, let replaced):
            status = .plan(.templateSaved(name: name, path: path, replaced: replaced))
        case .templateExists(let name):
            guard screen == .planner, plannerState.plan != nil else { return [] }
            plannerState.confirming = .replaceTemplate(name: name)
            status = .plan(.confirmReplaceTemplate(name: name))
        case .templateNotSaved(let path, let reason):
            status = .plan(.templateNotWritten(path: path, reason: reason))
        case .templatesListed(let names, let folder):
            guard screen == .newSeries, var form = newSeries else { return [] }
            status = form.listTemplates(names, folder: folder)
            newSeries = form
        case .templateRead(let name, let plan):
            guard screen == .newSeries, var form = newSeries else { return [] }
            status = form.take(plan, name: name, library: library)
            newSeries = form
        case .templateUnreadable(_, let diagnostics):
            // The form stays as it was: nothing typed is lost.
            guard let first = diagnostics.first else { return [] }
            status = .plan(.templateUnreadable(first, more: diagnostics.count - 1))
        default:
            break
        }
        return []
    }
}

/// `s` in the new-series form: start from a template (issue 17). The templates folder's names
/// come back from the outside (`Effect.listTemplates`) and open a type-ahead list; the one
/// chosen is read (`Effect.readTemplate`) and its agenda becomes the new series'. The form still
/// asks the name, dates, place and the rest; a template that cannot be read changes nothing.
extension NewSeriesForm {
    /// The keys of the templates list: type to narrow, ↑↓, Enter reads the one under the
    /// cursor, Esc closes the list and leaves the form as it was.
    mutating func chooseTemplate(_ command: Command) -> Outcome {
        guard var picker = templates else { return .none }
        let items = picker.items(library: nil)
        if let edit = command.textEdit {
            if picker.filter.apply(edit) { picker.selection = 0 }
            templates = picker
            return .none
        }
        if let row = command.moved(from: picker.selection, last: items.count - 1, page: 10) {
            templates?.selection = row
            return .none
        }
        switch command {
        case .submit, .confirm:
            guard items.indices.contains(picker.selection), let name = items[picker.selection].id else { return .none }
            templates = nil
            return Outcome([.readTemplate(name: name)], status: .clear)
        case .closeOverlay:
            templates = nil
            return Outcome(status: .clear)
        case .help: return Outcome(requests: [.openHelp])
        case .redraw: return Outcome([.redrawAll])
        default: return .none
        }
    }

    /// The templates folder's names arrived: the list opens on them, or the status says the
    /// folder has none.
    package mutating func listTemplates(_ names: [String], folder: String) -> Status? {
        guard !names.isEmpty else { return .plan(.noTemplates(folder: folder)) }
        templates = ChoicePicker(subject: .template(names: names))
        return nil
    }

    /// The template `name` read as `plan`: the form takes its method, and the group, venue,
    /// languages and size it has where the form has none yet (nothing typed is written over).
    package mutating func take(_ plan: SeriesPlan, name: String, library: Library?) -> Status {
        let series = plan.series
        guard let index = library?.methods.firstIndex(where: { $0.id == series.methodId }) else {
            return .plan(.templateMethodUnknown(name: name, method: series.methodId))
        }
        if index != methodIndex {
            (methodIndex, choice, choiceCursor) = (index, [], 0)
        }
        if organisation.isEmpty, series.organisation != library?.methods[index].organisation.short {
            organisation = series.organisation
        }
        if venue == nil { venue = series.venue }
        if languages.isEmpty { languages = series.languages.joined(separator: ", ") }
        if groups.isEmpty { groups = series.groups }
        if groupSize.isEmpty { groupSize = series.expectedGroupSize.map(String.init) ?? "" }
        template = Template(name: name, plan: plan)
        return .plan(.templateChosen(name: name, meetings: plan.meetings.count))
    }
}

import Foundation

extension AppState {
    /// Opens the new-series form; its methods come from the library, read now if needed.
    mutating func openNewSeries() -> [Effect] {
        screen = .newSeries
        newSeries = NewSeriesForm()
        status = nil
        return library == nil ? [.loadLibrary] : []
    }

    /// The methodology chosen in the form.
    package var newSeriesMethod: Methodology? {
        guard let form = newSeries, let methods = library?.methods, methods.indices.contains(form.methodIndex) else {
            return nil
        }
        return methods[form.methodIndex]
    }

    mutating func typeInNewSeries(_ text: String) {
        guard var form = newSeries, let current = form.text(of: form.field) else { return }
        form.setText(current + text, of: form.field)
        newSeries = form
    }

    mutating func performInNewSeries(_ command: Command) -> [Effect] {
        guard var form = newSeries else { return [] }
        let method = newSeriesMethod
        let fields = NewSeriesForm.fields(for: method)
        let index = fields.firstIndex(of: form.field) ?? 0
        switch command {
        case .nextField, .previousField:
            status = nil
            let step = command == .nextField ? 1 : -1
            form.field = fields[min(max(index + step, 0), fields.count - 1)]
        case .previousChoice, .nextChoice:
            status = nil
            let step = command == .nextChoice ? 1 : -1
            switch form.field {
            case .method:
                let count = library?.methods.count ?? 0
                guard count > 0 else { return [] }
                form.methodIndex = ((form.methodIndex + step) % count + count) % count
                form.choice = []
                form.choiceCursor = 0
            case .venue:
                form.venue = Self.cycle(NewSeriesForm.venueOrder, from: form.venue, by: step)
            case .groups:
                form.groupCursor = min(max(form.groupCursor + step, 0), NewSeriesForm.groupOrder.count - 1)
            case .groupChoice:
                let count = method?.groupChoice?.options.count ?? 0
                form.choiceCursor = min(max(form.choiceCursor + step, 0), max(count - 1, 0))
            default:
                return []
            }
        case .toggle:
            status = nil
            switch form.field {
            case .groups:
                let group = NewSeriesForm.groupOrder[form.groupCursor]
                if let at = form.groups.firstIndex(of: group) {
                    form.groups.remove(at: at)
                } else {
                    form.groups.append(group)
                }
            case .groupChoice:
                guard let options = method?.groupChoice?.options, options.indices.contains(form.choiceCursor) else {
                    return []
                }
                let name = options[form.choiceCursor].name
                if let at = form.choice.firstIndex(of: name) {
                    form.choice.remove(at: at)
                } else {
                    form.choice.append(name)
                }
            default:
                return []
            }
        case .deleteBackward:
            guard let text = form.text(of: form.field) else { return [] }
            form.setText(String(text.dropLast()), of: form.field)
        case .confirm:
            guard form.field == .create else {
                status = nil
                form.field = fields[min(index + 1, fields.count - 1)]
                break
            }
            return createSeries(form)
        case .closeOverlay:
            status = nil
            newSeries = nil
            screen = .start
            return []
        case .help:
            overlay = .help(offset: 0)
            return []
        case .redraw:
            return [.redrawAll]
        default:
            return []
        }
        newSeries = form
        return []
    }

    /// Checks the form; a problem goes to the status line and its field, a good form asks
    /// for the series to be made and stored.
    private mutating func createSeries(_ form: NewSeriesForm) -> [Effect] {
        let result = form.series(
            methods: library?.methods ?? [], calendar: calendar, id: ids.next(), now: now)
        switch result {
        case .failure(let problem):
            status = .plan(problem.notice)
            newSeries?.field = problem.field
            return []
        case .success(let made):
            status = nil
            return [.createSeries(made.series, starts: made.starts)]
        }
    }
}

import Foundation

/// The new-series form's reducer. It changes only the form; leaving it and making the series
/// are an outcome the root applies and an effect the store carries out.
extension NewSeriesForm: FeatureSlice {
    /// The form's input mode: typing on a text field, choosing on the others; asking before a
    /// discard is choosing.
    package var inputMode: InputMode {
        if templates != nil { return .choicePicker }
        return field.isText && !confirmingDiscard ? .newSeriesText : .newSeries
    }

    /// The methodology chosen in the form.
    package func method(in library: Library?) -> Methodology? {
        guard let methods = library?.methods, methods.indices.contains(methodIndex) else { return nil }
        return methods[methodIndex]
    }

    /// Text typed into the field under the cursor, when it is a text field.
    package mutating func type(_ text: String) {
        if templates != nil {
            templates?.filter.apply(.insert(text))
            templates?.selection = 0
            return
        }
        guard field.isText, !confirmingDiscard else { return }
        edit(.insert(text))
    }

    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        if confirmingDiscard {
            // Esc again throws the form away (as in the local help form); any other key goes back to it.
            confirmingDiscard = false
            return command == .closeOverlay ? .go(.start, status: .clear) : Outcome(status: .clear)
        }
        if templates != nil { return chooseTemplate(command) }
        let method = method(in: context.library)
        let fields = fields(for: method)
        let index = fields.firstIndex(of: field) ?? 0
        switch command {
        case .nextField, .previousField:
            let step = command == .nextField ? 1 : -1
            field = fields[min(max(index + step, 0), fields.count - 1)]
            return Outcome(status: .clear)
        case .previousChoice, .nextChoice:
            return choose(by: command == .nextChoice ? 1 : -1, method: method, in: context)
        case .toggle:
            return toggle(method: method)
        case .takeSuggestion:
            guard field == .municipality, let spelling = municipalitySuggestion else { return .none }
            municipality = spelling
            cursor = nil
            problems[.municipality] = nil
            return Outcome(status: .clear)
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit, field.isText else { return .none }
            edit(textEdit)
            return .none
        case .confirm:
            guard field == .create else {
                field = fields[min(index + 1, fields.count - 1)]
                return Outcome(status: .clear)
            }
            return create(in: context)
        case .closeOverlay:
            guard hasChanges else { return .go(.start, status: .clear) }
            confirmingDiscard = true
            return .show(.plan(.confirmDiscardForm))
        case .chooseTemplate where !editing:
            return Outcome([.listTemplates], status: .clear)
        case .help: return Outcome(requests: [.openHelp])
        case .redraw: return Outcome([.redrawAll])
        default: return .none
        }
    }

    private mutating func choose(by step: Int, method: Methodology?, in context: Context) -> Outcome {
        switch field {
        case .method:
            let count = context.library?.methods.count ?? 0
            guard count > 0 else { return Outcome(status: .clear) }
            methodIndex = ((methodIndex + step) % count + count) % count
            choice = []
            choiceCursor = 0
            if let chosen = template {
                // The template's agenda is of the method before: it no longer applies.
                template = nil
                return .show(.plan(.templateDropped(name: chosen.name)))
            }
        case .venue:
            venue = cycled(Self.venueOrder, from: venue, by: step)
        case .groups:
            groupCursor = min(max(groupCursor + step, 0), Self.groupOrder.count - 1)
        case .groupChoice:
            let count = method?.groupChoice?.options.count ?? 0
            choiceCursor = min(max(choiceCursor + step, 0), max(count - 1, 0))
        default:
            return Outcome(status: .clear)
        }
        return Outcome(status: .clear)
    }

    private mutating func toggle(method: Methodology?) -> Outcome {
        switch field {
        case .groups:
            let group = Self.groupOrder[groupCursor]
            if let at = groups.firstIndex(of: group) {
                groups.remove(at: at)
            } else {
                groups.append(group)
            }
        case .groupChoice:
            guard let options = method?.groupChoice?.options, options.indices.contains(choiceCursor) else {
                return Outcome(status: .clear)
            }
            let name = options[choiceCursor].name
            if let at = choice.firstIndex(of: name) {
                choice.remove(at: at)
            } else {
                choice.append(name)
            }
        default:
            break
        }
        return Outcome(status: .clear)
    }

    /// Every problem at once: each field keeps its own, the cursor goes to the first, the
    /// status names it and how many more there are.
    package mutating func show(_ problems: Problems) -> Outcome {
        self.problems = Dictionary(problems.all.map { ($0.field, $0.notice) }, uniquingKeysWith: { first, _ in first })
        guard let first = problems.all.first else { return .none }
        field = first.field
        let more = problems.all.count - 1
        return .show(.plan(more > 0 ? .andMore(first.notice, more: more) : first.notice))
    }

    /// Checks the form; a problem goes to the status line and its field, a good form asks
    /// for the series to be made and stored.
    private mutating func create(in context: Context) -> Outcome {
        let result = series(
            methods: context.library?.methods ?? [], calendar: context.calendar, id: context.ids.next(),
            now: context.now)
        switch result {
        case .failure(let problems):
            return show(problems)
        case .success(let made):
            problems = [:]
            if let template {
                return Outcome(
                    [.createSeriesFromTemplate(made.series, starts: made.starts, template: template.plan)],
                    status: .clear)
            }
            return Outcome(
                [.createSeries(made.series, starts: made.starts, language: context.language)], status: .clear)
        }
    }
}

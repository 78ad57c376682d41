import Foundation

/// The local help form's reducer. It changes only the form; writing the file is an effect, and
/// closing the form is a flag the bibliotheek reads.
extension LocalHelpForm: FeatureSlice {
    /// Typing on a text field, choosing on the others; asking before a discard is choosing.
    package var inputMode: InputMode { field.isText && !confirmingDiscard ? .localHelpText : .localHelp }

    /// Text typed into the field under the cursor, when it is a text field.
    package mutating func type(_ text: String) {
        guard field.isText, !confirmingDiscard, !saving else { return }
        edit(.insert(text))
    }

    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        if confirmingDiscard {
            // Esc again throws the form away; any other key goes back to it.
            confirmingDiscard = false
            if command == .closeOverlay { closing = true }
            return Outcome(status: .clear)
        }
        let fields = Field.allCases
        let index = fields.firstIndex(of: field) ?? 0
        switch command {
        case .nextField, .previousField:
            let step = command == .nextField ? 1 : -1
            field = fields[min(max(index + step, 0), fields.count - 1)]
            return Outcome(status: .clear)
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            switch field {
            case .kind: values.kind = cycled(Self.kindOrder, from: values.kind, by: step)
            case .anonymous: values.anonymous = cycled(Self.anonymityOrder, from: values.anonymous, by: step)
            default: break
            }
            return Outcome(status: .clear)
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit, field.isText, !saving else { return .none }
            edit(textEdit)
            return .none
        case .confirm:
            guard field == .save else {
                field = fields[min(index + 1, fields.count - 1)]
                return Outcome(status: .clear)
            }
            return save(in: context)
        case .closeOverlay:
            guard hasChanges, !saving else {
                closing = true
                return Outcome(status: .clear)
            }
            confirmingDiscard = true
            return .show(.localHelp(.confirmDiscard))
        case .help: return Outcome(requests: [.openHelp])
        case .redraw: return Outcome([.redrawAll])
        default: return .none
        }
    }

    /// Checks the form; a problem goes to the status line and its field, a good form asks for
    /// the entry to be written.
    private mutating func save(in context: Context) -> Outcome {
        guard !saving else { return .none }
        let parts = context.calendar.parts(of: context.now)
        let today = ContentDate(year: parts.year, month: parts.month, day: parts.day)
        let taken = Set(context.library?.help.map(\.id) ?? [])
        switch entry(today: today, taken: taken) {
        case .failure(let problem):
            field = problem.field
            return .show(.localHelp(problem.notice))
        case .success(let entry):
            saving = true
            return Outcome([.saveLocalHelp(entry)], status: .clear)
        }
    }
}

import Foundation

/// The bundle form over the overzicht: typing the file and the key, Enter to export the
/// series shown (the filter's) or to import a bundle.
extension OverviewReduction {
    mutating func performInBundle(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .bundle(var form) = overviewState.panel else { return [] }
        let rows = form.rows
        switch command {
        case .nextField, .previousField, .moveUp, .moveDown:
            let index = rows.firstIndex(of: form.row) ?? 0
            let step = command == .nextField || command == .moveDown ? 1 : rows.count - 1
            form.row = rows[(index + step) % rows.count]
        case .completePath where form.row == .path:
            overviewState.panel = .bundle(form)
            return [.completePath(form.path.text)]
        case .completePath:
            form.row = rows[((rows.firstIndex(of: form.row) ?? 0) + 1) % rows.count]
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit else { break }
            switch form.row {
            case .path:
                form.path.apply(textEdit)
                form.choices = []
            case .recipient: form.recipient.apply(textEdit)
            }
        case .confirm:
            let path = form.path.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                outcome.status = .show(.overview(.bundleNeedsPath))
                form.row = .path
                break
            }
            overviewState.panel = nil
            switch form.kind {
            case .export:
                let recipient = form.recipient.text.trimmingCharacters(in: .whitespaces)
                let ids = overviewState.overview?.series.map(\.id) ?? []
                return [
                    .exportBundle(
                        seriesIds: ids, path: path, recipient: recipient.isEmpty ? nil : recipient,
                        language: context.language)
                ]
            case .import:
                return [.importBundle(path: path, language: context.language)]
            }
        case .closeOverlay:
            overviewState.panel = nil
            return []
        default:
            return performOnAnyScreen(command)
        }
        overviewState.panel = .bundle(form)
        return []
    }

    /// The folder has been read for a Tab: the path grows as far as the names agree; when it
    /// cannot grow, a second Tab (or the Tab after it grew) shows the names that fit. An answer for a path that has
    /// changed since is dropped.
    mutating func completed(_ completion: PathCompletion) {
        guard case .bundle(var form) = overviewState.panel, form.row == .path, form.path.text == completion.typed
        else { return }
        if let problem = completion.problem {
            outcome.status = .show(.pathCompletion(problem))
        } else {
            outcome.status = .clear
        }
        if completion.text != completion.typed {
            form.path = TextField(completion.text)
            form.choices = []
            // Grown but still more than one name fits: the next Tab lists them, as in a shell.
            form.tabbed = completion.choices.isEmpty ? nil : completion.text
        } else if !completion.choices.isEmpty {
            if form.tabbed == completion.typed { form.choices = completion.choices }
            form.tabbed = completion.typed
        }
        overviewState.panel = .bundle(form)
    }

    /// Text typed into the field under the cursor: a path or a key, one line.
    mutating func typeInBundle(_ text: String) {
        guard case .bundle(var form) = overviewState.panel else { return }
        outcome.status = .clear
        let line = String(text.filter { !$0.isNewline })
        switch form.row {
        case .path:
            form.path.apply(.insert(line))
            form.choices = []
        case .recipient: form.recipient.apply(.insert(line))
        }
        overviewState.panel = .bundle(form)
    }
}

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
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit else { break }
            switch form.row {
            case .path: form.path.apply(textEdit)
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

    /// Text typed into the field under the cursor: a path or a key, one line.
    mutating func typeInBundle(_ text: String) {
        guard case .bundle(var form) = overviewState.panel else { return }
        outcome.status = .clear
        let line = String(text.filter { !$0.isNewline })
        switch form.row {
        case .path: form.path.apply(.insert(line))
        case .recipient: form.recipient.apply(.insert(line))
        }
        overviewState.panel = .bundle(form)
    }
}

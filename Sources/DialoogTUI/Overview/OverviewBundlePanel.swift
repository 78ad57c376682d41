import DialoogCore

/// The bundle form over the overzicht: the file and, for an export, the coordinator's key.
extension OverviewPanels {
    static func drawBundle(_ state: AppState, form: BundleForm, into canvas: inout Canvas) {
        let language = state.language
        let series = state.overviewState.overview?.series.count ?? 0
        let hintText: OverviewWords =
            form.kind == .export ? .bundleExportHint(series: series) : .bundleImportHint
        // After a second Tab, the names that fit the path stand where the hint was.
        let hint = TextWidth.wrap(
            form.choices.isEmpty ? hintText.localized(language) : form.choices.joined(separator: "  "),
            width: min(canvas.width - 2, 72) - 4)
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let rows = form.rows
        let title: OverviewWords = form.kind == .export ? .bundleExportTitle : .bundleImportTitle
        let box = LiveBox.draw(
            title: title.localized(language), maxWidth: 72, height: min(body, 2 + rows.count + 1 + hint.count + 1),
            into: &canvas)
        let labels = [OverviewWords.bundlePath, .bundleRecipient].map { $0.localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        for (index, row) in rows.enumerated() {
            let y = box.top + 1 + index
            guard y < box.bottom else { return }
            let field = row == .path ? form.path : form.recipient
            let focused = row == form.row
            canvas.text(labels[row.rawValue], x: box.inner, y: y, style: focused ? .normal : .dim, maxWidth: labelWidth)
            _ = TextFieldView.draw(
                field, x: box.inner + labelWidth, y: y, width: max(1, box.innerWidth - labelWidth),
                cursorStyle: focused ? .selected : .normal, into: &canvas)
        }
        for (offset, line) in hint.enumerated() where box.top + 2 + rows.count + offset < box.bottom {
            canvas.text(line, x: box.inner, y: box.top + 2 + rows.count + offset, style: .dim, maxWidth: box.innerWidth)
        }
    }
}

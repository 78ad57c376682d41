import DialoogCore

/// The form for a local help entry, over the bibliotheek: a title, the line that says never to
/// guess a number, one row per field and the line that saves. What each field wants is on the
/// status line.
package enum LocalHelpScreen {
    package static func draw(_ form: LocalHelpForm, state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        let language = state.language
        let title: LocalHelpText =
            if let base = form.base {
                base.isLocal ? .editTitle(id: base.id) : .copyTitle(name: base.name)
            } else {
                .newTitle
            }
        var y = Chrome.topRows
        canvas.text(" " + title.localized(language), x: 0, y: y, style: .heading, maxWidth: canvas.width - 1)
        y += 1
        for line in TextWidth.wrap(LocalHelpText.neverGuess.localized(language), width: max(10, canvas.width - 3))
            .prefix(2)
        {
            canvas.text(line, x: 1, y: y, style: .warning, maxWidth: canvas.width - 2)
            y += 1
        }

        let fields = LocalHelpForm.Field.allCases.filter { $0 != .save }
        let labels = fields.map { LocalHelpText.label($0).localized(language) }
        let valueX = 3 + (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let valueWidth = max(1, canvas.width - valueX - 1)
        let saveRow = canvas.height - Chrome.bottomRows - 1
        let listTop = y
        let visible = max(1, saveRow - listTop)
        let focus = fields.firstIndex(of: form.field) ?? fields.count - 1
        let first = max(0, min(focus - visible + 1, fields.count - visible))
        for (offset, field) in fields.enumerated().dropFirst(first).prefix(visible).map({ $0 }).enumerated() {
            let row = listTop + offset
            let focused = field.element == form.field
            if focused { canvas.text(canvas.glyphs.pointer, x: 1, y: row, style: .key) }
            canvas.text(labels[field.offset], x: 3, y: row, style: focused ? .heading : .dim)
            if focused, let typed = form.focusedText {
                TextFieldView.draw(typed, x: valueX, y: row, width: valueWidth, into: &canvas)
                continue
            }
            canvas.text(
                value(of: field.element, in: form, focused: focused, canvas: canvas, language: language),
                x: valueX, y: row, style: .normal, maxWidth: valueWidth)
        }

        let save = LocalHelpText.label(.save).localized(language)
        let onSave = form.field == .save
        if onSave { canvas.text(canvas.glyphs.pointer, x: 1, y: saveRow, style: .key) }
        let width = canvas.text("[ \(save) ]", x: 3, y: saveRow, style: onSave ? .selected : .accent)
        if let base = form.base, base.isLocal {
            canvas.text(
                LocalHelpText.file("\(base.id).yaml").localized(language), x: 3 + width + 2, y: saveRow, style: .dim,
                maxWidth: max(0, canvas.width - width - 6))
        }

        Chrome.drawStatus(state, fallback: LocalHelpText.hint(form.field).localized(language), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }

    /// A field's value as a row shows it; a chosen field under the cursor between ‹ ›.
    private static func value(
        of field: LocalHelpForm.Field, in form: LocalHelpForm, focused: Bool, canvas: Canvas, language: Language
    ) -> String {
        let chosen: String
        switch field {
        case .kind: chosen = LocalHelpText.kind(form.values.kind).localized(language)
        case .anonymous: chosen = LocalHelpText.anonymity(form.values.anonymous).localized(language)
        default: return form.text(of: field) ?? ""
        }
        guard focused else { return chosen }
        return canvas.asciiOnly ? "< \(chosen) >" : "‹ \(chosen) ›"
    }
}

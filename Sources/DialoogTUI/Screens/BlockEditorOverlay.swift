import DialoogCore
import DialoogPrint

/// The block editor over the planner: the block's fields, one per row, and its prompts.
/// ←→ change a chosen field, Enter types into a text field; every change is saved.
package enum BlockEditorOverlay {
    package static func draw(_ state: AppState, library: Library, into canvas: inout Canvas) {
        let planner = state.plannerState
        guard let editor = planner.editor, let block = planner.currentBlock, let meeting = planner.currentMeeting
        else { return }
        let language = state.language
        let width = min(canvas.width - 4, 84)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows
        let labels = BlockEditor.fields.map { PlannerText.field($0).localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let valueX = x + 3 + labelWidth
        let valueWidth = max(1, x + width - 2 - valueX)
        // As tall as the block needs (its guidance up to four lines, its prompts, the chosen
        // prompt's text), at most the room between the title and the status line.
        let guidance = editor.typing.flatMap { _ in editor.current(promptCount: 0) == .guidance ? editor.typing : nil }
        let guidanceLines = min(
            max(1, TextWidth.wrap(guidance ?? block.guidance, width: max(1, valueWidth - 1)).count), 4)
        let needed = 2 + 6 + guidanceLines + 2 + max(1, block.prompts.count) + (block.prompts.isEmpty ? 0 : 4)
        let height = min(needed, canvas.height - Chrome.topRows - Chrome.bottomRows)
        let meetingTitle = PlannerText.meetingTitle(meeting.meeting.kind, number: meeting.meeting.number)
            .localized(language)
        // The panel covers the agendas edge to edge, so nothing shows through at its sides.
        for row in top..<(top + height) { canvas.fill(y: row, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.editorTitle(meeting: meetingTitle).localized(language))
        let inner = height - 2
        let promptRows = max(1, min(block.prompts.count, 3))
        let guidanceRows = min(max(1, inner - 6 - 2 - promptRows), guidanceLines)
        let current = editor.current(promptCount: block.prompts.count)
        var y = top + 1

        for (field, label) in zip(BlockEditor.fields, labels) {
            let selected = current == field
            let lines = value(
                field, block: block, editor: editor, selected: selected, library: library, language: language,
                width: valueWidth, rows: guidanceRows, glyphs: canvas.glyphs)
            for (offset, line) in lines.enumerated() {
                if selected { canvas.fill(x: x + 1, y: y + offset, count: width - 2, style: .selected) }
                canvas.text(
                    line.text, x: valueX, y: y + offset, style: selected ? .selected : line.style, maxWidth: valueWidth)
            }
            if selected {
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
                if let typed = editor.field, field.isText || field.isNumber {
                    // The field itself over the rows worked out above, with its cursor.
                    for offset in lines.indices {
                        canvas.fill(x: valueX, y: y + offset, count: valueWidth, style: .selected)
                    }
                    if field == .guidance {
                        TextFieldView.drawWrapped(
                            typed, x: valueX, y: y, width: valueWidth, rows: lines.count, style: .selected,
                            cursorStyle: .key, into: &canvas)
                    } else {
                        TextFieldView.draw(
                            typed, x: valueX, y: y, width: valueWidth, style: .selected, cursorStyle: .key,
                            into: &canvas)
                    }
                }
            }
            canvas.text(label, x: x + 3, y: y, style: selected ? .selected : .dim)
            y += lines.count
        }

        y += 1
        canvas.text(PlannerText.field(.prompt(0)).localized(language), x: x + 3, y: y, style: .heading)
        y += 1
        let bottom = top + height - 1
        guard !block.prompts.isEmpty else {
            canvas.text(PlannerText.noPrompts.localized(language), x: x + 3, y: y, style: .dim, maxWidth: width - 5)
            return
        }
        let selectedPrompt: Int? = if case .prompt(let index) = current { index } else { nil }
        // The chosen prompt's full text below the list, when there is room.
        let detail = selectedPrompt.flatMap {
            block.prompts.indices.contains($0) ? library.prompt(block.prompts[$0]) : nil
        }
        let detailLines = detail.map { TextWidth.wrap($0.text, width: width - 6) } ?? []
        let listRows = max(1, bottom - y - (detailLines.isEmpty ? 0 : min(detailLines.count, 3) + 1))
        let first = selectedPrompt.map { max(0, $0 - listRows + 1) } ?? 0
        for index in first..<min(block.prompts.count, first + listRows) {
            let row = y + index - first
            let selected = index == selectedPrompt
            if selected {
                canvas.fill(x: x + 1, y: row, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: row, style: .selected)
            }
            PromptLine.draw(
                library.prompt(block.prompts[index]), id: block.prompts[index], language: language, x: x + 3, y: row,
                width: width - 5, selected: selected, into: &canvas)
        }
        let shown = min(listRows, block.prompts.count - first)
        for (offset, line) in detailLines.prefix(3).enumerated() where y + shown + 1 + offset < bottom {
            canvas.text(line, x: x + 3, y: y + shown + 1 + offset, style: .normal, maxWidth: width - 5)
        }
    }

    private struct Line {
        var text: String
        var style: Style = .normal
    }

    /// The lines of a field's value; a chosen field shows ‹ › around its value when selected.
    private static func value(
        _ field: BlockEditor.Row, block: PlanBlock, editor: BlockEditor, selected: Bool, library: Library,
        language: Language, width: Int, rows: Int, glyphs: Glyphs
    ) -> [Line] {
        let ascii = glyphs == .ascii
        func choice(_ text: String) -> String {
            selected ? (ascii ? "< " : "‹ ") + text + (ascii ? " >" : " ›") : text
        }
        let typing = selected ? editor.typing : nil
        switch field {
        case .title, .materials:
            guard var shown = typing else { return [Line(text: field == .title ? block.title : block.materials)] }
            // Keep the end in view, where the typing happens.
            while TextWidth.of(shown) > width - 1 { shown.removeFirst() }
            return [Line(text: shown)]
        case .kind:
            return [Line(text: choice(PlannerText.blockKind(block.kind).localized(language)))]
        case .form:
            let form = library.workingForm(block.form)
            var text = choice(form?.name ?? block.form)
            if let form {
                text += "  " + PlannerText.typicalMinutes(form.minutes.min, form.minutes.max).localized(language)
            }
            return [Line(text: text)]
        case .theme:
            guard let id = block.theme else { return [Line(text: choice(PlannerText.noTheme.localized(language)))] }
            let theme = library.theme(id)
            let mark = theme.map { TemperatureMark.symbol($0.temperature, ascii: ascii) + " " } ?? ""
            return [Line(text: choice(mark + (theme?.name ?? id)))]
        case .minutes:
            return [Line(text: choice(LibraryText.minutesShort(block.minutes).localized(language)))]
        case .guidance:
            let text = typing ?? block.guidance
            let lines = TextWidth.wrap(text, width: max(1, width - 1))
            if typing != nil {
                return lines.suffix(rows).map { Line(text: $0) }
            }
            guard lines.count > rows else { return lines.map { Line(text: $0) } }
            var shown = Array(lines.prefix(rows))
            shown[rows - 1] = TextWidth.truncate(shown[rows - 1] + " " + lines[rows], to: width - 1)
            return shown.map { Line(text: $0) }
        case .prompt:
            return []
        }
    }
}

/// One prompt on one line: its kind, temperature and text (the picker and the editor share it).
enum PromptLine {
    static let kindWidth = 10

    /// Draws the prompt and returns the cells used.
    @discardableResult
    static func draw(
        _ prompt: Prompt?, id: String, language: Language, x: Int, y: Int, width: Int, selected: Bool,
        into canvas: inout Canvas
    ) -> Int {
        guard let prompt else {
            return canvas.text(id, x: x, y: y, style: selected ? .selected : .dim, maxWidth: width)
        }
        let kind = PlannerText.promptKind(prompt.kind).localized(language)
        canvas.text(kind, x: x, y: y, style: selected ? .selected : .dim, maxWidth: kindWidth)
        canvas.text(
            TemperatureMark.symbol(prompt.temperature, ascii: canvas.asciiOnly), x: x + kindWidth + 1, y: y,
            style: selected ? .selected : TemperatureMark.style(prompt.temperature))
        let used = canvas.text(
            prompt.text, x: x + kindWidth + 3, y: y, style: selected ? .selected : .normal,
            maxWidth: max(1, width - kindWidth - 3))
        return kindWidth + 3 + used
    }
}

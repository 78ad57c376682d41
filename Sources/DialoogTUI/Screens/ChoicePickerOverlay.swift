import DialoogCore
import DialoogPrint

/// The type-ahead list over the block editor or the planner: what has been typed, then the
/// themes, working forms, new blocks or topics whose name holds it, the one under the cursor
/// marked. Themes and topics show their temperature, working forms their usual minutes, new
/// blocks theirs; templates (the new-series form's `s`) their names.
package enum ChoicePickerOverlay {
    package static func draw(_ state: AppState, library: Library, into canvas: inout Canvas) {
        guard let picker = state.plannerState.choosing else { return }
        draw(picker, state: state, library: library, into: &canvas)
    }

    /// The list `picker` over whatever screen is drawn: the planner's, or the new-series
    /// form's templates.
    package static func draw(_ picker: ChoicePicker, state: AppState, library: Library, into canvas: inout Canvas) {
        let language = state.language
        let items = picker.items(library: library)
        let width = min(canvas.width - 6, 60)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows + 1
        let height = max(5, min(items.count + 4, canvas.height - Chrome.topRows - Chrome.bottomRows - 2))
        for row in top..<(top + height) { canvas.fill(x: x, y: row, count: width, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.choiceTitle(picker.subject).localized(language))
        let inner = x + 2
        let innerWidth = width - 4
        let used = canvas.text(
            PlannerText.choiceFilter.localized(language), x: inner, y: top + 1, style: .heading, maxWidth: innerWidth)
        TextFieldView.draw(
            picker.filter, x: inner + used, y: top + 1, width: max(1, innerWidth - used), style: .heading,
            into: &canvas)
        let listTop = top + 2
        let rows = height - 3
        guard !items.isEmpty else {
            canvas.text(
                PlannerText.noChoices.localized(language), x: inner, y: listTop, style: .dim, maxWidth: innerWidth)
            return
        }
        let selected = min(picker.selection, items.count - 1)
        let first = max(0, selected - rows + 1)
        for (offset, item) in items.dropFirst(first).prefix(rows).enumerated() {
            let y = listTop + offset
            let isSelected = first + offset == selected
            canvas.markRow(y: y, steps: first + offset - selected, x: x + 1, count: width - 2)
            if isSelected {
                canvas.fill(x: x + 1, y: y, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
            }
            canvas.text(
                line(item, subject: picker.subject, library: library, language: language, ascii: canvas.asciiOnly),
                x: inner + 1, y: y, style: isSelected ? .selected : .normal, maxWidth: innerWidth - 1)
        }
    }

    private static func line(
        _ item: ChoicePicker.Item, subject: ChoicePicker.Subject, library: Library, language: Language, ascii: Bool
    ) -> String {
        guard let id = item.id else { return PlannerText.noTheme.localized(language) }
        switch subject {
        case .theme:
            let mark = library.theme(id).map { TemperatureMark.symbol($0.temperature, ascii: ascii) + " " } ?? ""
            return mark + item.name
        case .form:
            let minutes = library.workingForm(id).map {
                "  " + PlannerText.typicalMinutes($0.minutes.min, $0.minutes.max).localized(language)
            }
            return item.name + (minutes ?? "")
        case .block(let method):
            let block = ChoicePicker.newBlocks(method: method, library: library).first { $0.item.id == id }?.block
            return item.name + (block.map { "  " + LibraryText.minutesShort($0.minutes).localized(language) } ?? "")
        case .template:
            return item.name
        case .topic(let method):
            // Each theme the topic brings, with its temperature: cold to hot is still the trainer's to keep.
            let topic = SeriesPlan.topics(method: library.method(method), library: library).first { $0.pickerId == id }
            let marks = (topic?.themes ?? []).compactMap { library.theme($0) }
                .map { TemperatureMark.symbol($0.temperature, ascii: ascii) }.joined()
            return marks + " " + item.name
        }
    }
}

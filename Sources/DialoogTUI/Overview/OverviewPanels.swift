import DialoogCore

/// The panels over the overzicht: the filters, each chosen with ←/→, and the target form.
enum OverviewPanels {
    static func drawFilter(_ state: AppState, row selected: OverviewFilterRow, into canvas: inout Canvas) {
        let language = state.language
        let rows = OverviewFilterRow.allCases
        let hint = TextWidth.wrap(OverviewWords.filterHint.localized(language), width: min(canvas.width - 2, 64) - 4)
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let box = LiveBox.draw(
            title: OverviewWords.filterTitle.localized(language), maxWidth: 64,
            height: min(body, 2 + rows.count + 1 + hint.count + 1), into: &canvas)
        let labels = rows.map { OverviewWords.filterRow($0).localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        for (index, row) in rows.enumerated() {
            let y = box.top + 1 + index
            guard y < box.bottom else { return }
            drawChoice(
                label: labels[index], value: value(row, state), selected: row == selected, box: box, y: y,
                labelWidth: labelWidth, into: &canvas)
        }
        for (offset, line) in hint.enumerated() where box.top + 2 + rows.count + offset < box.bottom {
            canvas.text(line, x: box.inner, y: box.top + 2 + rows.count + offset, style: .dim, maxWidth: box.innerWidth)
        }
    }

    private static func value(_ row: OverviewFilterRow, _ state: AppState) -> String {
        let language = state.language
        let filter = state.overviewState.filter
        let all = OverviewWords.all.localized(language)
        switch row {
        case .organisation: return filter.organisation ?? all
        case .method: return filter.methodId ?? all
        case .municipality: return filter.municipality ?? all
        case .facilitator: return filter.facilitator ?? all
        case .laptop: return filter.laptop.map { String($0.prefix(8)) } ?? all
        case .period:
            let name = OverviewWords.period(state.overviewState.period).localized(language)
            guard let from = filter.from, let to = filter.to else { return name }
            return name + " (" + OverviewFormat.period(from: from, to: to, state) + ")"
        case .demo: return (filter.includeDemo ? OverviewWords.yes : .no).localized(language)
        }
    }

    /// A row of label and value; the row under the cursor is marked. A value ←/→ change now
    /// shows ‹ ›.
    private static func drawChoice(
        label: String, value: String, selected: Bool, arrows: Bool? = nil, box: LiveBox, y: Int, labelWidth: Int,
        into canvas: inout Canvas
    ) {
        let ascii = canvas.asciiOnly
        if selected {
            canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
            canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
        }
        canvas.text(label, x: box.inner, y: y, style: selected ? .selected : .dim, maxWidth: labelWidth)
        let shown = arrows ?? selected ? (ascii ? "< " : "‹ ") + value + (ascii ? " >" : " ›") : value
        canvas.text(
            shown, x: box.inner + labelWidth, y: y, style: selected ? .selected : .normal,
            maxWidth: max(0, box.innerWidth - labelWidth))
    }

    // MARK: - Target

    static func drawTarget(_ state: AppState, form: TargetForm, into canvas: inout Canvas) {
        let language = state.language
        let hint = TextWidth.wrap(OverviewWords.targetHint.localized(language), width: min(canvas.width - 2, 64) - 4)
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let box = LiveBox.draw(
            title: OverviewWords.targetTitle.localized(language), maxWidth: 64,
            height: min(body, 2 + 2 + 1 + hint.count + 1),
            into: &canvas)
        let labels = [OverviewWords.targetMeetings, .targetPeriod].map { $0.localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let y = box.top + 1
        canvas.text(labels[0], x: box.inner, y: y, style: .dim, maxWidth: labelWidth)
        TextFieldView.draw(
            form.field, x: box.inner + labelWidth, y: y, width: max(1, box.innerWidth - labelWidth), into: &canvas)
        if y + 1 < box.bottom {
            drawChoice(
                // Digits and ←/→ both work at once: no cursor, only the arrows.
                label: labels[1], value: period(form.period, state), selected: false, arrows: true, box: box, y: y + 1,
                labelWidth: labelWidth, into: &canvas)
        }
        for (offset, line) in hint.enumerated() where y + 3 + offset < box.bottom {
            canvas.text(line, x: box.inner, y: y + 3 + offset, style: .dim, maxWidth: box.innerWidth)
        }
    }

    private static func period(_ period: TargetPeriod, _ state: AppState) -> String {
        switch period {
        case .preset(let preset):
            let name = OverviewWords.period(preset).localized(state.language)
            guard let range = preset.range(now: state.now, calendar: state.calendar) else { return name }
            return name + " (" + OverviewFormat.period(from: range.from, to: range.to, state) + ")"
        case .kept(let from, let to):
            return OverviewWords.keptPeriod(OverviewFormat.period(from: from, to: to, state)).localized(state.language)
        }
    }
}

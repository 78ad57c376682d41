import DialoogCore
import DialoogPrint

/// The signal form: three rows (category, what you did, follow-up), each value chosen with
/// ←/→, and a line saying what is stored: the category, the action and the date, nothing more.
enum SignalOverlay {
    static func draw(_ state: AppState, form: SignalForm, into canvas: inout Canvas) {
        let language = state.language
        let stored = LiveWords.signalStored.localized(language)
        let width = min(canvas.width - 2, 72)
        let storedLines = TextWidth.wrap(stored, width: width - 4)
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let box = LiveBox.draw(
            title: LiveWords.signalTitle.localized(language), maxWidth: 72,
            height: min(body, 2 + SignalForm.Row.allCases.count + 1 + storedLines.count + 2), into: &canvas)
        let rows = SignalForm.Row.allCases
        let labels = rows.map { LiveWords.signalRow($0).localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let ascii = canvas.asciiOnly
        for (index, row) in rows.enumerated() {
            let y = box.top + 1 + index
            guard y < box.bottom else { return }
            let selected = row == form.row
            if selected {
                canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
            }
            canvas.text(labels[index], x: box.inner, y: y, style: selected ? .selected : .dim, maxWidth: labelWidth)
            let value = self.value(row, form: form, state: state)
            let shown = selected ? (ascii ? "< " : "‹ ") + value + (ascii ? " >" : " ›") : value
            canvas.text(
                shown, x: box.inner + labelWidth, y: y, style: selected ? .selected : .normal,
                maxWidth: max(0, box.innerWidth - labelWidth))
        }
        for (offset, line) in storedLines.enumerated() {
            let y = box.top + 2 + rows.count + offset
            guard y < box.bottom else { break }
            canvas.text(line, x: box.inner, y: y, style: .dim, maxWidth: box.innerWidth)
        }
    }

    private static func value(_ row: SignalForm.Row, form: SignalForm, state: AppState) -> String {
        let language = state.language
        switch row {
        case .category: return LiveWords.category(form.category).localized(language)
        case .response: return LiveWords.signalResponse(form.response).localized(language)
        case .followUp:
            guard let weeks = form.followUpWeeks, let day = state.followUpDay(weeks: weeks) else {
                return LiveWords.noFollowUp.localized(language)
            }
            let text = DateText.day(day, now: state.now, calendar: state.calendar, language: language)
            return LiveWords.followUp(weeks: weeks, day: text).localized(language)
        }
    }
}

import DialoogCore
import DialoogPrint

/// A meeting's record over the summary (`r`): one line per signal, note, prompt use or raised
/// theme, in the order recorded, with "gecorrigeerd op …" or "ingetrokken op …" after it; a
/// withdrawn one is dim and says only what kind it was.
enum SummaryRecords {
    static func draw(_ state: AppState, _ records: MeetingRecords, into canvas: inout Canvas) {
        let language = state.language
        let box = LiveBox.draw(
            title: OverviewWords.recordsTitle(records.kind, number: records.number).localized(language), maxWidth: 76,
            into: &canvas)
        let listRows = max(1, box.rows - 2)
        guard records.loaded else {
            canvas.text(
                OverviewWords.recordsLoading.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        guard !records.entries.isEmpty else {
            canvas.text(
                OverviewWords.recordsEmpty.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        let scroll = min(max(0, records.selection - listRows + 1), max(0, records.entries.count - listRows))
        for (offset, entry) in records.entries.dropFirst(scroll).prefix(listRows).enumerated() {
            let selected = scroll + offset == records.selection
            // A click chooses a record; withdrawing it stays on `x`, behind a question.
            canvas.markRow(
                y: box.top + offset, steps: scroll + offset - records.selection, x: box.x + 1, count: box.width - 2)
            let style: Style = selected ? .selected : entry.withdrawn ? .dim : .normal
            if selected { canvas.fill(x: box.x + 1, y: box.top + offset, count: box.width - 2, style: .selected) }
            canvas.text(line(entry, state), x: box.inner, y: box.top + offset, style: style, maxWidth: box.innerWidth)
        }
        box.drawMore(records.entries.count - scroll - listRows, language: language, into: &canvas)
        canvas.text(
            OverviewWords.recordsHint.localized(language), x: box.inner, y: box.bottom - 1, style: .dim,
            maxWidth: box.innerWidth)
    }

    /// "19:42  signaal  huiselijk geweld · acuut (112)  (gecorrigeerd op di 8 dec)".
    static func line(_ entry: MeetingEntry, _ state: AppState) -> String {
        let language = state.language
        var parts = [
            DateText.clock(entry.at, calendar: state.calendar), OverviewWords.entryKind(entry.kind).localized(language),
        ]
        switch entry.value {
        case .signal(let category, let response):
            parts.append(
                LiveWords.category(category).localized(language) + " · "
                    + LiveWords.signalResponse(response).localized(language))
        case .note(let text), .raisedTheme(let text): parts.append(text)
        case .promptUse(let promptId, let response):
            let title = state.library?.prompt(promptId)?.text ?? promptId
            parts.append(title + (response.map { " · " + LiveWords.response($0).localized(language) } ?? ""))
        case nil: break
        }
        if let day = entry.correctedAt {
            let day = DateText.day(day, now: state.now, calendar: state.calendar, language: language)
            parts.append(
                "(" + OverviewWords.entryCorrected(day: day, withdrawn: entry.withdrawn).localized(language) + ")")
        }
        return parts.joined(separator: "  ")
    }
}

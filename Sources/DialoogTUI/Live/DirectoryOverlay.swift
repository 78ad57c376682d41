import DialoogCore
import DialoogPrint

/// The whole help directory, opened from the help card with `/`: the search on top, the
/// entries found (by kind, as a card orders them) with the one under the cursor marked, and
/// that entry below with every field labelled and its check date, what and for whom in full
/// when there is room (else one line each, as on the card).
/// While typing, the first entry found is already shown whole.
enum DirectoryOverlay {
    static func draw(_ state: AppState, panel: DirectoryPanel, into canvas: inout Canvas) {
        let language = state.language
        let glyphs = canvas.glyphs
        let box = LiveBox.draw(title: LiveWords.directoryTitle.localized(language), maxWidth: 100, into: &canvas)
        guard box.rows > 0 else { return }
        let found = state.liveDirectory
        let count = LiveWords.directoryCount(found.count).localized(language)
        let countWidth = TextWidth.of(count)
        var used = canvas.text(
            LiveWords.directorySearch(panel.typing ? "" : panel.query).localized(language), x: box.inner, y: box.top,
            style: .heading, maxWidth: box.innerWidth - 1)
        if panel.typing {
            // The search as a field with its cursor, the count to its right.
            let room = max(1, box.innerWidth - used - countWidth - 2)
            used += TextFieldView.draw(
                panel.search, x: box.inner + used, y: box.top, width: room, style: .heading, counter: false,
                into: &canvas)
        }
        if used + countWidth + 2 <= box.innerWidth {
            canvas.text(count, x: box.inner + box.innerWidth - countWidth, y: box.top, style: .dim)
        }
        guard !found.isEmpty else {
            let lines = TextWidth.wrap(LiveWords.directoryNone(panel.query).localized(language), width: box.innerWidth)
            for (offset, line) in lines.enumerated() where box.top + 2 + offset < box.bottom {
                canvas.text(line, x: box.inner, y: box.top + 2 + offset, style: .dim)
            }
            return
        }
        let selection = min(panel.selection, found.count - 1)
        // The list takes a third of the room (at least two rows); the entry the rest.
        let room = box.rows - 1
        let listRows = min(found.count, max(2, room / 3))
        let first = max(0, min(selection - listRows / 2, found.count - listRows))
        for index in first..<min(found.count, first + listRows) {
            let entry = found[index]
            let row = box.top + 1 + index - first
            let selected = index == selection
            if selected {
                canvas.fill(x: box.x + 1, y: row, count: box.width - 2, style: .selected)
                canvas.text(glyphs.pointer, x: box.x + 1, y: row, style: .selected)
            }
            let name = entry.municipality.map { "\(entry.name) (\($0))" } ?? entry.name
            let nameWidth = canvas.text(
                name, x: box.inner, y: row, style: selected ? .selected : .heading, maxWidth: box.innerWidth)
            let kind = " \(glyphs.separator) " + HelpCardText.kind(entry.kind, language)
            canvas.text(
                kind, x: box.inner + nameWidth, y: row,
                style: selected ? .selected : entry.professionalsOnly ? .warning : .dim,
                maxWidth: box.innerWidth - nameWidth)
        }
        let detailTop = box.top + 1 + listRows
        canvas.horizontalLine(x: box.x + 1, y: detailTop, count: box.width - 2)
        let rows = max(0, box.bottom - detailTop - 1)
        let entry = { (full: Bool) in
            HelpCardOverlay.entryLines(
                found[selection], part: nil, municipality: nil, full: full, checked: true, width: box.innerWidth,
                language: language, glyphs: glyphs)
        }
        // What and for whom whole when the entry fits so; else one line each, so every field shows.
        let whole = entry(true)
        let lines = whole.count - 1 <= rows ? whole : entry(false)
        for (offset, line) in lines.prefix(rows).enumerated() {
            line.draw(x: box.inner, y: detailTop + 1 + offset, width: box.innerWidth, into: &canvas)
        }
        let hidden = lines.dropLast().count - rows
        if hidden > 0 { box.drawMore(hidden, language: language, into: &canvas) }
    }
}

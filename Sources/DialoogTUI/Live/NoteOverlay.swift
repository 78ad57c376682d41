import DialoogCore

/// A quick note on the current block: a box to type in, "geen namen of details" beside it
/// and how many of the 280 characters are used.
enum NoteOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, text: String, into canvas: inout Canvas) {
        let language = state.language
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let box = LiveBox.draw(
            title: LiveWords.noteTitle(block: meeting.currentBlock?.title).localized(language), maxWidth: 72,
            height: min(body, 12), into: &canvas)
        guard box.rows >= 3 else { return }
        canvas.text(
            LiveWords.noteHint.localized(language), x: box.inner, y: box.top, style: .warning,
            maxWidth: box.innerWidth)
        // The text wraps inside the box; its end (where the cursor is) stays in view.
        let rows = box.rows - 3
        var lines = TextWidth.wrap(text, width: max(1, box.innerWidth - 1))
        if lines.isEmpty { lines = [""] }
        let visible = Array(lines.suffix(max(1, rows)))
        for (offset, line) in visible.enumerated() {
            canvas.text(line, x: box.inner, y: box.top + 2 + offset, maxWidth: box.innerWidth)
        }
        let cursorY = box.top + 2 + visible.count - 1
        canvas.text(
            canvas.glyphs.cursor, x: box.inner + min(TextWidth.of(visible.last ?? ""), box.innerWidth - 1), y: cursorY,
            style: .key)
        // Counted as the limit counts: in code points, like the database.
        let used = text.unicodeScalars.count
        let count = LiveWords.characters(used, of: LiveNote.maxLength).localized(language)
        let full = used >= LiveNote.maxLength
        canvas.text(
            count, x: box.inner + box.innerWidth - TextWidth.of(count), y: box.bottom - 1,
            style: full ? .warning : .dim)
    }
}

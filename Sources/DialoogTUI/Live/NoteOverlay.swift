import DialoogCore

/// A quick note on the current block: a box to type in, "geen namen of details" beside it
/// and how many of the 280 characters are used.
enum NoteOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, field: TextField, into canvas: inout Canvas) {
        let language = state.language
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let box = LiveBox.draw(
            title: LiveWords.noteTitle(block: meeting.currentBlock?.title).localized(language), maxWidth: 72,
            height: min(body, 12), into: &canvas)
        guard box.rows >= 3 else { return }
        canvas.text(
            LiveWords.noteHint.localized(language), x: box.inner, y: box.top, style: .warning,
            maxWidth: box.innerWidth)
        // The text wraps inside the box; the cursor's row stays in view.
        TextFieldView.drawWrapped(
            field, x: box.inner, y: box.top + 2, width: box.innerWidth, rows: max(1, box.rows - 3), into: &canvas)
        // Counted as the limit counts: in code points, like the database.
        let used = field.used
        let count = LiveWords.characters(used, of: LiveNote.maxLength).localized(language)
        let full = used >= LiveNote.maxLength || field.overflowed
        canvas.text(
            count, x: box.inner + box.innerWidth - TextWidth.of(count), y: box.bottom - 1,
            style: full ? .warning : .dim)
    }
}

import DialoogCore

/// The `:` command line on the bottom row, with what it understands on the row above.
package enum CommandLineBar {
    package static func draw(_ state: AppState, text: String, into canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(y: y, style: .normal)
        let room = canvas.width - 3
        // Keep the end of a long line in view, where the typing happens.
        var shown = text
        while TextWidth.of(shown) > room { shown.removeFirst() }
        let used = canvas.text(":" + shown, x: 0, y: y, style: .normal)
        canvas.text(canvas.glyphs.cursor, x: used, y: y, style: .key)
        if state.status == nil {
            canvas.fill(y: y - 1, style: .normal)
            canvas.text(
                " " + Text.commandLineHint.localized(state.language), x: 0, y: y - 1, style: .dim,
                maxWidth: canvas.width - 1)
        }
    }
}

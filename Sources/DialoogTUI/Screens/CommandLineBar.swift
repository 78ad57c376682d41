import DialoogCore

/// The `:` command line on the bottom row, with what it understands on the row above.
package enum CommandLineBar {
    package static func draw(_ state: AppState, field: TextField, into canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(y: y, style: .normal)
        canvas.text(":", x: 0, y: y, style: .normal)
        // A long line scrolls sideways, keeping the cursor in view.
        TextFieldView.draw(field, x: 1, y: y, width: canvas.width - 2, into: &canvas)
        if state.status == nil {
            canvas.fill(y: y - 1, style: .normal)
            canvas.text(
                " " + Text.commandLineHint.localized(state.language), x: 0, y: y - 1, style: .dim,
                maxWidth: canvas.width - 1)
        }
    }
}

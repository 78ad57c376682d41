import DialoogCore

/// `S` in the planner: the template's name typed on the bottom row, as the command line is.
package enum TemplateNameBar {
    package static func draw(_ state: AppState, field: TextField, into canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(y: y, style: .normal)
        let used = canvas.text(
            PlannerText.templateNameLabel.localized(state.language), x: 0, y: y, style: .heading,
            maxWidth: canvas.width / 2)
        // A long name scrolls sideways, keeping the cursor in view.
        TextFieldView.draw(field, x: used, y: y, width: max(1, canvas.width - used - 1), into: &canvas)
    }
}

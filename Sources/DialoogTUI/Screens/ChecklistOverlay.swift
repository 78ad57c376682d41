import DialoogCore
import DialoogPrint

/// The preparation checklist of a series over the planner: the seven items of the sources,
/// then the series' own, ticked with Space; `a` types a new own item on the line below them.
package enum ChecklistOverlay {
    package static func draw(_ state: AppState, into canvas: inout Canvas) {
        guard let selection = state.plannerState.checklist, let plan = state.plannerState.plan else { return }
        let language = state.language
        let items = PreparationItem.allCases
        let typing = state.plannerState.checklistTyping
        var lines = items.map { PlanText.preparation($0).localized(language) } + plan.ownChecklist.map(\.text)
        var ticks = items.map(plan.checklist.contains) + plan.ownChecklist.map(\.done)
        // A new item is typed on a line of its own at the end.
        let typingRow: Int? =
            typing.map { typing in
                typing.item.flatMap { id in plan.ownChecklist.firstIndex { $0.id == id }.map { items.count + $0 } }
                    ?? lines.count
            }
        if typingRow == lines.count {
            lines.append("")
            ticks.append(false)
        }
        let widest = max(lines.map { TextWidth.of($0) }.max() ?? 0, 40)
        let width = min(canvas.width - 4, widest + 12)
        let height = min(lines.count + 4, canvas.height - Chrome.topRows - Chrome.bottomRows)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows + max(0, (canvas.height - Chrome.topRows - Chrome.bottomRows - height) / 2)
        let done = ticks.filter { $0 }.count
        for row in Chrome.topRows..<(canvas.height - Chrome.bottomRows) { canvas.fill(y: row, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.checklistTitle(done: done, of: items.count + plan.ownChecklist.count)
                .localized(language))
        let rows = max(1, height - 4)
        let cursor = min(typingRow ?? selection, lines.count - 1)
        let first = max(0, cursor - rows + 1)
        for index in first..<min(lines.count, first + rows) {
            let y = top + 2 + index - first
            let selected = index == cursor
            if selected {
                canvas.fill(x: x + 1, y: y, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
            }
            canvas.text(
                ticks[index] ? "[x]" : "[ ]", x: x + 3, y: y,
                style: selected ? .selected : ticks[index] ? .accent : .dim)
            if index == typingRow, let typing {
                TextFieldView.draw(
                    typing.field, x: x + 7, y: y, width: max(1, width - 9), style: .selected, into: &canvas)
            } else {
                canvas.text(lines[index], x: x + 7, y: y, style: selected ? .selected : .normal, maxWidth: width - 9)
            }
        }
    }
}

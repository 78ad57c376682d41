import DialoogCore
import DialoogPrint

/// The preparation checklist of a series over the planner: seven items, ticked with Space.
package enum ChecklistOverlay {
    package static func draw(_ state: AppState, into canvas: inout Canvas) {
        guard let selection = state.plannerState.checklist, let plan = state.plannerState.plan else { return }
        let language = state.language
        let items = PreparationItem.allCases
        let lines = items.map { PlanText.preparation($0).localized(language) }
        let width = min(canvas.width - 4, (lines.map { TextWidth.of($0) }.max() ?? 0) + 12)
        let height = min(items.count + 4, canvas.height - Chrome.topRows - Chrome.bottomRows)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows + max(0, (canvas.height - Chrome.topRows - Chrome.bottomRows - height) / 2)
        let done = items.filter(plan.checklist.contains).count
        for row in Chrome.topRows..<(canvas.height - Chrome.bottomRows) { canvas.fill(y: row, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.checklistTitle(done: done, of: items.count).localized(language))
        let rows = height - 4
        let first = max(0, selection - rows + 1)
        for index in first..<min(items.count, first + rows) {
            let y = top + 2 + index - first
            let selected = index == selection
            let ticked = plan.checklist.contains(items[index])
            if selected {
                canvas.fill(x: x + 1, y: y, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
            }
            canvas.text(ticked ? "[x]" : "[ ]", x: x + 3, y: y, style: selected ? .selected : ticked ? .accent : .dim)
            canvas.text(lines[index], x: x + 7, y: y, style: selected ? .selected : .normal, maxWidth: width - 9)
        }
    }
}

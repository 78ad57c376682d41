import DialoogCore

/// The overzicht's review list: each wording groups raised that matches no library theme,
/// with how many groups raised it and the coordinator's decision. Only released wordings
/// reach reports and charts; the list itself stays on this screen.
enum OverviewThemesTab {
    static func draw(_ state: AppState, top: Int, rows: Int, into canvas: inout Canvas) {
        let language = state.language
        let list = state.overviewState.themeReviews
        guard !list.isEmpty else {
            let lines = TextWidth.wrap(
                OverviewWords.noThemesToReview.localized(language), width: min(canvas.width - 4, 72))
            for (index, line) in lines.prefix(rows - 1).enumerated() {
                canvas.text(line, x: 2, y: top + 1 + index)
            }
            return
        }
        let decisions = list.map { OverviewWords.themeDecision($0.approved).localized(language) }
        let decisionWidth = decisions.map { TextWidth.of($0) }.max() ?? 0
        let groups = list.map { OverviewWords.themeGroups($0.groups).localized(language) }
        let groupWidth = groups.map { TextWidth.of($0) }.max() ?? 0
        let selection = state.overviewState.themeSelection
        let offset = max(0, selection - rows + 1)
        for (row, index) in (offset..<min(list.count, offset + rows)).enumerated() {
            let item = list[index]
            let y = top + row
            let selected = index == selection
            canvas.fill(y: y, style: selected ? .selected : .normal)
            if selected { canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: .selected) }
            let decisionStyle: Style =
                selected ? .selected : item.approved == true ? .accent : item.approved == false ? .dim : .warning
            var x = 3
            canvas.text(decisions[index], x: x, y: y, style: decisionStyle)
            x += decisionWidth + 2
            canvas.text(groups[index], x: x, y: y, style: selected ? .selected : .dim)
            x += groupWidth + 2
            let mark = item.recommendation ? OverviewWords.recommendationMark.localized(language) : ""
            canvas.text(
                mark + item.text, x: x, y: y, style: selected ? .selected : .normal,
                maxWidth: max(0, canvas.width - 1 - x))
        }
    }
}

import DialoogCore

/// A series at a glance: attendance per meeting against what was expected, who stayed, the
/// temperature path the group actually walked, the prompts used, the themes and agreements of
/// the group, and what is still to follow up. One line per item; ↑↓ scroll.
package enum SummaryScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let language = state.language
        guard let summary = state.overviewState.summary else {
            Chrome.drawTitle(state, subtitle: OverviewWords.title.localized(language), into: &canvas)
            Chrome.drawStatus(state, fallback: "", into: &canvas)
            Chrome.drawHints(state, keymap: keymap, into: &canvas)
            return
        }
        Chrome.drawTitle(state, subtitle: summary.series.name, into: &canvas)
        drawHeader(state, summary, into: &canvas)
        let rows = summary.rows
        let visible = OverviewState.summaryRows(in: state.size)
        let scroll = min(state.overviewState.summaryScroll, max(0, rows.count - visible))
        let top = Chrome.topRows + 3
        let line = SummaryLine(state: state, summary: summary, width: canvas.width)
        for (offset, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
            line.draw(row, y: top + offset, into: &canvas)
        }
        if rows.count > scroll + visible {
            canvas.rightAligned(
                " " + LiveWords.moreItems(rows.count - scroll - visible).localized(language) + " ",
                y: top + visible, style: .dim)
        }
        if let records = state.overviewState.records { SummaryRecords.draw(state, records, into: &canvas) }
        Chrome.drawStatus(state, fallback: OverviewWords.summaryHint.localized(language), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }

    /// The facts of the series and its figures: who was reached, and who came to all three.
    private static func drawHeader(_ state: AppState, _ summary: SeriesSummary, into canvas: inout Canvas) {
        let language = state.language
        let series = summary.series
        let separator = " \(canvas.glyphs.separator) "
        let dates = summary.meetings.compactMap(\.date)
        var facts = [series.organisation, series.methodId] + [series.municipality].compactMap { $0 }
        if let first = dates.min() { facts.append(OverviewFormat.dates(first, dates.max(), state)) }
        var pieces = facts.map { OverviewScreen.Piece(text: $0, style: .normal) }
        if series.demo { pieces.append(.init(text: OverviewWords.demo.localized(language), style: .warning)) }
        OverviewScreen.drawPieces([pieces], separator: separator, y: Chrome.topRows, into: &canvas)
        let cameToAll: OverviewScreen.Piece =
            if let all = summary.cameToAll, let first = summary.cameToFirst {
                .init(
                    text: OverviewWords.cameToAll(
                        all, of: first, percent: OverviewFormat.percent(all, of: first), short: false
                    ).localized(language), style: .normal)
            } else {
                .init(text: OverviewWords.cameToAllUnknown(short: false).localized(language), style: .dim)
            }
        OverviewScreen.drawPieces(
            [
                [
                    .init(
                        text: OverviewWords.summaryFigures(reached: summary.reached).localized(language), style: .normal
                    ),
                    cameToAll,
                ]
            ],
            separator: separator, y: Chrome.topRows + 1, into: &canvas)
    }
}

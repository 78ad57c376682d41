import DialoogCore
import DialoogPrint

/// The overzicht's bar charts: held meetings per organisation, people present at meeting 1, 2
/// and 3, the themes groups raised themselves, held meetings per month, and prompt uses per
/// theme. One column, or two on a wide
/// screen; ↑↓ scroll when they do not fit.
enum OverviewChartsTab {
    static func draw(_ state: AppState, _ overview: Overview, top: Int, rows: Int, into canvas: inout Canvas) {
        let charts = OverviewCharts(overview, library: state.library)
        let two = OverviewCharts.twoColumns(width: canvas.width)
        let columns = OverviewCharts.columns(twoColumns: two)
        let columnWidth = two ? (canvas.width - 3) / 2 : canvas.width - 2
        let scroll = min(state.overviewState.chartScroll, max(0, charts.lineCount(twoColumns: two) - rows))
        for (index, kinds) in columns.enumerated() {
            let x = 1 + index * (columnWidth + 1)
            var line = 0
            for kind in kinds {
                if line > 0 { line += 1 }
                let chart = charts.chart(kind)
                let y = { (line: Int) in top + line - scroll }
                let visible = { (line: Int) in line >= scroll && line < scroll + rows }
                if visible(line) {
                    canvas.text(
                        OverviewWords.chartTitle(kind).localized(state.language), x: x, y: y(line), style: .heading,
                        maxWidth: columnWidth)
                }
                line += 1
                guard !chart.bars.isEmpty else {
                    let empty: OverviewWords = chart.waiting ? .chartWaiting : .chartEmpty
                    if visible(line) {
                        canvas.text(
                            empty.localized(state.language), x: x + 1, y: y(line), style: .dim,
                            maxWidth: columnWidth - 1)
                    }
                    line += 1
                    continue
                }
                let bars = BarChart(chart.bars.map { bar(for: $0, state) })
                // A raised theme's words are what the coordinator reads; its bar only ranks them.
                let labelWidth =
                    kind == .raisedThemes
                    ? min(bars.bars.map { TextWidth.of($0.label) }.max() ?? 0, (columnWidth - 1) * 3 / 4)
                    : bars.labelWidth(in: columnWidth - 1)
                for index in bars.bars.indices {
                    if visible(line) {
                        bars.draw(
                            index, x: x + 1, y: y(line), width: columnWidth - 1, labelWidth: labelWidth, into: &canvas)
                    }
                    line += 1
                }
            }
        }
    }

    /// A bar with its label in words; theme bars in the theme's temperature colour.
    private static func bar(for bar: OverviewCharts.Bar, _ state: AppState) -> BarChart.Bar {
        let language = state.language
        switch bar.label {
        case .organisation(let name): return BarChart.Bar(label: name, value: bar.value)
        case .number(let number, let held):
            return BarChart.Bar(
                label: OverviewWords.meetingNumberHeld(number, held: held).localized(language), value: bar.value)
        case .month(let year, let month):
            return BarChart.Bar(
                label: OverviewWords.month(year: year, month: month).localized(language), value: bar.value)
        case .raised(let text): return BarChart.Bar(label: text, value: bar.value)
        case .withheldThemes:
            return BarChart.Bar(label: OverviewWords.withheldThemes.localized(language), value: bar.value, style: .dim)
        case .theme(let id):
            guard let id else {
                return BarChart.Bar(label: OverviewWords.noTheme.localized(language), value: bar.value)
            }
            let theme = state.library?.theme(id)
            return BarChart.Bar(
                label: theme?.name ?? id, value: bar.value,
                style: theme.map { TemperatureMark.style($0.temperature) } ?? .accent)
        }
    }
}

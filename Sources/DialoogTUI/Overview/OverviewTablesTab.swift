import DialoogCore
import DialoogPrint

/// The overzicht's Tabellen tab: the listed series added up per municipality, per method or
/// per organisation (`w` switches), the rows the reports' tables have (`Overview.groups`),
/// with the progress of a target set for just that group. ↑↓ scroll when the rows do not fit.
enum OverviewTablesTab {
    static func draw(_ state: AppState, _ overview: Overview, top: Int, rows: Int, into canvas: inout Canvas) {
        let language = state.language
        let grouping = state.overviewState.grouping
        drawGroupings(state, y: top, into: &canvas)
        guard !overview.series.isEmpty else {
            let sentence: OverviewWords = state.overviewState.activeFilters == 0 ? .emptyOverview : .emptyFiltered
            let lines = TextWidth.wrap(sentence.localized(language), width: min(canvas.width - 4, 72))
            for (index, line) in lines.prefix(max(0, rows - 2)).enumerated() {
                canvas.text(line, x: 2, y: top + 2 + index)
            }
            return
        }
        let groups = overview.groups(
            grouping, library: state.library, noMunicipality: ReportText.noMunicipality.localized(language))
        let layout = Layout(width: canvas.width)
        for (column, x, width) in layout.placed {
            let heading = self.heading(column, grouping, width: width, language)
            if column == .name {
                canvas.text(heading, x: x, y: top + 1, style: .dim, maxWidth: width)
            } else {
                canvas.text(
                    heading, x: x + max(0, width - TextWidth.of(heading)), y: top + 1, style: .dim, maxWidth: width)
            }
        }
        let visible = OverviewState.groupRows(in: state.size)
        let scroll = min(state.overviewState.tableScroll, max(0, groups.count - visible))
        for (row, group) in groups.dropFirst(scroll).prefix(visible).enumerated() {
            let y = top + 2 + row
            for (column, x, width) in layout.placed {
                let text = value(column, group, wide: layout.wideTarget, state)
                if column == .name {
                    canvas.text(text, x: x, y: y, maxWidth: width)
                    continue
                }
                let style: Style =
                    column == .target
                    ? (group.target.map { $0.isReached ? .accent : .normal } ?? .dim) : .normal
                canvas.text(text, x: x + max(0, width - TextWidth.of(text)), y: y, style: style, maxWidth: width)
            }
        }
    }

    /// "per gemeente · per methodiek · per organisatie", the one shown marked.
    private static func drawGroupings(_ state: AppState, y: Int, into canvas: inout Canvas) {
        var x = 1
        for (index, grouping) in OverviewGrouping.tableOrder.enumerated() {
            if index > 0 { x += canvas.text(" \(canvas.glyphs.separator) ", x: x, y: y, style: .dim) }
            let shown = grouping == state.overviewState.grouping
            x += canvas.text(
                OverviewWords.grouping(grouping).localized(state.language), x: x, y: y,
                style: shown ? .selected : .dim, maxWidth: max(0, canvas.width - 1 - x))
        }
    }

    private static func heading(_ column: Column, _ grouping: OverviewGrouping, width: Int, _ language: Language)
        -> String
    {
        let words: OverviewWords =
            switch column {
            case .name:
                switch grouping {
                case .municipality: .column(.municipality)
                case .method: .column(.method)
                case .organisation: .column(.organisation)
                }
            case .series: .groupSeriesColumn
            case .held: .column(.held)
            case .reached: .column(.reached)
            case .signals: .column(.signals)
            case .target: .groupTargetColumn
            }
        return words.localized(language)
    }

    private static func value(_ column: Column, _ group: GroupFigures, wide: Bool, _ state: AppState) -> String {
        switch column {
        case .name: return group.name
        case .series: return "\(group.series)"
        case .held: return "\(group.meetingsHeld)/\(group.meetingsPlanned)"
        case .reached: return "\(group.reached)"
        case .signals: return "\(group.signals)"
        case .target:
            guard let progress = group.target else { return "–" }
            guard wide else { return "\(progress.percent)%" }
            return OverviewWords.targetProgress(
                progress.reached, of: progress.target.amount, figure: progress.target.figure,
                percent: progress.percent
            ).localized(state.language)
        }
    }

    enum Column: CaseIterable {
        case name, series, held, reached, signals, target
    }

    /// The name takes what the figures leave; from 100 columns the target says its figure
    /// in words ("13 van 40 bijeenkomsten (33%)"), below that only its share.
    struct Layout {
        static let widths: [Column: Int] = [.series: 6, .held: 9, .reached: 6, .signals: 6]
        let placed: [(column: Column, x: Int, width: Int)]
        let wideTarget: Bool

        init(width: Int) {
            wideTarget = width >= 100
            let targetWidth = wideTarget ? 34 : 5
            let start = 3
            let figures = Column.allCases.dropFirst()
            let fixed = figures.map { (Self.widths[$0] ?? targetWidth) + 1 }.reduce(0, +)
            let nameWidth = max(8, width - start - 1 - fixed)
            var placed = [(column: Column.name, x: start, width: nameWidth)]
            var x = start + nameWidth
            for column in figures {
                let w = Self.widths[column] ?? targetWidth
                placed.append((column, x + 1, w))
                x += 1 + w
            }
            self.placed = placed
        }
    }
}

extension OverviewGrouping {
    /// The order the Tabellen tab names and switches the groupings in.
    static let tableOrder: [OverviewGrouping] = [.municipality, .method, .organisation]
}

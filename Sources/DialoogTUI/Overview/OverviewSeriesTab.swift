import DialoogCore

/// The overzicht's series table. The figures come right after the name, the descriptive
/// columns (dates, place, method) after them: as the screen narrows, columns give way from
/// the right, so the figures stay.
enum OverviewSeriesTab {
    static func draw(_ state: AppState, _ overview: Overview, top: Int, rows: Int, into canvas: inout Canvas) {
        let language = state.language
        let list = state.overviewState.rows
        guard !list.isEmpty else {
            let sentence: OverviewWords = state.overviewState.activeFilters == 0 ? .emptyOverview : .emptyFiltered
            let lines = TextWidth.wrap(sentence.localized(language), width: min(canvas.width - 4, 72))
            for (index, line) in lines.prefix(rows - 1).enumerated() {
                canvas.text(line, x: 2, y: top + 1 + index)
            }
            return
        }
        let layout = Layout(width: canvas.width)
        for (column, x, width) in layout.placed {
            var heading = OverviewWords.column(column).localized(language)
            if TextWidth.of(heading) > width { heading = OverviewWords.columnShort(column).localized(language) }
            if layout.rightAligned(column) {
                canvas.text(heading, x: x + max(0, width - TextWidth.of(heading)), y: top, style: .dim, maxWidth: width)
            } else {
                canvas.text(heading, x: x, y: top, style: .dim, maxWidth: width)
            }
        }
        let visible = max(1, rows - 1)
        let selection = state.overviewState.seriesSelection
        let offset = max(0, selection - visible + 1)
        for (row, index) in (offset..<min(list.count, offset + visible)).enumerated() {
            let y = top + 1 + row
            let selected = index == selection
            let style: Style = selected ? .selected : .normal
            canvas.markRow(y: y, steps: index - selection)
            canvas.fill(y: y, style: style)
            if selected { canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: style) }
            let figures = list[index]
            for (column, x, width) in layout.placed {
                if column == .name {
                    SeriesName.draw(
                        figures.series, x: x, y: y, width: width, selected: selected, language, into: &canvas)
                    continue
                }
                let text = value(column, figures, state)
                let dim = !selected && (text == "–" || column == .dates || column == .method)
                let cellStyle: Style = dim ? .dim : style
                if layout.rightAligned(column) {
                    canvas.text(
                        text, x: x + max(0, width - TextWidth.of(text)), y: y, style: cellStyle, maxWidth: width)
                } else {
                    canvas.text(text, x: x, y: y, style: cellStyle, maxWidth: width)
                }
            }
        }
    }

    private static func value(_ column: OverviewColumn, _ figures: SeriesFigures, _ state: AppState) -> String {
        switch column {
        case .name: figures.series.name
        case .organisation: figures.series.organisation
        case .held: "\(figures.meetingsHeld)/\(figures.meetingsPlanned)"
        case .reached: String(figures.reached)
        case .cameToAll:
            if let all = figures.cameToAll, let first = figures.cameToFirst { "\(all)/\(first)" } else { "–" }
        case .safety: figures.averageSafety.map { OverviewFormat.decimal($0, state.language) } ?? "–"
        case .signals: String(figures.signals.total)
        case .dates: OverviewFormat.tableDates(figures.firstDate, figures.lastDate, state)
        case .municipality: figures.series.municipality ?? "–"
        case .method: figures.series.methodId
        }
    }

    /// Where each column stands for a screen width: the name takes what the others leave, and
    /// a column is only shown while the name keeps `nameMinimum` cells.
    struct Layout {
        static let nameMinimum = 18
        static let widths: [OverviewColumn: Int] = [
            .organisation: 12, .held: 5, .reached: 5, .cameToAll: 7, .safety: 5, .signals: 5, .dates: 15,
            .municipality: 12, .method: 14,
        ]

        /// A column's width; organisations get less room on a narrow screen.
        static func width(_ column: OverviewColumn, screen: Int) -> Int {
            column == .organisation && screen < 80 ? 10 : widths[column]!
        }
        /// Each shown column with its first cell and width, left to right.
        let placed: [(column: OverviewColumn, x: Int, width: Int)]

        init(width: Int) {
            let start = 3
            var room = width - start - 1
            var shown: [OverviewColumn] = []
            for column in OverviewColumn.allCases where column != .name {
                let needed = Self.width(column, screen: width) + 1
                guard room - needed >= Self.nameMinimum else { break }
                room -= needed
                shown.append(column)
            }
            var placed = [(column: OverviewColumn.name, x: start, width: room)]
            var x = start + room
            for column in shown {
                placed.append((column, x + 1, Self.width(column, screen: width)))
                x += 1 + Self.width(column, screen: width)
            }
            self.placed = placed
        }

        /// Figures stand right-aligned under their heading.
        func rightAligned(_ column: OverviewColumn) -> Bool {
            [.held, .reached, .cameToAll, .safety, .signals].contains(column)
        }
    }
}

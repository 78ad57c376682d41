import DialoogCore

/// The coordinator's overzicht: a header with the filter in words, the totals and the progress
/// toward the target; then five tabs (series, charts, follow-ups, theme review, tables); the
/// filter panel or the target form over it.
package enum OverviewScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let language = state.language
        Chrome.drawTitle(state, subtitle: OverviewWords.title.localized(language), into: &canvas)
        let top = Chrome.topRows
        var fallback = ""
        if let overview = state.overviewState.overview {
            drawFilterLine(state, into: &canvas, y: top)
            drawTotals(state, overview.totals, into: &canvas, y: top + 1)
            drawTarget(state, overview, into: &canvas, y: top + 3)
            drawTabs(state, into: &canvas, y: top + 4)
            let area = (top: top + OverviewState.headerRows, rows: OverviewState.tabRows(in: state.size))
            switch state.overviewState.tab {
            case .series:
                OverviewSeriesTab.draw(state, overview, top: area.top, rows: area.rows, into: &canvas)
                if !overview.series.isEmpty { fallback = OverviewWords.legend.localized(language) }
            case .charts:
                OverviewChartsTab.draw(state, overview, top: area.top, rows: area.rows, into: &canvas)
                fallback = OverviewWords.chartsHint.localized(language)
            case .followUps:
                OverviewFollowUpsTab.draw(state, top: area.top, rows: area.rows, into: &canvas)
                fallback = OverviewWords.followUpsHint.localized(language)
            case .themes:
                OverviewThemesTab.draw(state, top: area.top, rows: area.rows, into: &canvas)
                fallback = OverviewWords.themesHint.localized(language)
            case .tables:
                OverviewTablesTab.draw(state, overview, top: area.top, rows: area.rows, into: &canvas)
                fallback = OverviewWords.tablesHint.localized(language)
            }
        } else if state.status == nil {
            canvas.text(" " + OverviewWords.loading.localized(language), x: 0, y: top, style: .dim)
        }
        Chrome.drawStatus(state, fallback: fallback, into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
        switch state.overviewState.panel {
        case .filter(let row): OverviewPanels.drawFilter(state, row: row, into: &canvas)
        case .target(let form): OverviewPanels.drawTarget(state, form: form, into: &canvas)
        case .bundle(let form): OverviewPanels.drawBundle(state, form: form, into: &canvas)
        case nil: break
        }
    }

    // MARK: - Header

    /// "alle series · dit kwartaal (1 okt–31 dec) · 1 filter", the values in the accent colour.
    private static func drawFilterLine(_ state: AppState, into canvas: inout Canvas, y: Int) {
        let language = state.language
        let filter = state.overviewState.filter
        var values =
            [filter.organisation, filter.methodId, filter.municipality, filter.facilitator].compactMap { $0 }
            + [filter.laptop.map { "laptop " + $0.prefix(8) }].compactMap { $0 }
        if values.isEmpty { values = [OverviewWords.everything.localized(language)] }
        var period = OverviewWords.period(state.overviewState.period).localized(language)
        if let from = filter.from, let to = filter.to {
            period += " (" + OverviewFormat.period(from: from, to: to, state) + ")"
        }
        values.append(period)
        if !filter.includeDemo { values.append(OverviewWords.withoutDemo.localized(language)) }
        let separator = " \(canvas.glyphs.separator) "
        var pieces = values.map { Piece(text: $0, style: .accent) }
        // `dialoog report` leaves demo series out unless asked: say when these figures hold them.
        if filter.includeDemo, state.overviewState.overview?.series.contains(where: \.series.demo) == true {
            pieces.append(Piece(text: OverviewWords.withDemo.localized(language), style: .warning))
        }
        let count = state.overviewState.activeFilters
        if count > 0 { pieces.append(Piece(text: OverviewWords.filterCount(count).localized(language), style: .dim)) }
        drawPieces([pieces], separator: separator, y: y, into: &canvas)
    }

    /// Two lines of figures: the long words where they fit, the short ones where not.
    private static func drawTotals(
        _ state: AppState, _ totals: Overview.Totals, into canvas: inout Canvas, y: Int
    ) {
        let separator = " \(canvas.glyphs.separator) "
        let long = totalsLines(state, totals, short: false)
        let short = totalsLines(state, totals, short: true)
        for line in 0..<2 {
            drawPieces([long[line], short[line]], separator: separator, y: y + line, into: &canvas)
        }
    }

    private static func totalsLines(_ state: AppState, _ totals: Overview.Totals, short: Bool) -> [[Piece]] {
        let language = state.language
        func words(_ words: OverviewWords, _ style: Style = .normal) -> Piece {
            Piece(text: words.localized(language), style: style)
        }
        let cameToAll =
            totals.cameToFirst > 0
            ? words(
                .cameToAll(
                    totals.cameToAll, of: totals.cameToFirst,
                    percent: OverviewFormat.percent(totals.cameToAll, of: totals.cameToFirst), short: short))
            : words(.cameToAllUnknown(short: short), .dim)
        var followUps = [words(.followUpsOpen(totals.openFollowUps))]
        if totals.overdueFollowUps > 0 { followUps.append(words(.overdue(totals.overdueFollowUps), .error)) }
        return [
            // The short form leaves out the number of series: the tab line shows it too.
            (short ? [] : [words(.seriesCount(totals.series))]) + [
                words(.meetingsHeld(totals.meetingsHeld, of: totals.meetingsPlanned, short: short)),
                words(.reached(totals.reached, short: short)), cameToAll,
            ],
            [
                words(
                    .safety(totals.averageSafety.map { OverviewFormat.decimal($0, language) }, short: short),
                    totals.averageSafety == nil ? .dim : .normal),
                words(.signals(totals.signals, short: short)),
            ] + followUps,
        ]
    }

    /// "Doel  ▇▇▇▇▇░░░ 41 van 60 bijeenkomsten (68%) · 1 jan–31 dec · nog 4 per maand · +2 doelen":
    /// the form's target (or else the first), the others counted; or how to set one.
    private static func drawTarget(_ state: AppState, _ overview: Overview, into canvas: inout Canvas, y: Int) {
        let language = state.language
        guard let progress = overview.formTarget ?? overview.targets.first else {
            let variants = [OverviewWords.noTarget, .noTargetShort].map {
                [Piece(text: $0.localized(language), style: .dim)]
            }
            drawPieces(variants, separator: "", y: y, into: &canvas)
            return
        }
        let label = " " + OverviewWords.targetLabel.localized(language) + "  "
        var x = canvas.text(label, x: 0, y: y, style: .heading)
        let target = progress.target
        let held = progress.reached
        let separator = " " + canvas.glyphs.separator + " "
        var after =
            OverviewWords.targetProgress(held, of: target.amount, figure: target.figure, percent: progress.percent)
            .localized(language) + separator + OverviewFormat.period(from: target.from, to: target.to, state)
        if progress.isReached {
            after += separator + OverviewWords.targetReached.localized(language)
        } else if let pace = progress.pacePerMonth(today: state.calendar.startOfDay(state.now)) {
            after += separator + OverviewWords.targetPace(pace).localized(language)
        }
        if overview.targets.count > 1 {
            after += separator + OverviewWords.moreTargets(overview.targets.count - 1).localized(language)
        }
        let room = canvas.width - 1 - x
        let barWidth = max(4, min(30, room - TextWidth.of(after) - 1))
        x += BarChart.meter(
            min(held, target.amount), goal: target.amount, x: x, y: y, width: barWidth,
            style: progress.isReached ? .accent : .warm, into: &canvas)
        canvas.text(" " + after, x: x, y: y, maxWidth: max(0, canvas.width - 1 - x))
    }

    /// " Series (6)  Grafieken  Opvolging (4) " with the open tab marked, and the order of the
    /// series on the right. Where the five tabs do not fit, the gaps between them go first, then
    /// the spaces around their names.
    private static func drawTabs(_ state: AppState, into canvas: inout Canvas, y: Int) {
        let language = state.language
        let overview = state.overviewState
        let names = OverviewTab.allCases.map { tab -> String in
            let name = OverviewWords.tab(tab).localized(language)
            switch tab {
            case .series: return name + " (\(overview.rows.count))"
            // The store's count: the list itself is read when its tab opens.
            case .followUps: return name + " (\(state.overviewState.overview?.totals.openFollowUps ?? 0))"
            case .themes:
                let open = overview.themeReviews.filter { $0.approved == nil }.count
                return open > 0 ? name + " (\(open))" : name
            case .charts, .tables: return name
            }
        }
        let room = canvas.width - 2
        let sort = OverviewWords.sortedBy(overview.sort).localized(language)
        let variants = [(pad: " ", gap: 1), (pad: " ", gap: 0), (pad: "", gap: 1)]
        let widths = variants.map { variant in
            names.map { TextWidth.of(variant.pad + $0 + variant.pad) + variant.gap }.reduce(0, +)
        }
        // The order of the series stays in sight while closer tabs make room for it; every tab
        // leaves that room, so the tabs stand still when another is opened.
        let withSort = widths.firstIndex { 1 + $0 + TextWidth.of(sort) + 2 < canvas.width }
        let chosen = withSort ?? widths.firstIndex { $0 <= room } ?? variants.count - 1
        let variant = variants[chosen]
        var x = 1
        for (tab, name) in zip(OverviewTab.allCases, names) {
            x +=
                canvas.text(
                    variant.pad + name + variant.pad, x: x, y: y, style: tab == overview.tab ? .selected : .heading,
                    maxWidth: max(0, room + 1 - x)) + variant.gap
        }
        if overview.tab == .series, x + TextWidth.of(sort) + 2 < canvas.width {
            canvas.rightAligned(sort, y: y, style: .dim)
        }
    }

    // MARK: - Pieces of a line

    struct Piece {
        var text: String
        var style: Style
    }

    /// Draws the first of `variants` that fits the line whole, the last one cut with an
    /// ellipsis when none does.
    static func drawPieces(_ variants: [[Piece]], separator: String, y: Int, into canvas: inout Canvas) {
        let room = canvas.width - 2
        let width = { (pieces: [Piece]) in
            pieces.map { TextWidth.of($0.text) }.reduce(0, +) + max(0, pieces.count - 1) * TextWidth.of(separator)
        }
        let pieces = variants.first { width($0) <= room } ?? variants.last ?? []
        var x = 1
        for (index, piece) in pieces.enumerated() {
            if index > 0 { x += canvas.text(separator, x: x, y: y, style: .dim, maxWidth: max(0, room + 1 - x)) }
            x += canvas.text(piece.text, x: x, y: y, style: piece.style, maxWidth: max(0, room + 1 - x))
            if x >= room + 1 { break }
        }
    }
}

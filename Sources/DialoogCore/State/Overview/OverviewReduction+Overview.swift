import Foundation

/// The coordinator's overzicht: every series with its figures, the charts and the open
/// follow-ups, for a filter. Every change of filter or target reads it again from the store;
/// sorting is done here, on the rows read.
extension OverviewReduction {
    // MARK: - Opening and leaving

    /// Opens the overzicht on `tab` or where it was left (the root shows its screen), and reads
    /// it for the filter.
    mutating func open(on tab: OverviewTab?) -> [Effect] {
        overviewState.panel = nil
        overviewState.doneHere = []
        if let tab { overviewState.tab = tab }
        // A period named in words follows the calendar: "this quarter" is today's quarter.
        setPeriod(overviewState.period)
        return tabEffects + reloadOverview()
    }

    /// Reads the overzicht again for its filter, and the open follow-ups when their tab shows.
    func reloadOverview() -> [Effect] {
        [.loadOverview(overviewState.filter)] + listEffects
    }

    /// The list of the tab open, read when it shows: open follow-ups or the theme review.
    var listEffects: [Effect] {
        switch overviewState.tab {
        case .followUps: [.loadOpenFollowUps]
        case .themes: [.loadThemeReviews]
        case .series, .charts, .tables: []
        }
    }

    /// What a tab needs beyond the overzicht itself: the library, for the theme and method
    /// names and to tell which raised themes are library themes (`ThemeRelease`); read before
    /// the figures.
    var tabEffects: [Effect] {
        library == nil && [.charts, .themes, .tables].contains(overviewState.tab) ? [.loadLibrary] : []
    }

    mutating func leaveOverview() -> [Effect] {
        outcome.requests.append(.navigate(.start))
        overviewState.panel = nil
        overviewState.summary = nil
        overviewState.doneHere = []
        return [.loadSeries, .loadFollowUps]
    }

    /// Gives the filter `period`, as its dates fall today.
    mutating func setPeriod(_ period: OverviewPeriod) {
        overviewState.period = period
        let range = period.range(now: now, calendar: calendar)
        overviewState.filter.from = range?.from
        overviewState.filter.to = range?.to
    }

    // MARK: - Answers from the store

    mutating func receiveOverview(_ overview: Overview, choices: FilterChoices) -> [Effect] {
        let selected = overviewState.selectedSeries?.id
        overviewState.overview = overview
        overviewState.choices = choices
        overviewState.rows = overviewState.sort.sorted(overview.series)
        reselect(selected)
        clampOverview()
        return []
    }

    mutating func receiveFollowUps(_ due: [FollowUp]) -> [Effect] {
        followUps = due
        // One opened again elsewhere is open here too.
        overviewState.doneHere.removeAll { done in due.contains { $0.id == done.id } }
        clampOverview()
        return []
    }

    /// The Opvolging tab's list: the open follow-ups of the listed series, overdue first (the
    /// store reads them soonest first), then those marked done here, which `u` opens again.
    var overviewFollowUps: [FollowUp] {
        let listed = overviewState.overview.map { Set($0.series.map(\.id)) }
        let done = Set(overviewState.doneHere.map(\.id))
        let shown = { (followUp: FollowUp) in listed?.contains(followUp.seriesId) ?? true }
        let open = followUps.filter { $0.doneAt == nil && !done.contains($0.id) && shown($0) }
            .enumerated().sorted { a, b in
                a.element.due != b.element.due ? a.element.due < b.element.due : a.offset < b.offset
            }.map(\.element)
        return open + overviewState.doneHere.filter(shown)
    }

    // MARK: - Keys

    mutating func performInOverview(_ command: Command) -> [Effect] {
        switch overviewState.inputMode(on: screen) {
        case .overviewFilter: performInFilter(command)
        case .overviewTarget: performInTarget(command)
        case .overviewBundle: performInBundle(command)
        case .summary: performInSummary(command)
        case .summaryRecords, .summaryRecordsConfirm: performInRecords(command)
        default: performOnOverview(command)
        }
    }

    mutating func performOnOverview(_ command: Command) -> [Effect] {
        outcome.status = .clear
        if move(command) { return [] }
        switch command {
        case .nextTab, .previousTab:
            let tabs = OverviewTab.allCases
            let step = command == .nextTab ? 1 : tabs.count - 1
            overviewState.tab = OverviewTab(rawValue: (overviewState.tab.rawValue + step) % tabs.count)!
            return tabEffects + listEffects
        case .open:
            switch overviewState.tab {
            case .series: return overviewState.selectedSeries.map { openSummary($0.id) } ?? []
            case .followUps: return selectedFollowUp.map { openSummary($0.seriesId) } ?? []
            case .charts, .themes, .tables: return []
            }
        case .filter:
            overviewState.panel = .filter(row: .organisation)
        case .clearFilters:
            return clearFilters()
        case .nextGrouping:
            guard overviewState.tab == .tables else { return [] }
            overviewState.grouping = overviewState.grouping.next
            overviewState.tableScroll = 0
        case .sort:
            let selected = overviewState.selectedSeries?.id
            overviewState.sort = overviewState.sort.next
            overviewState.rows = overviewState.sort.sorted(overviewState.overview?.series ?? [])
            reselect(selected)
        case .setTarget:
            openTargetForm()
        case .exportReport:
            // What the overzicht shows: its filter and period, written outside.
            outcome.status = .show(.overview(.exporting))
            return [.exportReport(overviewState.filter, language: context.language)]
        case .exportBundle:
            overviewState.panel = .bundle(BundleForm(kind: .export))
        case .importBundle:
            overviewState.panel = .bundle(BundleForm(kind: .import))
        case .markDone:
            return markFollowUp(done: true)
        case .markOpen:
            return markFollowUp(done: false)
        case .approveTheme:
            return reviewTheme(approved: true)
        case .rejectTheme:
            return reviewTheme(approved: false)
        case .closeOverlay:
            return leaveOverview()
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Moves the cursor (or, on the charts, the scroll position) of the tab; false for a
    /// command that does not move.
    mutating func move(_ command: Command) -> Bool {
        let rows = OverviewState.tabRows(in: size)
        switch overviewState.tab {
        case .series:
            guard
                let row = command.moved(
                    from: overviewState.seriesSelection, last: overviewState.rows.count - 1,
                    page: OverviewState.tableRows(in: size))
            else { return false }
            overviewState.seriesSelection = row
        case .charts:
            guard let line = command.moved(from: overviewState.chartScroll, last: lastChartScroll, page: rows)
            else { return false }
            overviewState.chartScroll = line
        case .followUps:
            guard
                let row = command.moved(
                    from: overviewState.followUpSelection, last: overviewFollowUps.count - 1, page: rows - 1)
            else { return false }
            overviewState.followUpSelection = row
        case .themes:
            guard
                let row = command.moved(
                    from: overviewState.themeSelection, last: overviewState.themeReviews.count - 1, page: rows - 1)
            else { return false }
            overviewState.themeSelection = row
        case .tables:
            guard let line = command.moved(from: overviewState.tableScroll, last: lastTableScroll, page: rows)
            else { return false }
            overviewState.tableScroll = line
        }
        return true
    }

    /// How far the Tabellen tab scrolls: until its last row is on the last row of the screen,
    /// below the line of groupings and the column headings.
    var lastTableScroll: Int {
        guard let overview = overviewState.overview else { return 0 }
        let count = overview.groups(overviewState.grouping, library: library, noMunicipality: "").count
        return max(0, count - OverviewState.groupRows(in: size))
    }

    /// How far the charts scroll: until their last line is on the last row.
    var lastChartScroll: Int {
        guard let overview = overviewState.overview else { return 0 }
        let lines = OverviewCharts(overview, library: library).lineCount(
            twoColumns: OverviewCharts.twoColumns(width: size.width))
        return max(0, lines - OverviewState.tabRows(in: size))
    }

    var selectedFollowUp: FollowUp? {
        let list = overviewFollowUps
        return list.indices.contains(overviewState.followUpSelection) ? list[overviewState.followUpSelection] : nil
    }

    /// Reads a series at a glance; the screen changes when it has been read. The library
    /// comes first: read after, it would clear the message of a summary that failed.
    mutating func openSummary(_ seriesId: String) -> [Effect] {
        (library == nil ? [.loadLibrary] : []) + [.loadSummary(seriesId: seriesId)]
    }

    mutating func clearFilters() -> [Effect] {
        let narrowed = overviewState.filter != .counted
        overviewState.filter = .counted
        overviewState.period = .all
        outcome.status = narrowed ? .show(.overview(.filtersCleared)) : .clear
        return reloadOverview()
    }

    /// Marks the follow-up under the cursor done (today) or open again, and reads the list and
    /// the totals again.
    mutating func markFollowUp(done: Bool) -> [Effect] {
        guard overviewState.tab == .followUps, var item = selectedFollowUp, (item.doneAt == nil) == done else {
            return []
        }
        if done {
            item.doneAt = now
            overviewState.doneHere.append(item)
            outcome.status = .show(.overview(.followUpDone(item.kind, series: item.seriesName)))
        } else {
            overviewState.doneHere.removeAll { $0.id == item.id }
            item.doneAt = nil
            followUps.append(item)
            outcome.status = .show(.overview(.followUpOpened(item.kind, series: item.seriesName)))
        }
        return [.setFollowUp(item.id, doneAt: item.doneAt), .loadOpenFollowUps, .loadOverview(overviewState.filter)]
    }

    /// Puts the cursor back on the series it was on, wherever the new order put it.
    mutating func reselect(_ id: String?) {
        guard let id, let row = overviewState.rows.firstIndex(where: { $0.id == id }) else { return }
        overviewState.seriesSelection = row
    }

    mutating func clampOverview() {
        func clamp(_ value: Int, _ count: Int) -> Int { min(max(value, 0), max(count - 1, 0)) }
        overviewState.seriesSelection = clamp(overviewState.seriesSelection, overviewState.rows.count)
        // At the top nothing can be past the end: the lists, charts and tables (the tables group
        // every series) are then not worked out just to find that out, at each answer.
        if overviewState.followUpSelection != 0 {
            overviewState.followUpSelection = clamp(overviewState.followUpSelection, overviewFollowUps.count)
        }
        overviewState.themeSelection = clamp(overviewState.themeSelection, overviewState.themeReviews.count)
        if overviewState.chartScroll > 0 { overviewState.chartScroll = min(overviewState.chartScroll, lastChartScroll) }
        if overviewState.tableScroll > 0 { overviewState.tableScroll = min(overviewState.tableScroll, lastTableScroll) }
    }

    // MARK: - Typing

    /// Digits typed into the target form; everything else is ignored.
    mutating func typeInOverview(_ text: String) {
        if screen == .overview, case .bundle = overviewState.panel {
            typeInBundle(text)
            return
        }
        guard screen == .overview, case .target(var form) = overviewState.panel else { return }
        outcome.status = .clear
        for character in text where character.isASCII && character.isNumber {
            var next = form.digits == "0" || form.replacing ? TextField() : form.field
            next.apply(.insert(String(character)))
            form.replacing = false
            guard let value = Int(next.text), value <= OverviewTarget.maximum else {
                outcome.status = .show(.overview(.targetTooLarge))
                break
            }
            form.field = next
        }
        overviewState.panel = .target(form)
    }
}

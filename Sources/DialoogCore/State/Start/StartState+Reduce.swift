/// The start screen's reducer. It changes only the start screen's state; opening another
/// feature is a navigation the root applies.
extension StartState {
    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        if let row = command.moved(from: selection, last: series.count - 1, page: Self.pageSize(context.size)) {
            selection = row
            return Outcome(status: .clear)
        }
        switch command {
        case .openLibrary: return .go(.library, status: .clear)
        case .open:
            guard let id = selectedSeries?.id else { return Outcome(status: .clear) }
            return .go(.planner(seriesId: id), status: .clear)
        case .newSeries: return .go(.newSeries, status: .clear)
        case .runMeeting:
            guard let id = selectedSeries?.id else { return Outcome(status: .clear) }
            return Outcome([.openLive(.series(id: id))], status: .clear)
        case .evaluate: return evaluateLatest()
        // MARK: Overzicht
        case .openOverview: return .go(.overview(tab: nil, freshFilter: false), status: .clear)
        case .showFollowUps: return .go(.overview(tab: .followUps, freshFilter: true), status: .clear)
        // MARK: Bundles: the overzicht's own form, over every series
        case .exportBundle: return .go(.bundle(.export), status: .clear)
        case .importBundle: return .go(.bundle(.import), status: .clear)
        default: return .shell(command, status: .clear)
        }
    }

    /// `e`: the selected series' most recently ended meeting.
    private func evaluateLatest() -> Outcome {
        guard let selected = selectedSeries else { return Outcome(status: .clear) }
        guard selected.meetingsHeld > 0 else { return .show(.evaluation(.nothingEnded(series: selected.series.name))) }
        return Outcome([.loadLatestEvaluation(seriesId: selected.series.id)], status: .clear)
    }

    /// The series have been read: the cursor stays on the series it was on.
    package mutating func receive(_ overviews: [SeriesOverview]) {
        let selectedId = selectedSeries?.id
        series = SeriesOverview.startOrder(overviews)
        loaded = true
        selection = selectedId.flatMap { id in series.firstIndex { $0.id == id } } ?? selection
        clampSelection()
    }

    /// Puts the cursor on a series, when it is listed.
    package mutating func select(seriesId: String) {
        if let index = series.firstIndex(where: { $0.id == seriesId }) { selection = index }
    }

    package mutating func clampSelection() {
        selection = min(max(selection, 0), max(series.count - 1, 0))
    }

    /// Rows a page key moves: the list area of the start screen, roughly.
    static func pageSize(_ size: TerminalSize) -> Int { max(1, size.height - 10) }
}

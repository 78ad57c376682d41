/// The root's part of the overzicht and the summary: opening the overzicht (a navigation), and
/// applying what the store answered, which also decides which of the two screens shows.
extension AppState {
    /// Opens the overzicht, on `tab` or where it was left, and reads it for the filter.
    mutating func openOverview(on tab: OverviewTab? = nil) -> [Effect] {
        screen = .overview
        status = nil
        overlay = nil
        return reduceOverview { $0.open(on: tab) }
    }

    mutating func receiveOverview(_ overview: Overview, choices: FilterChoices) -> [Effect] {
        let effects = reduceOverview { $0.receiveOverview(overview, choices: choices) }
        // Also the way back from a screen opened from here (the evaluation form reloads it).
        if screen != .summary { screen = .overview }
        return effects
    }

    mutating func receiveSummary(_ summary: SeriesSummary) -> [Effect] {
        let effects = reduceOverview { $0.receiveSummary(summary) }
        screen = .summary
        return effects
    }

    mutating func receiveEntries(_ entries: [MeetingEntry], meetingId: String) -> [Effect] {
        reduceOverview { $0.receiveEntries(entries, meetingId: meetingId) }
    }

    mutating func entryWithdrawn(_ entry: MeetingEntry) -> [Effect] {
        reduceOverview { $0.entryWithdrawn(entry) }
    }

    mutating func overviewFailed(_ failure: Failure) -> [Effect] {
        status = .overview(.failed(failure))
        return []
    }

    /// A Tab in the bundle form's path has been answered (`OverviewReduction.completed`).
    mutating func pathCompleted(_ completion: PathCompletion) -> [Effect] {
        guard screen == .overview else { return [] }
        return reduceOverview {
            $0.completed(completion)
            return []
        }
    }

    mutating func receiveFollowUps(_ due: [FollowUp]) -> [Effect] {
        reduceOverview { $0.receiveFollowUps(due) }
    }

    mutating func receiveThemeReviews(_ items: [ThemeReviewItem]) -> [Effect] {
        reduceOverview { $0.receiveThemeReviews(items) }
    }

    /// The Opvolging tab's list (`OverviewReduction.overviewFollowUps`).
    package var overviewFollowUps: [FollowUp] {
        OverviewReduction(overviewState: overviewState, context: context).overviewFollowUps
    }

    /// Follow-ups that are due (or overdue): the overzicht's, shown on the start screen too.
    package var followUps: [FollowUp] {
        get { overviewState.followUps }
        set { overviewState.followUps = newValue }
    }

    /// The next value of a filter, going round through "all" (`OverviewReduction.cycle`).
    package static func cycle(_ value: String?, in choices: [String], by step: Int) -> String? {
        OverviewReduction.cycle(value, in: choices, by: step)
    }

    private mutating func reduceOverview(_ body: (inout OverviewReduction) -> [Effect]) -> [Effect] {
        apply(overviewState.reducing(in: context, body))
    }
}

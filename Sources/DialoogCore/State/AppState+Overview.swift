import Foundation

// STUB (foundation): H3 builds the overzicht's, the summary's and the follow-ups' reducer here.
/// The coordinator's overzicht, a series at a glance, and the follow-ups that are due.
extension AppState {
    mutating func receiveOverview(_ overview: Overview, choices: FilterChoices) -> [Effect] {
        overviewState.overview = overview
        overviewState.choices = choices
        return []
    }

    mutating func receiveSummary(_ summary: SeriesSummary) -> [Effect] {
        overviewState.summary = summary
        screen = .summary
        return []
    }

    mutating func overviewFailed(_ message: String) -> [Effect] {
        []
    }

    mutating func receiveFollowUps(_ due: [FollowUp]) -> [Effect] {
        followUps = due
        return []
    }

    mutating func performInOverview(_ command: Command) -> [Effect] {
        performOnAnyScreen(command)
    }

    mutating func typeInOverview(_ text: String) {}
}

import DialoogCore
import Foundation

extension Fixtures {
    /// A series of one group with a fixed id, for plans made from the shipped library.
    package static func series(
        method: String = "htib", name: String = "Vrouwengroep Schilderswijk", groups: [TargetGroup] = [.vrouwen],
        choice: [String] = []
    ) -> Series {
        Series(
            id: "00000000-0000-4000-8000-000000000101", name: name, methodId: method, organisation: "HTIB",
            municipality: "Den Haag", expectedGroupSize: 12, createdAt: now, facilitators: ["AK", "Fatma"],
            venue: .buurthuis, languages: ["tr", "nl"], groups: groups, groupChoice: choice)
    }

    /// The starts of the three meetings: three Tuesday evenings in December 2026.
    package static let starts: [Date?] = ["2026-12-08T19:30", "2026-12-15T19:30", "2026-12-22T19:30"].map(date)

    /// The proposal for `series` from the shipped library. Its block ids are random; nothing
    /// that depends on them may be compared between two proposals.
    package static func plan(_ series: Series = Fixtures.series(), starts: [Date?] = Fixtures.starts) -> SeriesPlan {
        // swift-format-ignore: NeverUseForceTry
        try! SeriesProposal.make(series: series, library: shipped.library, starts: starts)
    }

    /// A state on the planner with the shipped library and `plan` loaded, as Enter on the start
    /// screen leaves it.
    package static func plannerState(
        _ plan: SeriesPlan = Fixtures.plan(), size: TerminalSize = .init(width: 80, height: 24),
        language: Language = .nl
    ) -> AppState {
        let overview = SeriesOverview(
            series: plan.series, meetingsPlanned: plan.meetings.count, meetingsHeld: 0,
            nextMeeting: plan.meetings.first?.meeting)
        var state = Fixtures.state(series: [overview], size: size)
        state.language = language
        _ = state.reduce(.libraryLoaded(shipped.library, problems: 0))
        _ = state.reduce(.command(.open))
        _ = state.reduce(.planLoaded(plan))
        return state
    }
}

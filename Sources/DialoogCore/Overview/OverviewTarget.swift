import Foundation

/// What the coordinator aims for: an amount of one figure in a period, from `from`
/// (inclusive) to `to` (exclusive), for the whole programme or for one organisation, method or
/// municipality. Any number of targets may be set; the overzicht and every report show
/// progress toward each. `id` is the store's, nil until stored.
package struct OverviewTarget: Codable, Equatable, Hashable, Sendable {
    package var id: Int64?
    package var figure: TargetFigure
    package var amount: Int
    package var from: Date
    package var to: Date
    /// The scope: nil counts every series.
    package var organisation: String?
    package var methodId: String?
    package var municipality: String?

    package init(
        id: Int64? = nil, figure: TargetFigure = .meetingsHeld, amount: Int, from: Date, to: Date,
        organisation: String? = nil, methodId: String? = nil, municipality: String? = nil
    ) {
        self.id = id
        self.figure = figure
        self.amount = amount
        self.from = from
        self.to = to
        self.organisation = organisation
        self.methodId = methodId
        self.municipality = municipality
    }

    /// The largest target the form and the command line take.
    package static let maximum = 100_000

    /// No organisation, method or municipality: the whole programme.
    package var isProgrammeWide: Bool { organisation == nil && methodId == nil && municipality == nil }

    /// The scope's values in order (organisation, method, municipality), those set.
    package var scopeValues: [String] { [organisation, methodId, municipality].compactMap { $0 } }
}

/// The figure a target counts, each by the period rule of the reports: meetings held by the
/// meeting's local date; a series completed by the date of its third regular meeting; people
/// reached per series (named deelnemers, or the largest headcount) at held meetings dated in
/// the period, summed over the series.
package enum TargetFigure: String, Codable, CaseIterable, Hashable, Sendable {
    case meetingsHeld = "meetings"
    case seriesCompleted = "series"
    case peopleReached = "people"
}

/// A target with how far it has come: `reached` of `target.amount`.
package struct TargetProgress: Equatable, Hashable, Sendable {
    package var target: OverviewTarget
    package var reached: Int

    package init(target: OverviewTarget, reached: Int) {
        self.target = target
        self.reached = reached
    }

    /// Whole percent of the amount, rounded; above 100 when passed.
    package var percent: Int {
        target.amount > 0 ? Int((Double(reached) * 100 / Double(target.amount)).rounded()) : 0
    }

    package var isReached: Bool { reached >= target.amount }

    /// What is still needed per month to reach the target in time, counting from `today`
    /// (or from the start, when the period has not begun): nil once reached or once the
    /// period is over. A month is an average one (30.44 days); the figure is rounded up.
    package func pacePerMonth(today: Date) -> Int? {
        guard !isReached, today < target.to else { return nil }
        let start = max(today, target.from)
        let days = target.to.timeIntervalSince(start) / 86_400
        let months = max(days / 30.436_875, 1.0 / 30.436_875)
        return Int((Double(target.amount - reached) / months).rounded(.up))
    }
}

import Foundation

/// The demo dataset `dialoog demo` loads, as values: a fixed set of series in every state a
/// newcomer should see, or, with a scale, about that many meetings for the benchmark. Pure
/// and deterministic: the same `now` and scale give the same data, ids included. Series are
/// made one at a time (`series(at:)`), so a large demo never sits in memory whole.
package struct DemoData: Sendable {
    package let now: Date
    package let calendar: LocalCalendar
    /// About this many meetings, or nil for the standard demo.
    package let scale: Int?
    package let seriesCount: Int
    /// The coordinator's target the demo sets when none is set: meetings held this year.
    package let target: OverviewTarget

    private let scenarios: [DemoScenario]
    private let profiles: [DemoScenario.Profile]
    /// The proposal each series copies (with fresh ids): one per scenario of the standard demo,
    /// one per methodology at scale.
    private let proposals: [String: SeriesPlan]
    private let methods: [String: Methodology]
    private let promptsByTheme: [String: [String]]

    /// The seed of every demo: the same series come back each time.
    private static let seed: UInt64 = 0x6469_616C_6F6F_6721

    /// The demo for `now`, planned with `library`. Series of a methodology the library lacks
    /// are left out; a proposal that cannot be made (a group choice the method no longer
    /// offers) leaves its series out too.
    package static func make(now: Date, calendar: LocalCalendar, library: Library, scale: Int? = nil) -> DemoData {
        var methods: [String: Methodology] = [:]
        for method in library.methods { methods[method.id] = method }
        var proposals: [String: SeriesPlan] = [:]
        func propose(key: String, methodId: String, groups: [TargetGroup], choice: [String], municipality: String?)
            -> Bool
        {
            let series = Series(
                name: key, methodId: methodId, organisation: "", municipality: municipality, createdAt: now,
                groups: groups, groupChoice: choice)
            guard let plan = try? SeriesProposal.make(series: series, library: library, starts: []) else {
                return false
            }
            proposals[key] = plan
            return true
        }
        var scenarios: [DemoScenario] = []
        var profiles: [DemoScenario.Profile] = []
        if scale == nil {
            scenarios = DemoScenario.standard.filter {
                propose(
                    key: $0.name, methodId: $0.methodId, groups: $0.groups, choice: $0.choice,
                    municipality: $0.municipality)
            }
        } else {
            profiles = DemoScenario.profiles.filter {
                propose(
                    key: $0.methodId, methodId: $0.methodId, groups: $0.groups, choice: $0.choice, municipality: nil)
            }
        }
        var promptsByTheme: [String: [String]] = [:]
        for prompt in library.prompts where prompt.kind != .opening && prompt.kind != .afsluiting {
            if let theme = prompt.theme { promptsByTheme[theme, default: []].append(prompt.id) }
        }
        let count = scale.map { profiles.isEmpty ? 0 : max(1, ($0 + 2) / 3) } ?? scenarios.count
        return DemoData(
            now: now, calendar: calendar, scale: scale, seriesCount: count,
            target: target(now: now, calendar: calendar, scale: scale), scenarios: scenarios,
            profiles: profiles, proposals: proposals, methods: methods, promptsByTheme: promptsByTheme)
    }

    /// The target the demo sets: meetings held in the calendar year of `now`, 40 for the
    /// standard demo and the scale's number of meetings at scale.
    package static func target(now: Date, calendar: LocalCalendar, scale: Int? = nil) -> OverviewTarget {
        let year = calendar.parts(of: now).year
        return OverviewTarget(
            amount: min(OverviewTarget.maximum, scale ?? 40),
            from: calendar.date(year: year, month: 1, day: 1, hour: 0, minute: 0) ?? now,
            to: calendar.date(year: year + 1, month: 1, day: 1, hour: 0, minute: 0) ?? now)
    }

    /// The `index`-th series (0 ..< `seriesCount`), made afresh on each call.
    package func series(at index: Int) -> DemoSeries {
        var rng = SplitMix64(seed: Self.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let scenario: DemoScenario
        let key: String
        if scale == nil {
            scenario = scenarios[index]
            key = scenario.name
        } else {
            let profile = profiles[index % profiles.count]
            scenario = DemoScenario.scaled(index, profile: profile, rng: &rng)
            key = profile.methodId
        }
        guard let proposal = proposals[key] else { fatalError("no proposal for \(key): make() filters them") }
        var builder = DemoBuilder(
            scenario: scenario, proposal: proposal, method: methods[scenario.methodId], now: now, calendar: calendar,
            promptsByTheme: promptsByTheme, rng: rng)
        return builder.build()
    }

    /// Every series at once: for the standard demo and for tests, not for a large scale.
    package var allSeries: [DemoSeries] { (0..<seriesCount).map(series(at:)) }
}

/// The orders of the overzicht's series table; `s` goes through them in this order.
package enum OverviewSort: String, CaseIterable, Equatable, Hashable, Sendable {
    /// Most recent first meeting first, series without dates last (the store's order).
    case date
    case name
    case organisation
    /// The figures: most first, series without the figure last.
    case held
    case reached
    case retention
    case safety
    case signals

    /// The next order after this one, round to the first.
    package var next: OverviewSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// `series` in this order. Ties keep the order they came in, so sorting twice by
    /// different keys reads as expected and nothing jumps between frames.
    package func sorted(_ series: [SeriesFigures]) -> [SeriesFigures] {
        // Positions are sorted, not the figures: moving 3,334 series' figures around while
        // sorting retained and released each of their strings many times over.
        let order = series.indices.sorted { a, b in compare(series[a], series[b]) ?? (a < b) }
        // Already in order (the store lists by date): the same array, nothing copied.
        if order.elementsEqual(series.indices) { return series }
        return order.map { series[$0] }
    }

    /// True when `a` goes before `b`, false when after, nil for a tie.
    private func compare(_ a: SeriesFigures, _ b: SeriesFigures) -> Bool? {
        switch self {
        case .date: Self.descending(a.firstDate, b.firstDate)
        case .name: Self.ascending(a.series.name.lowercased(), b.series.name.lowercased())
        case .organisation: Self.ascending(a.series.organisation.lowercased(), b.series.organisation.lowercased())
        case .held: Self.descending(a.meetingsHeld, b.meetingsHeld)
        case .reached: Self.descending(a.reached, b.reached)
        case .retention: Self.descending(a.retention, b.retention)
        case .safety: Self.descending(a.averageSafety, b.averageSafety)
        case .signals: Self.descending(a.signals.total, b.signals.total)
        }
    }

    private static func ascending<T: Comparable>(_ a: T, _ b: T) -> Bool? { a == b ? nil : a < b }

    /// Largest first; a missing value after every present one.
    private static func descending<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
        switch (a, b) {
        case (nil, nil): nil
        case (nil, _): false
        case (_, nil): true
        case (let a?, let b?): a == b ? nil : a > b
        }
    }
}

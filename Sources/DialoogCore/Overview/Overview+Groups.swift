/// What a table of the overzicht and of every report groups the series by.
package enum OverviewGrouping: CaseIterable, Equatable, Hashable, Sendable {
    case organisation, municipality, method

    /// The next grouping the overzicht's Tabellen tab switches to: per municipality, per
    /// method, per organisation, and round again.
    package var next: OverviewGrouping {
        switch self {
        case .municipality: .method
        case .method: .organisation
        case .organisation: .municipality
        }
    }
}

/// One row of a table: the series in one organisation, municipality or method, their figures
/// summed, and the progress of a target set for just that group, if any.
package struct GroupFigures: Equatable, Sendable {
    package var name: String
    package var series = 0
    package var meetingsPlanned = 0
    package var meetingsHeld = 0
    package var reached = 0
    package var signals = 0
    /// The first target (in the order set) whose only scope is this group; it counts its own
    /// period, as every target does.
    package var target: TargetProgress?

    package init(name: String) {
        self.name = name
    }
}

extension Overview {
    /// The rows of `grouping`, most meetings held first, then by name. Each row sums the listed
    /// series' figures (`series`, counted by the period rule), so the rows of a table add up to
    /// the totals. Names are matched ignoring case, as the filter matches them; a series
    /// without a municipality is a row of its own, named `noMunicipality`; a method is named as
    /// the library names it, or by its id.
    package func groups(_ grouping: OverviewGrouping, library: Library?, noMunicipality: String) -> [GroupFigures] {
        var rows: [String: GroupFigures] = [:]
        // The values a target's scope is compared with, per row: a method's id, not its name.
        var scopes: [String: Set<String>] = [:]
        for figures in series {
            let series = figures.series
            let scope: String? =
                switch grouping {
                case .organisation: series.organisation
                case .municipality: series.municipality
                case .method: series.methodId
                }
            let name: String =
                switch grouping {
                case .organisation: series.organisation
                case .municipality: series.municipality ?? noMunicipality
                case .method: library?.method(series.methodId)?.name ?? series.methodId
                }
            let key = name.lowercased()
            var row = rows[key] ?? GroupFigures(name: name)
            row.series += 1
            row.meetingsPlanned += figures.meetingsPlanned
            row.meetingsHeld += figures.meetingsHeld
            row.reached += figures.reached
            row.signals += figures.signals.total
            rows[key] = row
            if let scope { scopes[key, default: []].insert(scope.lowercased()) }
        }
        for (key, values) in scopes {
            rows[key]?.target = targets.first { progress in
                let target = progress.target
                let only: String? =
                    switch grouping {
                    case .organisation: target.methodId == nil && target.municipality == nil ? target.organisation : nil
                    case .municipality: target.organisation == nil && target.methodId == nil ? target.municipality : nil
                    case .method: target.organisation == nil && target.municipality == nil ? target.methodId : nil
                    }
                return only.map { values.contains($0.lowercased()) } ?? false
            }
        }
        return rows.values.sorted {
            ($1.meetingsHeld, $0.name.lowercased(), $0.name) < ($0.meetingsHeld, $1.name.lowercased(), $1.name)
        }
    }
}

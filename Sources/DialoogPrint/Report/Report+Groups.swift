import DialoogCore

/// The figures added up per organisation, municipality or method: a table in every report
/// format. Each row sums the listed series' figures (`overview.series`, counted by the period
/// rule), so the rows of a table add up to the key figures.
extension Report {
    /// What a table groups the series by.
    package enum Grouping: CaseIterable, Equatable, Sendable {
        case organisation, municipality, method
    }

    /// One row of a table: the series in the group and their figures summed.
    package struct GroupRow: Equatable, Sendable {
        package var name: String
        package var series = 0
        package var meetingsPlanned = 0
        package var meetingsHeld = 0
        package var reached = 0
        package var signals = 0
    }

    /// The rows of `grouping`, most meetings held first, then by name. Names are matched
    /// ignoring case, as the filter matches them; a series without a municipality is a row of
    /// its own ("zonder gemeente"); a method is named as the library names it.
    package func groups(_ grouping: Grouping) -> [GroupRow] {
        var rows: [String: GroupRow] = [:]
        for figures in overview.series {
            let series = figures.series
            let name: String =
                switch grouping {
                case .organisation: series.organisation
                case .municipality: series.municipality ?? t(.noMunicipality)
                case .method: library?.method(series.methodId)?.name ?? series.methodId
                }
            var row = rows[name.lowercased()] ?? GroupRow(name: name)
            row.series += 1
            row.meetingsPlanned += figures.meetingsPlanned
            row.meetingsHeld += figures.meetingsHeld
            row.reached += figures.reached
            row.signals += figures.signals.total
            rows[name.lowercased()] = row
        }
        return rows.values.sorted {
            ($1.meetingsHeld, $0.name.lowercased(), $0.name) < ($0.meetingsHeld, $1.name.lowercased(), $1.name)
        }
    }

    /// The heading of a table.
    func groupHeading(_ grouping: Grouping) -> String {
        switch grouping {
        case .organisation: t(.perOrganisation)
        case .municipality: t(.perMunicipality)
        case .method: t(.perMethod)
        }
    }

    /// The header of every table: the group, series, held of planned, reached, signals.
    func groupHeader(_ grouping: Grouping) -> [String] {
        let first: ReportText.Column =
            switch grouping {
            case .organisation: .organisation
            case .municipality: .municipality
            case .method: .method
            }
        return [
            t(.column(first)), t(.column(.seriesCount)), t(.column(.held)), t(.column(.reached)),
            t(.column(.signals)),
        ]
    }

    /// A row as text cells, in the header's order.
    func groupCells(_ row: GroupRow) -> [String] {
        [row.name, "\(row.series)", "\(row.meetingsHeld)/\(row.meetingsPlanned)", "\(row.reached)", "\(row.signals)"]
    }
}

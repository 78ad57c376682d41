import DialoogCore

/// The figures added up per organisation, municipality or method: a table in every report
/// format, computed in Core (`Overview.groups`) so the overzicht shows the same rows.
extension Report {
    /// What a table groups the series by.
    package typealias Grouping = OverviewGrouping
    /// One row of a table: the series in the group and their figures summed.
    package typealias GroupRow = GroupFigures

    /// The rows of `grouping`, as the overzicht's Tabellen tab shows them
    /// (`Overview.groups`): most meetings held first, then by name; a series without a
    /// municipality is a row of its own ("zonder gemeente").
    package func groups(_ grouping: Grouping) -> [GroupRow] {
        overview.groups(grouping, library: library, noMunicipality: t(.noMunicipality))
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

import DialoogCore
import Foundation

/// `dialoog report --format text` (the default): the figures for a terminal, with the filter
/// on top, the key figures, the meetings held per organisation and a table of the series.
/// Columns are measured in terminal cells, so names in any script line up.
package enum TerminalReport {
    /// The widest a series name may be in the table before it is shortened.
    static let nameWidth = 30

    package static func render(_ report: Report) -> String {
        var lines = [report.t(.title) + " · " + report.periodWords]
        lines.append(
            (report.filterWords + [report.t(report.filter.includeDemo ? .demoIncluded : .demoExcluded)])
                .joined(separator: " · "))
        lines.append(generated(report))
        lines.append("")
        lines.append(report.t(.keyFigures))
        let figures = report.keyFigures
        let labelWidth = figures.map { TextWidth.of($0.label) }.max() ?? 0
        for figure in figures { lines.append("  " + TextWidth.pad(figure.label, to: labelWidth) + "  " + figure.value) }
        let comparison = report.comparisonTable
        if let header = comparison.first, let before = report.previousReport {
            lines.append("")
            lines.append(report.t(.compareHeading(previous: before.periodWords)))
            lines += table(header: header, rows: Array(comparison.dropFirst()), numeric: [1, 2, 3])
        }

        for grouping in Report.Grouping.allCases {
            let rows = report.groups(grouping)
            guard !rows.isEmpty else { continue }
            lines.append("")
            lines.append(report.groupHeading(grouping))
            lines += table(
                header: report.groupHeader(grouping), rows: rows.map(report.groupCells), numeric: [1, 2, 3, 4])
        }

        if !report.recommendations.isEmpty || report.overview.withheldRecommendations > 0 {
            lines.append("")
            lines.append(report.t(.recommendationsHeading))
            if !report.recommendations.isEmpty {
                lines += table(
                    header: [report.t(.column(.recommendation)), report.t(.column(.groups))],
                    rows: report.recommendations.map { [$0.name, "\($0.count)"] }, numeric: [1])
            }
            let withheld = report.overview.withheldRecommendations
            if withheld > 0 { lines.append("  " + report.t(.withheldRecommendations(groups: withheld))) }
        }

        lines.append("")
        lines.append(report.t(.seriesHeading))
        if report.overview.series.isEmpty {
            lines.append("  " + report.t(.noMeetings))
        } else {
            let header: [ReportText.Column] = [
                .name, .organisation, .method, .municipality, .held, .reached, .cameToAll, .safety, .signals,
            ]
            lines += table(
                header: header.map { report.t(.column($0)) },
                rows: report.overview.series.map { row($0, report) }, numeric: [4, 5, 6, 7, 8])
        }
        lines += ["", report.t(.periodRule), report.t(.demoRule)]
        return lines.joined(separator: "\n") + "\n"
    }

    static func generated(_ report: Report) -> String {
        let p = report.calendar.parts(of: report.generatedAt)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return report.t(
            .generated(day: report.t(.day(p.year, p.month, p.day)), time: "\(two(p.hour)):\(two(p.minute))"))
    }

    private static func row(_ figures: SeriesFigures, _ report: Report) -> [String] {
        let series = figures.series
        var name = TextWidth.truncate(series.name, to: nameWidth)
        if series.demo { name += " (" + report.t(.demoMark) + ")" }
        let all = figures.cameToAll.map { all in "\(all)/\(figures.cameToFirst ?? 0)" } ?? "–"
        return [
            name, series.organisation, series.methodId, series.municipality ?? "–",
            "\(figures.meetingsHeld)/\(figures.meetingsPlanned)", "\(figures.reached)", all,
            figures.averageSafety.map { report.t(.decimal($0)) } ?? "–", "\(figures.signals.total)",
        ]
    }

    /// Columns two spaces apart, indented by two; numeric columns aligned right.
    static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { TextWidth.of($0[column]) }.max() ?? 0 }
        return all.map { cells in
            let padded = cells.enumerated().map { column, cell in
                let room = String(repeating: " ", count: widths[column] - TextWidth.of(cell))
                return numeric.contains(column) ? room + cell : cell + room
            }
            return "  " + String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
    }
}

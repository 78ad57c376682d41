import DialoogCore
import Foundation

/// `dialoog report --format md`: a report to hand to a municipality or funder, in Dutch (or
/// English with `--lang en`). The key figures, what went well (each line derived from the
/// figures, nothing invented), the themes groups raised themselves, prompt use per theme, and
/// how it was counted. It holds no pseudonym and no gespreksleider's name: raised themes are
/// the group's words, and one that looks like a full name is left out.
package enum MarkdownReport {
    package static func render(_ report: Report) -> String {
        var lines = ["# " + report.t(.title) + " · " + escape(report.periodWords), ""]
        let filter = report.filterWords + [report.t(report.filter.includeDemo ? .demoIncluded : .demoExcluded)]
        lines.append(escape(filter.joined(separator: " · ")) + "  ")
        lines.append(TerminalReport.generated(report) + ".")
        lines.append("")

        lines += heading(report.t(.keyFigures))
        lines += report.keyFigures.map { "- **" + escape($0.label) + ":** " + escape($0.value) }
        lines.append("")
        let comparison = report.comparisonTable
        if let header = comparison.first, let before = report.previousReport {
            lines += heading(report.t(.compareHeading(previous: before.periodWords)))
            lines += table(header, Array(comparison.dropFirst()), numeric: [1, 2, 3])
        }
        for grouping in Report.Grouping.allCases {
            let rows = report.groups(grouping)
            guard !rows.isEmpty else { continue }
            lines += heading(report.groupHeading(grouping), level: 3)
            lines += table(report.groupHeader(grouping), rows.map(report.groupCells), numeric: [1, 2, 3, 4])
        }

        lines += heading(report.t(.wentWell))
        let wentWell = report.wentWell
        let landed = report.landedPrompts
        if wentWell.isEmpty && landed.isEmpty {
            lines += [report.t(.nothingToDeriveYet), ""]
        } else {
            lines += wentWell.map { "- " + $0 }
            if !landed.isEmpty {
                lines.append("- " + report.t(.landedIntro))
                lines += landed.map { "  - " + escape(report.t(.landedPrompt(text: "“\($0.text)”", count: $0.count))) }
            }
            lines.append("")
        }

        lines += heading(report.t(.raisedThemes))
        let themes = report.groupThemes
        let withheld = report.overview.withheldThemes
        if themes.isEmpty && withheld == 0 {
            lines += [report.t(.noRaisedThemes), ""]
        } else {
            if !themes.isEmpty {
                lines += table(
                    [report.t(.column(.theme)), report.t(.column(.groups))],
                    themes.map { [$0.name, "\($0.count)"] }, numeric: [1])
            }
            if withheld > 0 { lines += [report.t(.withheldThemes(groups: withheld)), ""] }
        }

        lines += heading(report.t(.recommendationsHeading))
        let advice = report.recommendations
        let adviceWithheld = report.overview.withheldRecommendations
        if advice.isEmpty && adviceWithheld == 0 {
            lines += [report.t(.noRecommendations), ""]
        } else {
            if !advice.isEmpty {
                lines += table(
                    [report.t(.column(.recommendation)), report.t(.column(.groups))],
                    advice.map { [$0.name, "\($0.count)"] }, numeric: [1])
            }
            if adviceWithheld > 0 { lines += [report.t(.withheldRecommendations(groups: adviceWithheld)), ""] }
        }

        lines += heading(report.t(.promptsPerTheme))
        let perTheme = report.usesPerTheme
        if perTheme.isEmpty {
            lines += [report.t(.noPromptUses), ""]
        } else {
            lines += table(
                [report.t(.column(.theme)), report.t(.column(.times))], perTheme.map { [$0.name, "\($0.count)"] },
                numeric: [1])
        }

        if !report.overview.series.isEmpty {
            lines += heading(report.t(.seriesHeading))
            let columns: [ReportText.Column] = [.name, .organisation, .municipality, .held, .reached, .cameToAll]
            lines += table(
                columns.map { report.t(.column($0)) },
                report.overview.series.map { figures in
                    [
                        figures.series.name + (figures.series.demo ? " (" + report.t(.demoMark) + ")" : ""),
                        figures.series.organisation, figures.series.municipality ?? "–",
                        "\(figures.meetingsHeld)/\(figures.meetingsPlanned)", "\(figures.reached)",
                        figures.cameToAll.map { "\($0)/\(figures.cameToFirst ?? 0)" } ?? "–",
                    ]
                }, numeric: [3, 4, 5])
        }

        lines += heading(report.t(.howCounted))
        lines += [
            .countedReached, .countedCameToAll, .countedSafety, .countedSignals, .countedVolunteers, .periodRule,
            .demoRule,
        ]
        .map {
            "- " + report.t($0)
        }
        lines += ["", "---", "", "*" + report.t(report.seriesNamed ? .privacyWithSeriesNames : .privacy) + "*"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func heading(_ text: String, level: Int = 2) -> [String] {
        [String(repeating: "#", count: level) + " " + text, ""]
    }

    /// A Markdown table, cells escaped, followed by an empty line.
    private static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> [String] {
        let rule = header.indices.map { numeric.contains($0) ? "---:" : "---" }
        let line = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |" }
        return [line(header), "|" + rule.joined(separator: "|") + "|"] + rows.map(line) + [""]
    }

    /// Text from the data, kept to one line and unable to break the table or the markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": result.append(" ")
            case "|", "\\", "*", "_", "`", "<", ">", "[", "]": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}

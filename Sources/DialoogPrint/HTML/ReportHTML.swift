import DialoogCore
import Foundation
import Plot

/// `dialoog report --format html`: the report for a municipality as one self-contained page to
/// print or mail, through the same renderer as the printable plan. What it covers (period,
/// filters, demo series), the key figures, what went well, charts as inline SVG bars, how it
/// was counted, and at its foot when and by which version it was made and the rule for periods.
///
/// It renders the report model through the accessors the other formats use, so the figures,
/// the themes and the labels are the same as in the Markdown report. It has no table per
/// series: series are named by the group's own name, which does not leave the laptop here.
package enum ReportHTML {
    package static func render(_ report: Report, version: String) -> String {
        let t = { (text: ReportText) in report.t(text) }
        let p = { (text: PrintText) in text.localized(report.language) }
        var body: [Node<HTML.BodyContext>] = [.h1(HTMLPage.text(t(.title) + " · " + report.periodWords))]

        let filters = report.filterWords.isEmpty ? p(.noFilters) : report.filterWords.joined(separator: " · ")
        body.append(.h2(HTMLPage.text(p(.filtersHeading))))
        body.append(
            .table(
                .class("covers"),
                .tr(.th(HTMLPage.text(p(.periodLabel))), .td(HTMLPage.text(report.periodWords))),
                .tr(.th(HTMLPage.text(p(.filtersLabel))), .td(HTMLPage.text(filters))),
                .tr(
                    .th(HTMLPage.text(t(.demoMark))),
                    .td(HTMLPage.text(t(report.filter.includeDemo ? .demoIncluded : .demoExcluded))))))

        body.append(.h2(HTMLPage.text(t(.keyFigures))))
        body.append(
            .table(
                .class("figures"),
                .forEach(report.keyFigures) { figure in
                    .tr(.th(HTMLPage.text(figure.label)), .td(HTMLPage.text(figure.value)))
                }))
        let comparison = report.comparisonTable
        if let header = comparison.first, let before = report.previousReport {
            body.append(.h2(HTMLPage.text(t(.compareHeading(previous: before.periodWords)))))
            body.append(
                .table(
                    .class("figures"),
                    .tr(.forEach(header) { .th(HTMLPage.text($0)) }),
                    .forEach(comparison.dropFirst()) { row in .tr(.forEach(row) { .td(HTMLPage.text($0)) }) }))
        }

        let perOrganisation = report.totals.heldPerOrganisation.map { (name: $0.name, count: $0.count) }
        if !perOrganisation.isEmpty {
            body.append(.h2(HTMLPage.text(p(.chartHeldPerOrganisation))))
            body.append(BarChart.svg(perOrganisation, title: p(.chartHeldPerOrganisation), language: report.language))
        }

        for grouping in Report.Grouping.allCases {
            let rows = report.groups(grouping)
            guard !rows.isEmpty else { continue }
            body.append(.h2(HTMLPage.text(report.groupHeading(grouping))))
            body.append(
                .table(
                    .class("figures"),
                    .tr(.forEach(report.groupHeader(grouping)) { .th(HTMLPage.text($0)) }),
                    .forEach(rows) { row in .tr(.forEach(report.groupCells(row)) { .td(HTMLPage.text($0)) }) }))
        }

        body.append(.h2(HTMLPage.text(t(.wentWell))))
        let wentWell = report.wentWell
        let landed = report.landedPrompts
        if wentWell.isEmpty && landed.isEmpty {
            body.append(.p(HTMLPage.text(t(.nothingToDeriveYet))))
        } else {
            var items: [Node<HTML.ListContext>] = wentWell.map { .li(HTMLPage.text($0)) }
            if !landed.isEmpty {
                items.append(
                    .li(
                        HTMLPage.text(t(.landedIntro)),
                        .ul(
                            .forEach(landed) { prompt in
                                .li(HTMLPage.text(t(.landedPrompt(text: "“\(prompt.text)”", count: prompt.count))))
                            })))
            }
            body.append(.ul(.group(items)))
        }

        body.append(.h2(HTMLPage.text(t(.raisedThemes))))
        let themes = report.groupThemes.map { (name: $0.name, count: $0.count) }
        if themes.isEmpty {
            body.append(.p(HTMLPage.text(t(.noRaisedThemes))))
        } else {
            body.append(BarChart.svg(themes, title: p(.chartRaisedThemes), language: report.language))
        }

        body.append(.h2(HTMLPage.text(t(.recommendationsHeading))))
        let advice = report.recommendations
        if advice.isEmpty && report.overview.withheldRecommendations == 0 {
            body.append(.p(HTMLPage.text(t(.noRecommendations))))
        } else {
            if !advice.isEmpty {
                body.append(
                    .table(
                        .class("figures"),
                        .tr(.th(HTMLPage.text(t(.column(.recommendation)))), .th(HTMLPage.text(t(.column(.groups))))),
                        .forEach(advice) { row in
                            .tr(.td(HTMLPage.text(row.name)), .td(HTMLPage.text("\(row.count)")))
                        }))
            }
            if report.overview.withheldRecommendations > 0 {
                body.append(
                    .p(HTMLPage.text(t(.withheldRecommendations(groups: report.overview.withheldRecommendations)))))
            }
        }

        body.append(.h2(HTMLPage.text(t(.promptsPerTheme))))
        let perTheme = report.usesPerTheme
        if perTheme.isEmpty {
            body.append(.p(HTMLPage.text(t(.noPromptUses))))
        } else {
            body.append(BarChart.svg(perTheme, title: p(.chartPromptsPerTheme), language: report.language))
        }

        body.append(.h2(HTMLPage.text(t(.howCounted))))
        body.append(
            .ul(
                .forEach([
                    ReportText.countedReached, .countedCameToAll, .countedSafety, .countedSignals, .countedVolunteers,
                ]) {
                    .li(HTMLPage.text(t($0)))
                }))

        let made = PrintText.madeWith(
            date: DateText.stamp(report.generatedAt, calendar: report.calendar, language: report.language),
            version: version)
        body.append(
            .footer(
                .p(HTMLPage.text(p(.periodRule))),
                .p(HTMLPage.text(t(.demoRule))),
                .p(HTMLPage.text(t(.privacy))),
                .p(.class("dim"), HTMLPage.text(p(made)))))
        return HTMLPage.render(title: t(.title) + " · " + report.periodWords, language: report.language, body: body)
    }
}

import DialoogCore
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog report --format html`: one well-formed, self-contained page with the period and
/// filters it was made with, the key figures, charts as SVG bars, when and by which version
/// it was made and the rule for periods; no one's name and no series name in it.
@Suite struct ReportHTMLTests {
    func outline(_ report: Report = ReportRenderTests.report()) -> (HTMLOutline, String) {
        let html = ReportHTML.render(report, version: "0.1.0")
        return (HTMLOutline(html), html)
    }

    @Test func itStatesThePeriodTheFiltersAndWhenAndWithWhatItWasMade() throws {
        let (outline, html) = outline()
        #expect(outline.wellFormed, "\(outline.error ?? "")")
        #expect(outline.all("h1").first?.text == "Dialoogbijeenkomsten · 4e kwartaal 2026")
        let covers = try #require(outline.all("table", class: "covers").first).text
        #expect(covers.contains("Periode 4e kwartaal 2026"))
        #expect(covers.contains("Filters geen: alle organisaties, methodieken en gemeenten"))
        #expect(covers.contains("zonder demoseries"))
        let footer = try #require(outline.all("footer").first).text
        #expect(footer.contains("Gemaakt op di 1 dec 2026 19:30 met dialoog 0.1.0."))
        #expect(footer.contains(PrintText.periodRule.localized(.nl)))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@media print"))
        #expect(!html.contains("<link") && !html.contains("src="), "nothing is fetched from outside")
    }

    @Test func theChartsAreSVGBarsInProportion() throws {
        let (outline, _) = outline()
        let charts = outline.all("svg")
        // Held per organisation, raised themes, prompts per theme.
        #expect(charts.count == 3)
        #expect(charts[0].text.contains("IOT 3") && charts[0].text.contains("Kezban 2"))
        let rects = outline.elements.filter { $0.name == "rect" }
        // Two organisations, each raised theme, and the two themes of the prompts used
        // (opvoeding and huwelijksdwang).
        #expect(rects.count == 2 + ReportRenderTests.report().overview.raisedThemes.count + 2)
        #expect(outline.all("title").contains { $0.text.hasPrefix("Staafdiagram: ") })
    }

    @Test func noNameAndNoSeriesNameIsInIt() {
        let (outline, _) = outline()
        for name in ReportRenderTests.names + ["Moeders Kanaleneiland", "Vrouwen Oost", "Jongeren Feijenoord"] {
            #expect(!outline.text.contains(name), "\(name)")
        }
    }

    @Test func filterValuesAreEscaped() throws {
        var report = ReportRenderTests.report()
        report.overview.filter.organisation = "<script>alert(1)</script> & &amp;"
        let (outline, _) = outline(report)
        #expect(outline.wellFormed, "\(outline.error ?? "")")
        #expect(outline.all("script").isEmpty)
        #expect(outline.text.contains("<script>alert(1)</script> & &amp;"))
    }

    @Test func inEnglish() {
        let (outline, _) = outline(ReportRenderTests.report(language: .en))
        #expect(outline.text.contains("What this report covers"))
        #expect(outline.text.contains("Bar chart: Meetings held per organisation"))
    }
}

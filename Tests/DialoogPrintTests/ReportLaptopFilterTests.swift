import DialoogCore
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// A report of one laptop's series says so, as the overzicht's filter line does: the overzicht's
/// `P` writes its filter, and a figure narrowed without saying so is not one a municipality can
/// trust.
@Suite struct ReportLaptopFilterTests {
    @Test func theLaptopFilterIsNamedInTheHTMLAndTheTextReport() {
        var report = ReportRenderTests.report()
        report.overview.filter.laptop = "1a2b3c4d5e6f7a8b"
        let html = ReportHTML.render(report, version: "0.1.0")
        #expect(html.contains("laptop 1a2b3c4d") && !html.contains("1a2b3c4d5e"))
        #expect(TerminalReport.render(report).contains("laptop 1a2b3c4d"))
        // Without it, the report still says there are no filters.
        #expect(!ReportHTML.render(ReportRenderTests.report(), version: "0.1.0").contains("laptop 1a2b"))
    }
}

import DialoogAppTestSupport
import Foundation
import Testing

/// A new series' plan says whose each block is, in `series show --format json` and on paper.
@Suite("Provenance in plans")
struct PlanProvenanceCommandTests {
    @Test func theJSONAndThePrintedPlanSayWhoseEachBlockIs() throws {
        let laptop = Laptop("provenance", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let created = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders Kanaleneiland", "--municipality",
            "Utrecht", "--group", "ouders", "--dates", "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")

        let show = try laptop.run(["series", "show", "ouders kanaleneiland", "--format", "json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try PlanCommandTests.json(show.stdout)
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        let blocks = try #require(meetings[0]["blocks"] as? [[String: Any]])
        let byTitle = Dictionary(
            blocks.compactMap { block in (block["title"] as? String).map { ($0, block["provenance"]) } },
            uniquingKeysWith: { first, _ in first })
        #expect(byTitle["Welkom en kennismaking"] as? [String: String] == ["by": "dialoog"])
        #expect(
            byTitle["Wat kreeg jij mee van je ouders?"] as? [String: String]
                == ["by": "organisatie", "source": "759-762, 1729-1730"])

        let printed = try laptop.run(["plan", "show", "ouders kanaleneiland", "--format", "text"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("◆ eigen werkwijze IOT (regels in 001)"), "the legend")
        #expect(printed.stdout.contains("◆ eigen werkwijze IOT (001:759-762, 1729-1730)"))
        #expect(printed.stdout.contains("◇ voorstel van dialoog"))

        let html = try laptop.run(["plan", "show", "ouders kanaleneiland", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("◆ eigen werkwijze IOT (001:759-762, 1729-1730)"))
        #expect(html.stdout.contains("◇ voorstel van dialoog"))
    }
}

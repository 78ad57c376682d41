import DialoogAppTestSupport
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog report --compare previous`: the previous period's column is what a report for
/// that period alone says, on generated data, and the difference is now minus then.
@Suite("Report compared with the period before")
struct ReportCompareTests {
    static func json(_ arguments: [String], _ laptop: Laptop) throws -> [String: Any] {
        let run = try Run(
            ["report", "--format", "json", "--db", laptop.db, "--lang", "nl"] + arguments,
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// The compared figures of a report of one period alone, read from its own totals.
    static func alone(_ json: [String: Any]) throws -> [String: Int?] {
        let totals = try #require(json["totals"] as? [String: Any])
        let parts = try #require(totals["headcount_parts"] as? [String: Int])
        let useful = try #require(totals["useful"] as? [String: Any])
        let signals = try #require(totals["signals"] as? [String: Int])
        let counted = (parts["meetings"] ?? 0) > 0
        return [
            "meetings_held": totals["meetings_held"] as? Int, "series": totals["series"] as? Int,
            "series_completed": totals["series_completed"] as? Int, "reached": totals["reached"] as? Int,
            "women": counted ? parts["women"] : nil, "young": counted ? parts["young"] : nil,
            "useful_yes": (useful["meetings"] as? Int ?? 0) > 0 ? useful["yes"] as? Int : nil,
            "volunteer_hours": totals["volunteer_hours"] as? Int, "signals": signals["total"],
        ]
    }

    static func compared(_ json: [String: Any], _ column: String) throws -> [String: Int?] {
        let compare = try #require(json["compare"] as? [String: Any])
        let rows = try #require(compare["figures"] as? [[String: Any]])
        var values: [String: Int?] = [:]
        for row in rows {
            let key = try #require(row["figure"] as? String)
            values[key] = row[column] as? Int
        }
        return values
    }

    @Test(arguments: [("2026-Q2", "2026-Q1"), ("2026-01", "2025-12"), ("2026", "2025")])
    func thePreviousColumnIsTheReportOfThePeriodBefore(period: String, before: String) throws {
        let laptop = Laptop("compare", now: "2027-02-01T12:00")
        defer { laptop.remove() }
        try laptop.create()
        try PeriodSumTests.generate(into: laptop.db, seed: 11, count: 40)
        let both = try Self.json(["--period", period, "--compare", "previous"], laptop)
        let now = try Self.alone(try Self.json(["--period", period], laptop))
        let then = try Self.alone(try Self.json(["--period", before], laptop))
        let current = try Self.compared(both, "current")
        let previous = try Self.compared(both, "previous")
        let difference = try Self.compared(both, "difference")
        for (key, value) in now {
            #expect(current[key] == value, "\(key) now, \(period)")
            #expect(previous[key] == then[key], "\(key) before \(period)")
            if let value, let earlier = then[key] ?? nil {
                #expect(difference[key] == value - earlier, "\(key) difference")
            } else {
                #expect(difference[key] == Int?.none, "\(key): no difference when either is not known")
            }
        }
        let heldThen: Int = (then["meetings_held"] ?? nil) ?? 0
        let heldNow: Int = (now["meetings_held"] ?? nil) ?? 0
        #expect(heldThen + heldNow > 0, "the data reach the periods")
        // Without --compare the JSON has no comparison.
        #expect(try Self.json(["--period", period], laptop)["compare"] == nil)
    }

    @Test func daysGiveAsManyDaysBeforeAndTheTextNamesBothPeriods() throws {
        let laptop = Laptop("compare", now: "2027-02-01T12:00")
        defer { laptop.remove() }
        try laptop.create()
        try PeriodSumTests.generate(into: laptop.db, seed: 3, count: 30)
        let both = try Self.json(["--from", "2026-03-10", "--to", "2026-04-18", "--compare", "previous"], laptop)
        let compare = try #require(both["compare"] as? [String: Any])
        // 40 days, so the 40 days before: 29 January to 9 March (3 + 28 + 9; 2026 is no leap year).
        #expect(compare["previous_from"] as? String == "2026-01-29")
        #expect(compare["previous_to"] as? String == "2026-03-09")
        let then = try Self.alone(try Self.json(["--from", "2026-01-29", "--to", "2026-03-09"], laptop))
        #expect(try Self.compared(both, "previous")["meetings_held"] == then["meetings_held"])

        let text = try Run(
            ["report", "--period", "2026-Q2", "--compare", "previous", "--db", laptop.db, "--lang", "nl"],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Vergeleken met de periode ervoor (1e kwartaal 2026)"), "\(text.stdout)")
        #expect(text.stdout.contains("Verschil"))
        let md = try Run(
            [
                "report", "--format", "md", "--period", "2026-Q2", "--compare", "previous", "--db", laptop.db,
                "--lang", "en",
            ],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(md.stdout.contains("## Compared with the period before"), "\(md.stdout)")
        let html = try Run(
            ["report", "--format", "html", "--period", "2026-Q2", "--compare", "previous", "--db", laptop.db],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(html.stdout.contains("Verschil") || html.stdout.contains("Difference"))
    }

    @Test func aCompareWithoutAPeriodIsRefusedAndTheCSVStaysOneRowPerMeeting() throws {
        let laptop = Laptop("compare", now: "2027-02-01T12:00")
        defer { laptop.remove() }
        try laptop.create()
        try PeriodSumTests.generate(into: laptop.db, seed: 5, count: 10)
        for arguments in [[], ["--from", "2026-01-01"], ["--to", "2026-02-01"]] {
            let run = try Run(
                ["report", "--compare", "previous", "--db", laptop.db, "--lang", "nl"] + arguments,
                environment: ["DIALOOG_NOW": laptop.now], home: laptop.folder)
            #expect(run.status == 64, "\(arguments)")
            #expect(
                run.stderr.contains("--compare previous heeft een periode met begin en eind nodig"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        // No period of the same length before the first year, or before one over a hundred years long.
        for arguments in [["--period", "0001"], ["--from", "1900-01-02", "--to", "2026-01-01"]] {
            let run = try Run(
                ["report", "--compare", "previous", "--db", laptop.db, "--lang", "nl"] + arguments,
                environment: ["DIALOOG_NOW": laptop.now], home: laptop.folder)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains("geen even lange periode ervoor"), "\(run.stderr)")
        }
        let wrong = try Run(
            ["report", "--compare", "next", "--period", "2026", "--db", laptop.db],
            environment: ["DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(wrong.status != 0)
        let plain = try Run(
            ["report", "--format", "csv", "--period", "2026", "--db", laptop.db],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        let compared = try Run(
            ["report", "--format", "csv", "--period", "2026", "--compare", "previous", "--db", laptop.db],
            environment: ["TZ": "Europe/Amsterdam", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(compared.status == 0)
        #expect(compared.stdout == plain.stdout)
    }
}

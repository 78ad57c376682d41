import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// A statement a group phrased is the series' own: no report format, in either language,
/// carries its text.
@Suite("Series prompts stay out of reports")
struct SeriesPromptReportTests {
    static let statement = "Een goede dochter zwijgt over thuis"

    @Test(arguments: ReportCommand.Format.allCases) func noFormatCarriesTheText(format: ReportCommand.Format) throws {
        let laptop = Laptop("statement")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let queue = try DatabaseQueue(path: laptop.db)
        try queue.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, seriesId FROM meeting WHERE state = 'ended' LIMIT 3")
            #expect(!rows.isEmpty)
            for row in rows {
                try db.execute(
                    sql:
                        "INSERT INTO seriesPrompt (id, seriesId, meetingId, position, at, text) VALUES (?, ?, ?, 0, ?, ?)",
                    arguments: [UUID().uuidString.lowercased(), row["seriesId"], row["id"], Date(), Self.statement])
            }
        }
        try queue.close()
        for language in ["nl", "en"] {
            let run = try laptop.run(["report", "--include-demo", "--format", format.rawValue], language: language)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stdout.lowercased().contains("goede dochter"), "\(format) (\(language))")
        }
    }
}

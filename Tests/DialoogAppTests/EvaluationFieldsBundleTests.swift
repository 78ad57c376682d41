import DialoogApp
import DialoogAppTestSupport
import DialoogStore
import Foundation
import GRDB
import Testing

/// The evaluation's advice, collaboration, hours and expenses travel in a bundle like every
/// other column, and a bundle whose value is out of range is refused whole, naming it.
@Suite("Evaluation fields in bundles")
struct EvaluationFieldsBundleTests {
    /// A laptop with one series whose first meeting was held and evaluated with the new fields.
    private func laptopWithEvaluation(_ purpose: String, name: String) throws -> Laptop {
        let laptop = Laptop(purpose)
        let made = try laptop.run([
            "series", "new", "--method", "htib", "--name", name, "--organisation", "HTIB",
            "--dates", "2026-11-03T19:30,2026-11-10T19:30,2026-11-17T19:30",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let queue = try DatabaseQueue(path: laptop.db)
        defer { try? queue.close() }
        try queue.write { db in
            let meetingId = try #require(try String.fetchOne(db, sql: "SELECT id FROM meeting WHERE number = 1"))
            try db.execute(sql: "UPDATE meeting SET state = 'ended' WHERE id = ?", arguments: [meetingId])
            try db.execute(
                sql: """
                    INSERT INTO evaluation (meetingId, recommendations, collaboration, volunteerHours, expenses, updatedAt)
                    VALUES (?, '["Meer lotgenotencontact voor ouders"]', 4, 6, 45, '2026-11-03 22:00:00.000')
                    """, arguments: [meetingId])
        }
        return laptop
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func theyTravelAndAnOutOfRangeValueIsRefused() throws {
        let a = try laptopWithEvaluation("fields-a", name: "Vrouwen Schilderswijk")
        let c = Laptop("fields-c")
        defer {
            a.remove()
            c.remove()
        }
        try c.create()
        let path = a.folder.appendingPathComponent("a.json").path
        #expect(try a.run(["export", "--plain", "--output", path]).status == 0)
        let good = try String(contentsOfFile: path, encoding: .utf8)
        #expect(good.contains(#""expenses":45"#), "\(good.prefix(400))")
        let before = bytes(c.db)
        for (name, text) in [
            ("expenses.json", good.replacingOccurrences(of: #""expenses":45"#, with: #""expenses":99999"#)),
            ("hours.json", good.replacingOccurrences(of: #""volunteerHours":6"#, with: #""volunteerHours":-3"#)),
            ("score.json", good.replacingOccurrences(of: #""collaboration":4"#, with: #""collaboration":9"#)),
            ("advice.json", good.replacingOccurrences(of: #""recommendations":"["#, with: #""recommendations":"{"#)),
        ] {
            #expect(text != good, "\(name) changed nothing")
            let run = try c.run(["import", try c.write(name, text)])
            #expect(run.status == 65, "\(name): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains("evaluation"), "\(name): \(run.stderr)")
            #expect(run.stderr.contains("Er is niets ingelezen"), "\(name)")
            #expect(bytes(c.db) == before, "\(name) changed the store")
        }
        let run = try c.run(["import", path])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try c.run(["report", "--format", "csv"]).stdout
        // collaboration, volunteer_hours, expenses_euros, recommendations, then the collected figures.
        #expect(csv.contains(",4,6,45,1,"), "\(csv)")
        #expect(!csv.contains("lotgenotencontact"), "a count of advice, never its words")
    }
}

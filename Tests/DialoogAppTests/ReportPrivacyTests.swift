import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// Names typed anywhere a facilitator types (a series' name, a raised theme, a note) never
/// reach a report, however they are spelled: the boundary is what is released, not what looks
/// like a name.
@Suite("Report privacy")
struct ReportPrivacyTests {
    /// Raised themes as facilitators type them in a hurry.
    static let raised = [
        "AHMED YILMAZ", "Hamid Rahimi en zijn zoon", "Fatima el Amrani", "mevrouw Yilmaz wil scheiden",
        "huwelijk van Khadija", "HÜLYA", "Hulya", "ruzie met K.B.", "A.Y. en haar schoonmoeder",
    ]
    /// The words of those names that must not appear, compared without capitals or accents.
    static let nameWords = [
        "ahmed", "yilmaz", "hamid", "rahimi", "fatima", "amrani", "khadija", "hulya", "k.b.", "a.y.",
    ]

    /// A demo laptop whose first held meeting carries the corpus as raised themes and notes, a
    /// series named after a person, and "opvoeding" (a library theme) raised by a group.
    static func laptopWithNames() throws -> Laptop {
        let laptop = Laptop("privacy")
        #expect(try laptop.run(["demo"]).status == 0)
        let queue = try DatabaseQueue(path: laptop.db)
        defer { try? queue.close() }
        try queue.write { db in
            let meetingIds = try String.fetchAll(
                db,
                sql: """
                    SELECT min(id) FROM meeting WHERE state = 'ended' GROUP BY seriesId ORDER BY seriesId LIMIT 2
                    """)
            for (offset, text) in (raised + ["Opvoeding"]).enumerated() {
                for (index, meetingId) in meetingIds.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO raisedTheme (id, meetingId, position, at, text) VALUES (?, ?, ?, ?, ?)
                            """,
                        arguments: [UUID().uuidString.lowercased(), meetingId, 100 + offset, Date(), text])
                    if index == 0, text.count <= 60 {
                        try db.execute(
                            sql: "INSERT INTO note (id, meetingId, position, at, text) VALUES (?, ?, ?, ?, ?)",
                            arguments: [UUID().uuidString.lowercased(), meetingId, 100 + offset, Date(), text])
                    }
                }
            }
            // The same names written as advice to the municipality, beside one without a name.
            let advice = String(
                decoding: try JSONEncoder().encode(raised + [Self.safeAdvice]), as: UTF8.self)
            for meetingId in meetingIds {
                try db.execute(
                    sql: """
                        INSERT INTO evaluation (meetingId, recommendations, updatedAt) VALUES (?, ?, ?)
                        ON CONFLICT(meetingId) DO UPDATE SET recommendations = excluded.recommendations
                        """, arguments: [meetingId, advice, Date()])
            }
            try db.execute(
                sql:
                    "UPDATE series SET name = 'Vrouwen Fatima Yilmaz' WHERE id = (SELECT seriesId FROM meeting WHERE id = ?)",
                arguments: [meetingIds[0]])
            try db.execute(
                sql:
                    "UPDATE series SET name = 'Groep van Hamid' WHERE id = (SELECT seriesId FROM meeting WHERE id = ?)",
                arguments: [meetingIds[1]])
        }
        return laptop
    }

    /// A recommendation without a name, as a group might put it (002:1101).
    static let safeAdvice = "Meer lotgenotencontact voor ouders"

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test(arguments: ReportCommand.Format.allCases) func noNameInAnyFormatOrLanguage(format: ReportCommand.Format)
        throws
    {
        let laptop = try Self.laptopWithNames()
        defer { laptop.remove() }
        for language in ["nl", "en"] {
            let run = try laptop.run(["report", "--include-demo", "--format", format.rawValue], language: language)
            #expect(run.status == 0, "\(run.stderr)")
            let text = Self.folded(run.stdout)
            for word in Self.nameWords {
                #expect(!ReportCommandTests.mentions(text, word), "\(word) in the \(format) report (\(language))")
            }
        }
    }

    @Test func theLibraryThemeIsShownAndTheRestCountedAsNotReleased() throws {
        let laptop = try Self.laptopWithNames()
        defer { laptop.remove() }
        let run = try laptop.run(["report", "--include-demo", "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let charts = try #require(json["charts"] as? [String: Any])
        let themes = try #require(charts["raised_themes"] as? [[String: Any]])
        #expect(themes.contains { $0["theme"] as? String == "Opvoeding" && $0["groups"] as? Int == 2 })
        #expect(try #require(charts["raised_themes_withheld"] as? Int) >= 2)
        let markdown = try laptop.run(["report", "--include-demo", "--format", "md"])
        #expect(markdown.stdout.contains("Eigen thema (niet vrijgegeven)"))
    }

    @Test func anApprovedWordingIsReportedAsApprovedAndARejectedOneIsNot() throws {
        let laptop = try Self.laptopWithNames()
        defer { laptop.remove() }
        let database = try AppDatabase.open(at: laptop.db)
        let release = ThemeRelease(libraryNames: [ThemeRelease.key("Opvoeding"): "Opvoeding"])
        let list = try database.themeReviews(release: release)
        #expect(!list.contains { ThemeRelease.key($0.text) == "opvoeding" }, "a library theme needs no review")
        #expect(list.allSatisfy { $0.approved == nil })
        // "HÜLYA" and "Hulya" are one wording: one decision covers both.
        #expect(list.filter { $0.key == "hulya" }.count == 1)
        let safe = ThemeReviewItem(key: ThemeRelease.key("ruzie met K.B."), text: "ruzie over zakgeld", groups: 2)
        let hulya = try #require(list.first { $0.key == "hulya" })
        try database.reviewTheme(safe, approved: true, at: Date())
        try database.reviewTheme(hulya, approved: false, at: Date())
        let after = try database.themeReviews(release: release)
        #expect(after.first { $0.key == "hulya" }?.approved == false)
        #expect(after.last?.approved != nil, "decided wordings come after the new ones")
        let json = try laptop.run(["report", "--include-demo", "--format", "json"]).stdout
        #expect(json.contains("\"ruzie over zakgeld\""))
        #expect(!Self.folded(json).contains("hulya"))
    }

    @Test func adviceReachesAReportOnlyOnceReleasedAndIsOtherwiseCounted() throws {
        let laptop = try Self.laptopWithNames()
        defer { laptop.remove() }
        let database = try AppDatabase.open(at: laptop.db)
        let list = try database.themeReviews(release: ThemeRelease())
        let advice = try #require(list.first { $0.key == ThemeRelease.key(Self.safeAdvice) })
        #expect(advice.recommendation && advice.groups == 2 && advice.approved == nil)
        #expect(list.contains { $0.key == "hulya" && $0.recommendation })
        // Before any decision: no wording of advice in any format, only how many groups wrote some.
        let before = try laptop.run(["report", "--include-demo", "--format", "json"]).stdout
        #expect(!before.contains(Self.safeAdvice))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(before.utf8)) as? [String: Any])
        let charts = try #require(json["charts"] as? [String: Any])
        #expect(charts["recommendations_withheld"] as? Int == 2)
        try database.reviewTheme(advice, approved: true, at: Date())
        for format in ReportCommand.Format.allCases where format != .csv {
            let run = try laptop.run(["report", "--include-demo", "--format", format.rawValue])
            #expect(run.stdout.contains(Self.safeAdvice), "\(format)")
            let text = Self.folded(run.stdout)
            for word in Self.nameWords {
                #expect(!ReportCommandTests.mentions(text, word), "\(word) in the \(format) report")
            }
        }
        let markdown = try laptop.run(["report", "--include-demo", "--format", "md"]).stdout
        #expect(markdown.contains("| Meer lotgenotencontact voor ouders | 2 |"))
        #expect(markdown.contains("Advies (niet vrijgegeven): 2 groepen"))
    }

    @Test func seriesCarryANeutralLabelUnlessAskedForTheirNames() throws {
        let laptop = try Self.laptopWithNames()
        defer { laptop.remove() }
        let csv = try laptop.run(["report", "--include-demo", "--format", "csv"]).stdout
        let rows = ReportCommandTests.rows(csv)
        let labels = Set(rows.compactMap { $0["series_name"] })
        #expect(labels.count > 5)
        // Organisation · municipality · demo number: stable, and no group's own name.
        for label in labels {
            #expect(label.contains(" · demo "), "\(label)")
        }
        let again = ReportCommandTests.rows(try laptop.run(["report", "--include-demo", "--format", "csv"]).stdout)
        #expect(again.map { $0["series_name"] } == rows.map { $0["series_name"] })
        let named = try laptop.run(["report", "--include-demo", "--format", "csv", "--with-series-names"]).stdout
        #expect(named.contains("Vrouwen Fatima Yilmaz"))
        let markdown = try laptop.run(["report", "--include-demo", "--format", "md", "--with-series-names"]).stdout
        #expect(markdown.contains("Alleen voor intern gebruik"), "the report says it names series")
    }
}

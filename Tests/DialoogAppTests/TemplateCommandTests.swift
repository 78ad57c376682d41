import DialoogAppTestSupport
import Foundation
import Testing

/// `dialoog series duplicate` and `dialoog plan template save|list|use`, run as the built
/// binary on a laptop of its own (issue 17).
@Suite("Series copies and templates on the command line")
struct TemplateCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    fileprivate func newSeries(_ laptop: Laptop) throws {
        let created = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders Kanaleneiland", "--municipality",
            "Utrecht", "--facilitator", "A.Y.", "--venue", "buurthuis", "--group", "ouders", "--dates",
            "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")
    }

    @Test func aDuplicatedSeriesHasTheOldNameWithKopieAndNoDates() throws {
        let laptop = Laptop("template", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        try newSeries(laptop)
        let copied = try laptop.run(["series", "duplicate", "Ouders Kanaleneiland"])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.hasPrefix("Serie 'Ouders Kanaleneiland (kopie)' gemaakt ("))

        let show = try laptop.run(["series", "show", "Ouders Kanaleneiland (kopie)", "--format", "json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try Self.json(show.stdout)
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["number"] as? Int } == [1, 2, 3])
        #expect(meetings.allSatisfy { $0["starts"] == nil || $0["starts"] is NSNull })
        let old = try Self.json(try laptop.run(["series", "show", "Ouders Kanaleneiland", "--format", "json"]).stdout)
        let oldSeries = try #require(old["series"] as? [String: Any])
        let newSeries = try #require(json["series"] as? [String: Any])
        #expect(oldSeries["id"] as? String != newSeries["id"] as? String)
        #expect(newSeries["facilitators"] as? [String] == ["A.Y."])
    }

    @Test func aTemplateIsSavedListedAndStartsANewSeries() throws {
        let laptop = Laptop("template", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        try newSeries(laptop)
        let none = try laptop.run(["plan", "template", "list"])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("Nog geen sjablonen in ~/.local/share/dialoog/sjablonen"))

        let saved = try laptop.run(["plan", "template", "save", "Ouders Kanaleneiland", "Yeni Pencere ouders"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.hasPrefix("Sjabloon 'Yeni Pencere ouders' bewaard: "))
        let file = laptop.folder.appendingPathComponent(".local/share/dialoog/sjablonen/Yeni Pencere ouders.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let keys = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!keys.contains { $0.hasPrefix("id: ") }, "no ids")
        #expect(!text.contains("A.Y.") && !text.contains("2026-12-01"), "no people, no dates")

        let list = try laptop.run(["plan", "template", "list"])
        #expect(list.stdout == "Yeni Pencere ouders\n")

        let used = try laptop.run(["plan", "template", "use", "Yeni Pencere ouders", "--name", "Ouders voorjaar"])
        #expect(used.status == 0, "\(used.stderr)")
        #expect(used.stdout.hasPrefix("Serie 'Ouders voorjaar' gemaakt ("))
        let show = try Self.json(try laptop.run(["series", "show", "Ouders voorjaar", "--format", "json"]).stdout)
        let series = try #require(show["series"] as? [String: Any])
        #expect(series["method"] as? String == "yeni-pencere")
        #expect(series["facilitators"] as? [String] == [])

        let again = try laptop.run(["plan", "template", "save", "Ouders Kanaleneiland", "Yeni Pencere ouders"])
        #expect(again.stdout.hasPrefix("Sjabloon 'Yeni Pencere ouders' vervangen: "))
    }

    @Test func aDamagedOrMissingTemplateMakesNothingAndSaysWhere() throws {
        let laptop = Laptop("template", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        try newSeries(laptop)
        _ = try laptop.run(["plan", "template", "save", "Ouders Kanaleneiland", "kapot"])
        let file = laptop.folder.appendingPathComponent(".local/share/dialoog/sjablonen/kapot.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let at = try #require(lines.firstIndex { $0.hasPrefix("  method: ") })
        lines[at] = "  method: bestaat-niet"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let used = try laptop.run(["plan", "template", "use", "kapot", "--name", "Nieuw"])
        #expect(used.status == 65)
        #expect(used.stderr.contains("kapot.yaml:\(at + 1): "), "\(used.stderr)")
        #expect(used.stderr.contains("er is niets gemaakt"))
        let list = try laptop.run(["series", "list"])
        #expect(!list.stdout.contains("Nieuw"))

        let missing = try laptop.run(["plan", "template", "use", "weg", "--name", "Nieuw"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("Er is geen sjabloon 'weg'; er zijn: 'kapot'."))

        let bad = try laptop.run(["plan", "template", "save", "Ouders Kanaleneiland", "../buiten"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("kan geen naam van een sjabloon zijn"))
    }
}

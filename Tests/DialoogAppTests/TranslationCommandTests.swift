import DialoogAppTestSupport
import Foundation
import Testing

/// A trainer's translation catalog, read by the built binary: `--lang en` shows it in
/// `methods show` and `content search`, `content stats` counts it, and `check` warns about a
/// stale entry without failing and fails on a broken one.
@Suite("Translation commands")
struct TranslationCommandTests {
    static let catalog = "translations/en/methods/kezban.yaml"

    /// A folder with an English catalog for part of `methods/kezban.yaml`, and `extra` entries.
    static func folder(_ extra: String = "") throws -> URL {
        try ContentCommandTests.makeFolder(
            with: catalog,
            text: """
                language: en
                source: methods/kezban.yaml
                entries:
                  - nl: Socratische gespreksvoering
                    en: Socratic conversation
                  - nl: >
                      Een oordeelvrij denkgesprek in een gewoon "praatgroepje", waarin deelnemers
                      ervaringen delen over zware thema's die ze zelf kiezen.
                    en: A conversation without judgement in an ordinary talk group.

                """ + extra)
    }

    @Test func methodsShowInEnglishUsesTheCatalogAndKeepsTheRestDutch() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try Run(["methods", "show", "kezban", "--lang", "en", "--format", "json", "--content", folder.path])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "stdout: \(json.stdout)")
        #expect(object["name"] as? String == "Socratic conversation")
        #expect(object["summary"] as? String == "A conversation without judgement in an ordinary talk group.")
        // Names of organisations are never translated; untranslated texts stay Dutch.
        #expect((object["organisation"] as? [String: Any])?["name"] as? String == "Stichting Kezban")
        let text = try Run(["methods", "show", "kezban", "--lang", "en", "--content", folder.path])
        #expect(text.stdout.contains("Socratic conversation"), "stdout:\n\(text.stdout)")
        let dutch = try Run(["methods", "show", "kezban", "--content", folder.path])
        #expect(dutch.stdout.contains("Socratische gespreksvoering"))
        #expect(!dutch.stdout.contains("Socratic conversation"))
    }

    @Test func contentSearchInEnglishFindsTheTranslatedMethod() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run([
            "content", "search", "socratic", "--lang", "en", "--format", "json", "--content", folder.path,
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(
            hits.contains { $0["id"] == "kezban" && $0["text"] == "Kezban: Socratic conversation" },
            "stdout: \(run.stdout)")
    }

    @Test func contentStatsCountsTheTranslationsPerKind() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["content", "stats", "--format", "json", "--content", folder.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let english = try #require((json["translations"] as? [String: Any])?["en"] as? [String: [String: Int]])
        let methods = try #require(english["methodologies"])
        #expect((methods["translated"] ?? 0) >= 2)
        #expect((methods["total"] ?? 0) > 100)
        #expect(
            Set(english.keys) == ["methodologies", "common-base", "themes", "prompts", "help", "terms", "disclosure"])
        let text = try Run(["content", "stats", "--content", folder.path])
        #expect(text.stdout.contains("Vertaald (teksten per taal en soort)"), "stdout:\n\(text.stdout)")
        #expect(text.stdout.contains("en  methodologies"))
    }

    @Test func checkWarnsAboutAStaleEntryAndStillSucceeds() throws {
        let folder = try Self.folder("  - nl: Een zin die nergens staat.\n    en: A sentence found nowhere.\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["check", "--lang", "en", folder.path])
        #expect(run.status == 0, "stdout:\n\(run.stdout)\nstderr:\n\(run.stderr)")
        let lines = ContentCommandTests.lines(run.stdout)
        #expect(
            lines.first
                == "\(folder.path)/\(Self.catalog):10: warning: 'Een zin die nergens staat.' no longer occurs in "
                + "methods/kezban.yaml; the Dutch text changed, translate it again")
        #expect(lines.last?.hasPrefix("1 warning: ") == true, "stdout:\n\(run.stdout)")
    }

    @Test func checkFailsOnABrokenCatalog() throws {
        let folder = try Self.folder("  - en: Nothing to translate\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["check", folder.path])
        #expect(run.status == 65, "stdout:\n\(run.stdout)")
        #expect(
            ContentCommandTests.lines(run.stdout).first
                == "\(folder.path)/\(Self.catalog):10: vertaling zonder 'nl': zet de Nederlandse tekst uit het "
                + "bronbestand erbij")
    }
}

/// The figure the content for each group is measured by: prompts per theme and group.
@Suite("Prompts per theme and group")
struct ThemeGroupStatsTests {
    @Test func contentStatsCountsThePromptsWrittenForEachGroupPerTheme() throws {
        let run = try Run(["content", "stats", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let table = try #require(json["theme_groups"] as? [String: [String: Int]], "stdout: \(run.stdout.prefix(300))")
        #expect(table.count == 29)
        let opvoeding = try #require(table["opvoeding"])
        #expect((opvoeding["ouders"] ?? 0) >= 4)
        #expect(opvoeding["gemengd"] == nil)
        #expect(Set(opvoeding.keys).isSuperset(of: ["moeders", "vaders", "ouderen", "lhbt", "jongeren"]))
    }
}

/// Under `--lang en` the shipped content is English: the JSON that scripts and other tools read
/// has no Dutch sentence left in it. A sentence is a text of four words or more (short names such
/// as "Yeni Pencere" stay as they are); it counts as Dutch when the Dutch JSON has the same text.
@Suite("English content in JSON")
struct EnglishJSONTests {
    /// Every text in the JSON but names and source references: an organisation's name, the
    /// section and lines of the source, and a help address (its title is its name).
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings)
        case let map as [String: Any]:
            map["kind"] as? String == "help"
                ? [] : map.filter { !["name", "lines", "section"].contains($0.key) }.values.flatMap(strings)
        default: []
        }
    }

    static func sentences(_ arguments: [String], language: String) throws -> Set<String> {
        let run = try Run(arguments + ["--format", "json", "--lang", language])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return Set(strings(in: json).filter { $0.split(separator: " ").count >= 4 })
    }

    static func dutchLeft(_ arguments: [String]) throws -> Set<String> {
        let dutch = try sentences(arguments, language: "nl")
        #expect(dutch.count > 3, "\(arguments) shows no Dutch sentences to compare with")
        return try sentences(arguments, language: "en").intersection(dutch)
    }

    @Test(arguments: [
        "basis", "jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers",
    ])
    func methodsShowHasNoDutchSentence(_ id: String) throws {
        let left = try Self.dutchLeft(["methods", "show", id])
        #expect(left.isEmpty, "\(left.sorted().prefix(5))")
    }

    @Test(arguments: ["opvoeding", "eer", "kind", "vrouwen", "geloof"])
    func contentSearchHasNoDutchSentence(_ query: String) throws {
        let left = try Self.dutchLeft(["content", "search", query])
        #expect(left.isEmpty, "\(left.sorted().prefix(5))")
    }
}

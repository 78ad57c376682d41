import DialoogAppTestSupport
import Foundation
import Testing

/// `dialoog check`, `dialoog methods` and `dialoog content` on the shipped folders and on
/// folders a trainer made, run as the built binary.
@Suite("Content commands")
struct ContentCommandTests {
    /// The checkout: three folders up from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh temp folder holding `methods/<name>` with the given text.
    static func makeFolder(with relative: String, text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dialoog-content-\(UUID().uuidString)")
        let file = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    static func shipped(_ relative: String) throws -> [String] {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Text with every run of white space as one space, for output that wraps at 80 columns.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    /// The index of the first line equal to `line` (at or after `start`), or a test failure.
    static func index(of line: String, in lines: [String], after start: Int = 0) throws -> Int {
        try #require(
            lines.indices.first { $0 >= start && lines[$0] == line }, "methods file has no line '\(line)'")
    }

    // MARK: - check

    @Test func checkOnTheShippedContentIsClean() throws {
        let run = try Run(["check"])
        #expect(run.status == 0, "stdout:\n\(run.stdout)\nstderr:\n\(run.stderr)")
        let summary = try #require(Self.lines(run.stdout).last)
        #expect(summary.contains("7 methodieken"), "summary: \(summary)")
        #expect(summary.contains("29 thema's"))
        #expect(summary.contains("bestanden in orde"))
        #expect(Self.lines(run.stdout).count == 1, "a clean check prints only its summary")
    }

    /// htib.yaml copied from the checkout with three mistakes: a misspelt key, an unknown
    /// working form and a number written as a word. Returns the folder and the three lines.
    static func brokenHTIB() throws -> (folder: URL, summary: Int, form: Int, min: Int) {
        var lines = try shipped("methods/htib.yaml")
        let summary = try index(of: "summary: >", in: lines)
        lines[summary] = "sumary: >"
        let form = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "form: spel" })
        lines[form] = lines[form].replacingOccurrences(of: "form: spel", with: "form: dialog")
        let min = try index(of: "  min: 10", in: lines, after: try index(of: "group_size:", in: lines))
        lines[min] = "  min: tien"
        let folder = try makeFolder(with: "methods/htib.yaml", text: lines.joined(separator: "\n"))
        return (folder, summary + 1, form + 1, min + 1)
    }

    @Test func checkOnABrokenFileGivesEachMistakeWithItsLine() throws {
        let broken = try Self.brokenHTIB()
        defer { try? FileManager.default.removeItem(at: broken.folder) }
        let file = broken.folder.path + "/methods/htib.yaml"

        let run = try Run(["check", broken.folder.path])
        #expect(run.status == 65)
        #expect(
            Self.lines(run.stdout) == [
                "\(file):\(broken.summary): onbekende sleutel 'sumary' (bedoel je 'summary'?)",
                "\(file):\(broken.form): onbekend(e) werkvorm 'dialog' (bedoel je 'dialoog'?)",
                "\(file):\(broken.min): 'min' moet een geheel getal zijn",
                "3 problemen in 1 bestand. Verbeter ze en draai dialoog check opnieuw.",
            ], "stdout:\n\(run.stdout)")

        let english = try Run(["check", "--lang", "en", broken.folder.path])
        #expect(english.status == 65)
        #expect(
            Self.lines(english.stdout) == [
                "\(file):\(broken.summary): unknown key 'sumary' (did you mean 'summary'?)",
                "\(file):\(broken.form): unknown working form 'dialog' (did you mean 'dialoog'?)",
                "\(file):\(broken.min): 'min' must be a whole number",
                "3 problems in 1 file. Fix them and run dialoog check again.",
            ], "stdout:\n\(english.stdout)")
    }

    @Test func aYAMLSyntaxErrorGivesItsLine() throws {
        let folder = try Self.makeFolder(
            with: "content/themes/proef.yaml",
            text: "name: Proef\ntemperature: koud\ndescription: Over: dit: en dat\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["check", folder.path])
        #expect(run.status == 65)
        let lines = Self.lines(run.stdout)
        #expect(lines.count == 2, "stdout:\n\(run.stdout)")
        #expect(lines.first?.hasPrefix("\(folder.path)/content/themes/proef.yaml:3: YAML-fout: ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("1 probleem in 1 bestand.") == true)
    }

    // MARK: - --content

    static let newSummary = "Een eigen samenvatting van een trainer, om te zien dat die wint."

    /// kezban.yaml from the checkout with a different one-line summary.
    static func ownKezban() throws -> URL {
        var lines = try shipped("methods/kezban.yaml")
        let start = try index(of: "summary: >", in: lines)
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
        lines.replaceSubrange(start..<end, with: ["summary: \(newSummary)"])
        return try makeFolder(with: "methods/kezban.yaml", text: lines.joined(separator: "\n"))
    }

    @Test func aContentFolderReplacesAShippedMethodology() throws {
        let folder = try Self.ownKezban()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["methods", "show", "kezban", "--content", folder.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let text = Self.flat(run.stdout)
        #expect(text.contains(Self.newSummary))
        #expect(text.contains("vervangt methods/kezban.yaml"), "stdout:\n\(run.stdout)")
        #expect(text.contains("\(folder.path)/methods/kezban.yaml"))
        #expect(run.stderr.isEmpty, "no content problems: \(run.stderr)")

        let shipped = try Run(["methods", "show", "kezban"])
        #expect(!Self.flat(shipped.stdout).contains(Self.newSummary))
        #expect(!Self.flat(shipped.stdout).contains("vervangt"))
    }

    @Test func methodsShowAsJSONHasTheWholeMethodologyAndWhatItReplaces() throws {
        let folder = try Self.ownKezban()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["methods", "show", "kezban", "--format", "json", "--content", folder.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let json = try #require(object as? [String: Any], "not a JSON object: \(run.stdout.prefix(200))")
        for key in ["meetings", "phases", "chain", "rules", "group_choice", "origin"] {
            #expect(json[key] != nil, "no key \(key) in \(json.keys.sorted())")
        }
        #expect(json["summary"] as? String == Self.newSummary)
        #expect((json["meetings"] as? [Any])?.count == 3)
        let choice = try #require(json["group_choice"] as? [String: Any])
        #expect((choice["options"] as? [Any])?.count == 5)
        let origin = try #require(json["origin"] as? [String: Any])
        #expect(origin["replaces"] as? String == "methods/kezban.yaml")
        #expect(origin["file"] as? String == folder.path + "/methods/kezban.yaml")
    }

    // MARK: - methods

    @Test func methodsListShowsTheSevenMethodologies() throws {
        let run = try Run(["methods", "list"])
        #expect(run.status == 0)
        let lines = Self.lines(run.stdout)
        #expect(lines.count == 7, "stdout:\n\(run.stdout)")
        for id in ["jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers"] {
            #expect(lines.contains { $0.hasPrefix(id + " ") }, "no line for \(id)")
        }
    }

    @Test func anUnknownMethodologyIsAUsageErrorWithASuggestion() throws {
        let nope = try Run(["methods", "show", "nope"])
        #expect(nope.status == 64)
        #expect(nope.stdout.isEmpty)
        #expect(nope.stderr.contains("onbekend(e) methodiek 'nope'"), "stderr: \(nope.stderr)")

        let typo = try Run(["methods", "show", "htbi"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("(bedoel je 'htib'?)"), "stderr: \(typo.stderr)")
        let english = try Run(["methods", "show", "htbi", "--lang", "en"])
        #expect(
            english.stderr.contains("unknown methodology 'htbi' (did you mean 'htib'?)"), "stderr: \(english.stderr)")
    }

    // MARK: - content

    @Test func contentStatsAsJSONCountsThePrompts() throws {
        let run = try Run(["content", "stats", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "stdout: \(run.stdout)")
        let library = try #require(json["library"] as? [String: Int])
        let prompts = try #require(library["prompts"])
        #expect(prompts >= 270)
        #expect(library["methodologies"] == 7)
        let kinds = try #require(json["kinds"] as? [String: Int])
        #expect(Set(kinds.keys) == ["stelling", "vraag", "casus", "huiswerk", "woordweb", "opening", "afsluiting"])
        #expect(kinds.values.reduce(0, +) == prompts)
    }

    @Test func contentSearchWithAKindListsOnlyThatKind() throws {
        let run = try Run(["content", "search", "eer", "--kind", "woordweb"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        var lines = Self.lines(run.stdout)
        let last = lines.popLast()
        let count = try #require(last)
        #expect(count == "\(lines.count) resultaten", "last line: \(count)")
        #expect(lines.count >= 2)
        #expect(lines.contains { $0.contains("eergerelateerd-geweld-woordweb-1") })
        for line in lines {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(fields.first == "prompt", "not a prompt: \(line)")
            #expect(fields.dropFirst().first?.contains("-woordweb-") == true, "not a word web: \(line)")
        }
    }

    @Test func contentSearchInEnglishShowsEnglishText() throws {
        let run = try Run(["content", "search", "--lang", "en", "--kind", "afsluiting"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("What do you take with you from tonight?"), "stdout:\n\(run.stdout)")
        #expect(!run.stdout.contains("Wat neem je mee van vanavond?"))
        #expect(Self.lines(run.stdout).last?.hasSuffix(" results") == true)
    }

    @Test func contentSearchWithAnUnknownThemeIsAUsageError() throws {
        let run = try Run(["content", "search", "--theme", "nope"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("onbekend(e) thema 'nope'"), "stderr: \(run.stderr)")
    }

    // MARK: - finding the content

    @Test func aMissingShareFolderExits66AndSaysWhereItLooked() throws {
        let run = try Run(["check"], environment: ["DIALOOG_SHARE": "/nonexistent"])
        #expect(run.status == 66)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("/nonexistent"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("DIALOOG_SHARE"))
    }

    /// The layout `make install` makes: PREFIX/bin/dialoog beside PREFIX/share/dialoog.
    @Test func anInstalledCopyReadsTheShareFolderBesideIt() throws {
        let fileManager = FileManager.default
        let prefix = fileManager.temporaryDirectory.appendingPathComponent("dialoog-prefix-\(UUID().uuidString)")
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/dialoog")
        try fileManager.createDirectory(at: bin, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: share, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: prefix) }
        try fileManager.copyItem(at: Run.binary, to: bin.appendingPathComponent("dialoog"))
        for folder in ["methods", "content"] {
            try fileManager.copyItem(
                at: Self.root.appendingPathComponent(folder), to: share.appendingPathComponent(folder))
        }
        // A mistake in the installed copy proves which folder was read.
        let theme = share.appendingPathComponent("content/themes/opvoeding.yaml")
        try "name: Opvoeding\ntemperature: lauwwarm\ndescription: x\n".write(
            to: theme, atomically: true, encoding: .utf8)
        let run = try Run(["check"], binary: bin.appendingPathComponent("dialoog"))
        #expect(run.status == 65)
        #expect(
            run.stdout.contains("share/dialoog/content/themes/opvoeding.yaml:2: 'temperature' is 'lauwwarm'"),
            "\(run.stdout)")
    }

    @Test func checkOnAPathThatDoesNotExistSaysSo() throws {
        let run = try Run(["check", "/nonexistent/htib.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "/nonexistent/htib.yaml bestaat niet; geef een bestand of map om te controleren.\n")
        let folder = try Run(["methods", "list", "--content", "/nonexistent"])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("De map /nonexistent (--content) bestaat niet."))
        // The full-screen program says it before it starts, not when the bibliotheek opens.
        let program = try Run(["--content", "/nonexistent"])
        #expect(program.status == 66)
        #expect(program.stderr == "De map /nonexistent (--content) bestaat niet.\n")
    }

    @Test func theCommonBaseIsReadableAsTextAndJSON() throws {
        let text = try Run(["methods", "show", "basis"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Gemeenschappelijke basis\n"))
        #expect(text.stdout.contains("WERKVORMEN"))
        let json = try Run(["methods", "show", "basis", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let forms = try #require(object["working_forms"] as? [[String: Any]])
        #expect(forms.count == 12)
        #expect(object["socratic"] != nil && object["cautions"] != nil && object["ground_rules"] != nil)
    }

    @Test func dutchIsNoLanguageFilter() throws {
        let plain = try Run(["content", "search", "eer"])
        let dutch = try Run(["--lang", "nl", "content", "search", "eer"])
        #expect(plain.stdout == dutch.stdout)
        #expect(plain.stdout.contains("methodiek"))
    }

    /// A file checked from inside its own folder is still a methodology, and a file that the
    /// shipped folder already holds is read once, not once more as its own replacement.
    @Test func checkReadsEveryFileOnceWhateverPathNamesIt() throws {
        let folder = try Self.makeFolder(
            with: "methods/htib.yaml", text: try Self.shipped("methods/htib.yaml").joined(separator: "\n"))
        let inside = try Run(
            ["check", "htib.yaml"], environment: [:], workingDirectory: folder.appendingPathComponent("methods"))
        #expect(inside.status == 0, "\(inside.stdout)")
        #expect(inside.stdout.contains("htib.yaml vervangt"))
        let shipped = try Run(["check", Self.root.appendingPathComponent("methods/htib.yaml").path, Self.root.path])
        #expect(shipped.status == 0)
        #expect(!shipped.stdout.contains("vervangt"), "\(shipped.stdout)")
        #expect(Self.lines(shipped.stdout).count == 1)
    }
}

import DialoogAppTestSupport
import Foundation
import Testing

@Suite("Command line")
struct CommandLineTests {
    @Test func theBinaryExists() {
        #expect(
            FileManager.default.isExecutableFile(atPath: Run.binary.path), "build dialoog first: \(Run.binary.path)")
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try Run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }

    @Test func helpIsDutchByDefaultAndListsOptionsAndSubcommands() throws {
        let run = try Run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Metgezel voor gespreksleiders"))
        #expect(run.stdout.contains("--db <path>"))
        #expect(run.stdout.contains("--lang <nl|en>"))
        #expect(run.stdout.contains("keys"))
    }

    @Test func helpIsEnglishWithLangEnOrAnEnglishLocale() throws {
        #expect(try Run(["--lang", "en", "--help"]).stdout.contains("A companion for facilitators"))
        #expect(
            try Run(["--help"], environment: ["LANG": "en_GB.UTF-8"]).stdout.contains("A companion for facilitators"))
    }

    @Test func withoutATerminalItSaysSoAndExits64WithoutCreatingData() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try Run([], home: home)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("heeft een terminal nodig"))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/dialoog").path))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let run = try Run(["--lang", "fr"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Onbekende taal 'fr'"))
    }

    @Test func keysPrintsTheTableOfEveryScreen() throws {
        let run = try Run(["keys"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("startscherm"))
        #expect(run.stdout.contains("dialoog verlaten"))
        let markdown = try Run(["keys", "--format", "md", "--lang", "en"])
        #expect(markdown.stdout.contains("| `q` | leave dialoog |"))
    }
}

@Suite("README")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    static func section(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "<!-- \(name):begin -->\n"), let end = text.range(of: "<!-- \(name):end -->")
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func theKeyTableIsTheOneDialoogPrints() throws {
        let table = try #require(Self.section("keys", in: try Self.readme()), "README has no keys section")
        #expect(table == (try Run(["keys", "--format", "md"])).stdout, "run `make readme` to regenerate it")
    }

    @Test func theScreenshotIsTheSnapshot() throws {
        let shot = try #require(Self.section("screenshot", in: try Self.readme()), "README has no screenshot section")
        let snapshot = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/DialoogTUITests/Snapshots/start-series-80x24-nl.txt"),
            encoding: .utf8)
        #expect(shot == "```\n" + snapshot + "```\n", "run `make readme` to regenerate it")
    }

    @Test func quickStartHasExactlyTwoCommands() throws {
        let readme = try Self.readme()
        let start = try #require(readme.range(of: "## Quick start"))
        let rest = readme[start.upperBound...]
        let section = rest.prefix(upTo: rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)
        let block = try #require(section.range(of: "```sh\n")).upperBound
        let commands = section[block...].prefix(upTo: section[block...].range(of: "```")!.lowerBound)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(commands == ["make run", "make test"])
    }
}

import DialoogAppTestSupport
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// Issue 18, "every text output is safe": a series whose name and municipality carry terminal
/// escape sequences, put in the database behind the plan file reader's back, is printed with
/// them written out (`\u{1B}`) by every command, on stdout and on stderr.
@Suite("Safe output")
struct SafeOutputTests {
    /// A title set (OSC … BEL), a cleared screen, blinking red, a C1 CSI and a NUL.
    static let hostile = "X\u{1B}]0;title\u{07}\u{1B}[2J\u{1B}[5;31m\u{9B}1m\u{00}Y"

    static func isClean(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(where: { $0 == 0x1B || $0 == 0x07 || $0 == 0x00 }) { return false }
        return !zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B }
    }

    @Test func everyCommandPrintsControlCharactersEscaped() throws {
        let laptop = Laptop("safe", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let created = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders", "--municipality", "Utrecht",
            "--facilitator", "A.Y.", "--dates", "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let queue = try DatabaseQueue(path: laptop.db)
        let id = try queue.write { db in
            try db.execute(
                sql: "UPDATE series SET name = ?, municipality = ?", arguments: [Self.hostile, Self.hostile])
            return try String.fetchOne(db, sql: "SELECT id FROM series") ?? ""
        }
        try queue.close()
        let planFile = laptop.folder.appendingPathComponent("plan.yaml").path
        let reportFile = laptop.folder.appendingPathComponent("report.md").path
        let runs: [(String, [String])] = [
            ("series list", ["series", "list"]),
            ("series show", ["series", "show", id]),
            ("series show json", ["series", "show", id, "--format", "json"]),
            ("plan show text", ["plan", "show", id]),
            ("plan show md", ["plan", "show", id, "--format", "md"]),
            ("plan show json", ["plan", "show", id, "--format", "json"]),
            ("plan check", ["plan", "check", id]),
            ("report text", ["report", "--to", "2026-12-31"]),
            ("report md", ["report", "--format", "md", "--to", "2026-12-31"]),
            ("report csv", ["report", "--format", "csv", "--to", "2026-12-31"]),
            ("report json", ["report", "--format", "json", "--to", "2026-12-31"]),
            ("series show unknown", ["series", "show", Self.hostile]),
            ("plan export", ["plan", "export", id]),
            ("plan import missing", ["plan", "import", planFile + Self.hostile]),
            ("report to a file", ["report", "--format", "md", "--to", "2026-12-31", "--output", reportFile]),
            ("methods", ["methods"]),
            ("content", ["content", "stats"]),
            ("an option's value", ["report", "--format", Self.hostile]),
        ]
        // The command line refuses such a name, as a plan file does at its line, and says so
        // without echoing the escape; nothing is stored.
        let before = try laptop.count("SELECT count(*) FROM series")
        for option in ["--name", "--municipality", "--facilitator"] {
            var arguments = [
                "series", "new", "--method", "yeni-pencere", "--name", "Z", "--dates", "2026-12-01T19:30",
            ]
            arguments += [option, "Z" + Self.hostile.replacingOccurrences(of: "\u{00}", with: "")]
            let typed = try laptop.run(arguments)
            #expect(typed.status == 64, "\(option): \(typed.stderr)")
            #expect(typed.stderr.contains("\(option) bevat een stuurteken"), "\(typed.stderr)")
            #expect(Self.isClean(typed.stdout) && Self.isClean(typed.stderr), "\(typed.stderr)")
        }
        #expect(try laptop.count("SELECT count(*) FROM series") == before)
        var escapedSomewhere = 0
        for (name, arguments) in runs {
            let run = try laptop.run(arguments)
            #expect(Self.isClean(run.stdout), "\(name) stdout: \(run.stdout.debugDescription)")
            #expect(Self.isClean(run.stderr), "\(name) stderr: \(run.stderr.debugDescription)")
            if (run.stdout + run.stderr).contains("\\u{1B}") || (run.stdout + run.stderr).contains("\\u001b") {
                escapedSomewhere += 1
            }
        }
        #expect(escapedSomewhere >= 8, "the names are shown, escaped")
        let written = try String(contentsOfFile: reportFile, encoding: .utf8)
        #expect(Self.isClean(written) && written.contains("\\u{1B}"), "\(written)")
        // The exported plan file escapes by YAML's rules; importing it back is refused by
        // file:line, and that message is clean too.
        let exported = try laptop.run(["plan", "export", id])
        try exported.stdout.write(toFile: planFile, atomically: true, encoding: .utf8)
        let imported = try laptop.run(["plan", "import", planFile])
        #expect(imported.status != 0)
        #expect(Self.isClean(imported.stdout) && Self.isClean(imported.stderr), "\(imported.stderr)")
        let list = try laptop.run(["series", "list"])
        #expect(list.stdout.contains("X\\u{1B}]0;title\\u{07}\\u{1B}[2J\\u{1B}[5;31m\\u{9B}1m"), "\(list.stdout)")
    }
}

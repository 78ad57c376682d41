import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// `dialoog report` as the built binary, on a database in a temp folder, with the clock pinned.
@Suite("Report command")
struct ReportCommandTests {

    @Test func aDatabaseThatIsNotThereIsRefusedNotMade() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        let run = try laptop.run(["report"])
        #expect(run.status == 66)
        #expect(run.stderr.hasPrefix("Er is geen database op \(laptop.db)."), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: laptop.db), "a mistyped --db makes nothing")
    }

    @Test(arguments: [
        (["--period", "2026-Q5"], "--period '2026-Q5' is geen periode."),
        (["--period", "26"], "--period '26' is geen periode."),
        (["--period", "2026-13"], "--period '2026-13' is geen periode."),
        (["--from", "2026-02-30"], "--from '2026-02-30' is geen datum."),
        (["--to", "30-11-2026"], "--to '30-11-2026' is geen datum."),
        (["--period", "2026", "--from", "2026-01-01"], "--period en --from/--to gaan niet samen"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], "--from 2026-12-01 ligt na --to 2026-11-01"),
    ])
    func badPeriodsAndDatesExit64QuotingTheValue(arguments: [String], message: String) throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        let run = try laptop.run(["report"] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: laptop.db), "nothing is opened")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        #expect(try laptop.run(["report", "--format", "pdf"]).status == 64)
    }

    @Test func csvStartsWithItsStableHeader() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run(["report", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(CSVReport.columns.joined(separator: ",") + "\r\n"))
    }

    @Test func jsonNamesTheFilterWithTheLastDayIncluded() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run([
            "report", "--format", "json", "--from", "2026-10-01", "--to", "2026-11-30", "--organisation", "HTIB",
            "--facilitator", "Hülya",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let filter = try #require(json["filter"] as? [String: Any])
        #expect(filter["from"] as? String == "2026-10-01")
        #expect(filter["to"] as? String == "2026-11-30")
        #expect(filter["organisation"] as? String == "HTIB")
        #expect(filter["facilitator"] as? Bool == true)
        #expect(!run.stdout.contains("Hülya"), "the report names no gespreksleider, not even the one asked for")
        #expect(json["generated_at"] as? String == "2026-12-01T19:30")
    }

    @Test func aPeriodIsNamedInTheTitle() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let quarter = try laptop.run(["report", "--period", "2026-q4", "--format", "md"])
        #expect(quarter.status == 0, "\(quarter.stderr)")
        #expect(quarter.stdout.hasPrefix("# Dialoogbijeenkomsten · 4e kwartaal 2026\n"))
        let month = try laptop.run(["report", "--period", "2026-11"], language: "en")
        #expect(month.stdout.hasPrefix("Dialogue meetings · November 2026\n"))
        let days = try laptop.run(["report", "--from", "2026-11-03", "--to", "2026-11-30"])
        #expect(days.stdout.hasPrefix("Dialoogbijeenkomsten · 3 november 2026 t/m 30 november 2026\n"))
    }

    @Test func outputIsWrittenWholeAndReadableOnlyByTheUser() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let file = laptop.folder.appendingPathComponent("rapport.md").path
        try FileManager.default.createDirectory(at: laptop.folder, withIntermediateDirectories: true)
        try "oud".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let run = try laptop.run(["report", "--format", "md", "--output", file])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "Rapport geschreven naar \(file).\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == (try laptop.run(["report", "--format", "md"])).stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: laptop.folder.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func anOutputThatCannotBeWrittenExits73() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let file = laptop.folder.appendingPathComponent("bestaat-niet/rapport.csv").path
        let run = try laptop.run(["report", "--format", "csv", "--output", file])
        #expect(run.status == 73)
        #expect(run.stderr.hasPrefix("\(file) kan niet geschreven worden ("))
    }

    /// A FIFO, a folder or a symlink given to --output is left as it was (a device node,
    /// as root, would have been replaced by the report): exit 73 and a sentence.
    @Test func anOutputThatIsNotARegularFileIsRefusedAndLeftAlone() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        try laptop.create()
        let fifo = laptop.folder.appendingPathComponent("pijp").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = laptop.folder.appendingPathComponent("map").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let link = laptop.folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        for path in [fifo, folder, link] {
            let run = try laptop.run(["report", "--format", "csv", "--output", path])
            #expect(run.status == 73)
            #expect(run.stderr.hasPrefix("\(path) is geen gewoon bestand"), "\(run.stderr)")
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func withOnlyDemoDataItSaysIncludeDemoShowsIt() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let run = try laptop.run(["report", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == CSVReport.columns.joined(separator: ",") + "\r\n", "demo series are left out")
        #expect(
            run.stderr == "Er zijn alleen demoseries die hierbij passen; dialoog report --include-demo telt ze mee.\n")
        let fresh = Laptop("report")
        defer { fresh.remove() }
        try fresh.create()
        #expect(try fresh.run(["report", "--format", "csv"]).stderr.isEmpty, "no demo, no hint")
    }

    /// The rows of a CSV report, each as column name to cell (no cell here holds a comma).
    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        return lines.dropFirst().map { cells in
            Dictionary(uniqueKeysWithValues: zip(lines[0].map(String.init), cells.map(String.init)))
        }
    }

    @Test func filtersNarrowTheDemoAndToIncludesItsLastDay() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let database = try AppDatabase.open(at: laptop.db)
        let meetings = try database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting") }
        let all = Self.rows(try laptop.run(["report", "--format", "csv", "--include-demo"]).stdout)
        #expect(all.count == meetings)
        #expect(all.allSatisfy { $0["demo"] == "true" })
        #expect(Set(all.map { $0["method"] }).count == 7)

        let htib = Self.rows(
            try laptop.run(["report", "--format", "csv", "--include-demo", "--organisation", "htib"]).stdout)
        #expect(!htib.isEmpty && htib.allSatisfy { $0["organisation"] == "HTIB" })
        #expect(htib.count == all.filter { $0["organisation"] == "HTIB" }.count)
        let kezban = Self.rows(
            try laptop.run(["report", "--format", "csv", "--include-demo", "--method", "kezban"]).stdout)
        #expect(!kezban.isEmpty && kezban.allSatisfy { $0["method"] == "kezban" })
        let haag = Self.rows(
            try laptop.run(["report", "--format", "csv", "--include-demo", "--municipality", "den haag"]).stdout)
        #expect(!haag.isEmpty && haag.allSatisfy { $0["municipality"] == "Den Haag" })

        let november = try laptop.run(["report", "--format", "csv", "--include-demo", "--period", "2026-11"]).stdout
        let rows = Self.rows(november)
        #expect(!rows.isEmpty && rows.allSatisfy { $0["date"]?.hasPrefix("2026-11-") == true })
        #expect(rows.count == all.filter { $0["date"]?.hasPrefix("2026-11-") == true }.count)
        let days = try laptop.run([
            "report", "--format", "csv", "--include-demo", "--from", "2026-11-01", "--to", "2026-11-30",
        ])
        #expect(days.stdout == november, "--to 2026-11-30 counts the 30th")
    }

    @Test(arguments: ReportCommand.Format.allCases) func noReportNamesAParticipantOrAGespreksleider(
        format: ReportCommand.Format
    ) throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let database = try AppDatabase.open(at: laptop.db)
        let names = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT nickname FROM participant")
                + String.fetchAll(db, sql: "SELECT value FROM series, json_each(series.facilitators)")
        }
        #expect(names.count > 100)
        for language in ["nl", "en"] {
            let run = try laptop.run(["report", "--include-demo", "--format", format.rawValue], language: language)
            #expect(run.status == 0)
            let words = Set(run.stdout.split(whereSeparator: { !$0.isLetter && $0 != "." }).map(String.init))
            for name in Set(names) {
                #expect(!Self.mentions(run.stdout, name), "\(name)")
                for word in name.split(separator: " ") where word.first?.isUppercase == true && word.count > 2 {
                    #expect(!words.contains(String(word)), "\(word) of \(name)")
                }
            }
        }
    }

    /// `text` holds `name` as words of its own ("Noor" is not in "Noord").
    static func mentions(_ text: String, _ name: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: name) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = text[found.upperBound...]
        }
        return false
    }

    @Test func aDamagedDatabaseIsRefusedAndUntouchedThoughReportingSkipsTheFullCheck() throws {
        let laptop = Laptop("report")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        do {
            let database = try AppDatabase.open(at: laptop.db)
            try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        let fine = try laptop.run(["report", "--include-demo", "--format", "csv"])
        #expect(fine.status == 0)
        var data = try Data(contentsOf: URL(fileURLWithPath: laptop.db))
        for i in 4096..<(4096 * 40) { data[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try data.write(to: URL(fileURLWithPath: laptop.db))
        let run = try laptop.run(["report", "--include-demo", "--format", "csv"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("\(laptop.db) is beschadigd ("), "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: laptop.db)) == data)
    }

    @Test func helpSaysToIncludesTheDay() throws {
        let run = try Run(["report", "--help"])
        #expect(run.status == 0)
        let words = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--to <YYYY-MM-DD> Tot en met deze dag (JJJJ-MM-DD): de dag zelf telt mee."))
        #expect(run.stdout.contains("--include-demo"))
    }
}

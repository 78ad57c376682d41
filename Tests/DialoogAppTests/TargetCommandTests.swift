import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog target add|list|remove` as the built binary, on a database in a temp folder.
@Suite("Target command")
struct TargetCommandTests {
    @Test func theProgrammesOwnTargetAndOnePerOrganisation() throws {
        let laptop = Laptop("target")
        defer { laptop.remove() }
        try laptop.create()
        let programme = try laptop.run([
            "target", "add", "--amount", "700", "--from", "2018-01-01", "--to", "2023-12-31",
        ])
        #expect(programme.status == 0, "\(programme.stderr)")
        #expect(programme.stdout.contains("Doel #1 staat erin."))
        #expect(programme.stdout.contains("0 van 700 bijeenkomsten gehouden (0%, "), "\(programme.stdout)")
        #expect(programme.stdout.contains("niet gehaald"), "the period is over: no pace to give")
        let kezban = try laptop.run([
            "target", "add", "--figure", "series", "--amount", "4", "--period", "2026", "--organisation",
            "Stichting Kezban",
        ])
        #expect(kezban.status == 0, "\(kezban.stderr)")
        let list = try laptop.run(["target", "list"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("#1  Doel: 0 van 700 bijeenkomsten gehouden"))
        #expect(lines[1].hasPrefix("#2  Doel (Stichting Kezban): 0 van 4 series afgerond (0%, "))
        // One month left in 2026 (the clock says 1 December): all four still needed.
        #expect(lines[1].hasSuffix("nog 4 per maand nodig"), "\(lines[1])")
        let english = try laptop.run(["target", "list"], language: "en")
        #expect(english.stdout.contains("Target (Stichting Kezban): 0 of 4 series completed"))
        #expect(try laptop.count("SELECT COUNT(*) FROM target") == 2)
        let removed = try laptop.run(["target", "remove", "1"])
        #expect(removed.status == 0 && removed.stdout.contains("Doel #1 is verwijderd."))
        let again = try laptop.run(["target", "remove", "1"])
        #expect(again.status == 65 && again.stderr.contains("Er is geen doel #1."), "\(again.stderr)")
        #expect(try laptop.count("SELECT COUNT(*) FROM target") == 1)
    }

    @Test(arguments: [
        (["--amount", "0", "--period", "2026"], "'0' is geen aantal voor een doel"),
        (["--amount", "-5", "--period", "2026"], "'-5' is geen aantal voor een doel"),
        (["--amount", "veel", "--period", "2026"], "'veel' is geen aantal voor een doel"),
        (["--amount", "100001", "--period", "2026"], "'100001' is geen aantal voor een doel"),
        (["--amount", "5"], "Een doel heeft een periode"),
        (["--amount", "5", "--from", "2026-01-01"], "Een doel heeft een periode"),
        (["--amount", "5", "--period", "2026-Q5"], "--period '2026-Q5' is geen periode."),
        (["--amount", "5", "--from", "2026-12-01", "--to", "2026-11-01"], "--from 2026-12-01 ligt na --to"),
        (["--amount", "5", "--period", "2026", "--figure", "hours"], "'hours' is geen cijfer voor een doel"),
        (["--amount", "5", "--period", "2026", "--municipality", "Den\u{1B}]0;x\u{07}Haag"], "bevat stuurtekens"),
    ])
    func badValuesAreRefusedAndNothingIsStored(arguments: [String], message: String) throws {
        let laptop = Laptop("target")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run(["target", "add"] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"), "control characters are shown escaped")
        #expect(try laptop.count("SELECT COUNT(*) FROM target") == 0)
    }

    @Test func anUnknownMethodIsRefusedWithASuggestion() throws {
        let laptop = Laptop("target")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run(["target", "add", "--amount", "5", "--period", "2026", "--method", "kezbn"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("kezban"))
        #expect(try laptop.count("SELECT COUNT(*) FROM target") == 0)
    }

    @Test func everyReportFormatCarriesTheTargetsAndThePlainCSVDoesNot() throws {
        let laptop = Laptop("target")
        defer { laptop.remove() }
        try laptop.create()
        let add = try laptop.run([
            "target", "add", "--amount", "700", "--from", "2018-01-01", "--to", "2023-12-31", "--municipality",
            "Den Haag",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let value = "0 van 700 bijeenkomsten gehouden (0%, "
        for format in ["text", "md", "html"] {
            let run = try laptop.run(["report", "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Doel (Den Haag)") && run.stdout.contains(value), "\(format)")
        }
        let json = try laptop.run(["report", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let target = try #require((object["targets"] as? [[String: Any]])?.first)
        #expect(target["amount"] as? Int == 700 && target["municipality"] as? String == "Den Haag")
        #expect(target["from"] as? String == "2018-01-01" && target["to"] as? String == "2023-12-31")
        let excel = try laptop.run(["report", "--format", "csv", "--excel"])
        // The value holds a semicolon, so it is quoted.
        #expect(excel.stdout.contains("\r\nDoel (Den Haag);\"" + value), "\(excel.stdout.prefix(400))")
        let plain = try laptop.run(["report", "--format", "csv"])
        #expect(!plain.stdout.contains("Doel"))
    }

    @Test func noTargetsSaysHowToSetOne() throws {
        let laptop = Laptop("target")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run(["target"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("dialoog target add"))
        #expect(try laptop.run(["target", "remove", "abc"]).status == 64)
    }
}

import DialoogAppTestSupport
import Foundation
import GRDB
import Testing

/// `dialoog series` and `dialoog plan`, run as the built binary on a database in a temp folder.
@Suite("Series and plan commands")
struct PlanCommandTests {
    /// A private database and a pinned clock and zone, so dates and times read the same everywhere.

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aTrainerCreatesASeriesAndSeesItsMeetings() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let created = try laptop.newYeniPencere()
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("Serie 'Ouders Kanaleneiland' gemaakt ("))
        #expect(created.stdout.contains("  Bijeenkomst 1: di 1 dec 19:30 · 120 van 120 minuten · Opvoeding"))
        #expect(created.stdout.contains("  Gespreksleider(s): A.Y., Mehmet"))
        // The sources give COC no phone, site or chat: its entry on meeting 3's card is a warning.
        #expect(created.stdout.contains("1 waarschuwing."))

        let list = try laptop.run(["series", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("  Ouders Kanaleneiland  yeni-pencere  IOT  Utrecht"))

        let show = try laptop.run(["series", "show", "ouders kanaleneiland", "--format", "json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try Self.json(show.stdout)
        let series = try #require(json["series"] as? [String: Any])
        #expect(series["languages"] as? [String] == ["tr", "nl"])
        #expect(series["venue"] as? String == "buurthuis")
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["number"] as? Int } == [1, 2, 3])
        #expect(meetings[0]["starts"] as? String == "2026-12-01T19:30")
        #expect(meetings[0]["ends"] as? String == "2026-12-01T21:30")
        let blocks = try #require(meetings[0]["blocks"] as? [[String: Any]])
        #expect(blocks[1]["starts"] as? String == "2026-12-01T19:45", "after a welcome of 15 minutes")
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(
            warnings.filter { $0["hint"] as? Bool == false }.map { $0["kind"] as? String } == ["entry_without_contact"])
        // The composed card: 112 first, then Veilig Thuis, every entry with its kind and check date.
        let card = try #require(meetings[0]["card"] as? [[String: Any]])
        #expect(card.prefix(2).map { $0["id"] as? String } == ["alarmnummer-112", "veilig-thuis"])
        #expect(card[1]["part"] as? String == "always")
        #expect(card[1]["kind"] as? String == "lijn-24-7")
        #expect(card[1]["phone"] as? String == "0800-2000")
        #expect((card[1]["phone_hours"] as? String)?.contains("24/7") == true)
        #expect((card[1]["chat"] as? String)?.contains("9 tot 17") == true)
        #expect(card[1]["checked"] as? String == "2022-08-01")
        #expect(card[1]["check_before_printing"] as? Bool == true)
        let third = try #require(meetings[2]["card"] as? [[String: Any]])
        let coc = try #require(third.first { $0["id"] as? String == "coc-respect-to-love" })
        #expect(coc["no_contact"] as? String == "geen contactgegevens in de bronnen: vul een lokaal adres aan")
    }

    @Test func thePrintedPlanHasTimesPromptsRulesAndTheHelpCard() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        _ = try laptop.newYeniPencere()
        let md = try laptop.run(["plan", "show", "Ouders Kanaleneiland"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# Ouders Kanaleneiland\n"))
        #expect(md.stdout.contains("## Bijeenkomst 1 · di 1 dec 19:30–21:30"))
        #expect(
            md.stdout.contains("- · 19:45  Spelregels afspreken (10 min)")
                || md.stdout.contains("19:45  Spelregels afspreken (10 min)"))
        #expect(md.stdout.contains("stelling: "), "statements are written out")
        #expect(md.stdout.contains("## Spelregels"))
        #expect(md.stdout.contains("## Hulpkaart"))
        #expect(md.stdout.contains("**Alarmnummer 112**") || md.stdout.contains("112"))
        #expect(md.stdout.contains("- [ ] Lijst met lokale hulp geprint"))

        let one = try laptop.run(["plan", "show", "Ouders Kanaleneiland", "--meeting", "2", "--format", "text"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("BIJEENKOMST 2 · DI 8 DEC 19:30–21:30"))
        #expect(!one.stdout.contains("BIJEENKOMST 1"))

        let missing = try laptop.run(["plan", "show", "Ouders Kanaleneiland", "--meeting", "9"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "Bijeenkomst 9 bestaat niet; er zijn 1, 2, 3.\n")
    }

    @Test func planCheckExitsOneWithWarningsAndZeroWithout() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        _ = try laptop.newYeniPencere()
        let first = try laptop.run(["plan", "check", "Ouders Kanaleneiland"])
        #expect(first.status == 1)
        #expect(
            first.stdout.contains(
                "COC, project Respect to Love op de hulpkaart in bijeenkomst 3 heeft geen telefoon, website of chat"),
            "\(first.stdout)")
        // Hints are shown but do not count: there are no local entries at all yet.
        #expect(first.stdout.contains("Tip: Er zijn nog geen lokale hulpadressen; voeg die voor Utrecht toe"))
        #expect(first.stdout.hasSuffix("1 waarschuwing.\n"))

        // The trainer looks COC up and gives its entry a site in their own content folder.
        let own = laptop.folder.appendingPathComponent(".config/dialoog/content/hulp")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try """
        name: COC, project Respect to Love
        what: Een plek voor biculturele LHBT's.
        for: Biculturele LHBT's.
        web: www.voorbeeld.nl
        kind: specialistisch
        themes: [seksuele-diversiteit, transgender]
        checked: 2026-11-20
        source: {document: website van het COC, section: november 2026}
        """.write(to: own.appendingPathComponent("coc-respect-to-love.yaml"), atomically: true, encoding: .utf8)
        let clean = try laptop.run(["plan", "check", "Ouders Kanaleneiland"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.hasSuffix("Geen waarschuwingen.\n"))

        // A trainer moves the hot theme of meeting 3 into meeting 1 by hand.
        let exported = try laptop.run(["plan", "export", "Ouders Kanaleneiland"])
        #expect(exported.status == 0)
        let hot = exported.stdout.replacingOccurrences(
            of: "theme: vrijheid-en-communicatie", with: "theme: seksuele-diversiteit")
        #expect(hot != exported.stdout)
        let file = try laptop.write("plan.yaml", hot)
        let imported = try laptop.run(["plan", "import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let warned = try laptop.run(["plan", "check", "Ouders Kanaleneiland"])
        #expect(warned.status == 1)
        #expect(
            warned.stdout.contains(
                "Seksuele diversiteit in bijeenkomst 1 — De gevoeligste thema's niet in de eerste bijeenkomst"),
            "\(warned.stdout)")
    }

    @Test func aPlanFileMovesToAnotherLaptopUnchanged() throws {
        let trainer = Laptop("plan", now: "2026-11-23T10:00")
        let facilitator = Laptop("plan", now: "2026-11-23T10:00")
        defer {
            trainer.remove()
            facilitator.remove()
        }
        _ = try trainer.newYeniPencere()
        let exported = try trainer.run(["plan", "export", "Ouders Kanaleneiland"])
        let file = try facilitator.write("plan.yaml", exported.stdout)
        let imported = try facilitator.run(["plan", "import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Plan 'Ouders Kanaleneiland' ingelezen ("))
        let again = try facilitator.run(["plan", "export", "Ouders Kanaleneiland"])
        #expect(again.stdout == exported.stdout)
        // Importing the same file twice replaces the plan; it does not make a second series.
        _ = try facilitator.run(["plan", "import", file])
        #expect(try facilitator.run(["series", "list"]).stdout.split(separator: "\n").count == 1)
    }

    @Test func aBrokenPlanFileGivesItsLinesAndChangesNothing() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        _ = try laptop.newYeniPencere()
        let exported = try laptop.run(["plan", "export", "Ouders Kanaleneiland"]).stdout
        var lines = exported.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let minutes = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "minutes: 15" })
        lines[minutes] = lines[minutes].replacingOccurrences(of: "minutes: 15", with: "minutes: 0")
        let file = try laptop.write("kapot.yaml", lines.joined(separator: "\n"))
        let imported = try laptop.run(["plan", "import", file])
        #expect(imported.status == 65)
        #expect(imported.stderr.hasPrefix("\(file):\(minutes + 1): "), "\(imported.stderr)")
        #expect(imported.stderr.hasSuffix("1 fout; er is niets ingelezen.\n"))
        #expect(try laptop.run(["plan", "export", "Ouders Kanaleneiland"]).stdout == exported)
    }

    @Test func importingOverAnExistingSeriesSaysSoAndAMissingMeetingIsRefused() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        _ = try laptop.newYeniPencere()
        let exported = try laptop.run(["plan", "export", "Ouders Kanaleneiland"]).stdout
        let again = try laptop.run(["plan", "import", try laptop.write("plan.yaml", exported)])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Plan van 'Ouders Kanaleneiland' bijgewerkt ("), "\(again.stdout)")

        // A hand edit that drops meeting 3 would delete it: refused, nothing changes.
        let cut = try #require(exported.range(of: "  - number: 3\n"))
        let extra =
            exported[cut.lowerBound...].range(of: "\n  - number: ") ?? exported[cut.lowerBound...].range(of: "\nzzz")
        let withoutThree =
            String(exported[..<cut.lowerBound]) + (extra.map { String(exported[$0.lowerBound...].dropFirst()) } ?? "")
        let refused = try laptop.run(["plan", "import", try laptop.write("zonder-3.yaml", withoutThree)])
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("Een plan heeft de gewone bijeenkomsten 1, 2 en 3 nodig"), "\(refused.stderr)")
        #expect(try laptop.run(["plan", "export", "Ouders Kanaleneiland"]).stdout == exported)

        let latin1 = laptop.folder.appendingPathComponent("latin1.yaml")
        try Data([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9]).write(to: latin1)
        let notUTF8 = try laptop.run(["plan", "import", latin1.path])
        #expect(notUTF8.status == 66)
        #expect(notUTF8.stderr.contains("is geen UTF-8-tekst"))
    }

    @Test func anImportKeepsTheDemoFlagAndNeverMakesAMeetingHeld() throws {
        let laptop = Laptop("plan")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let demoSeries = try laptop.count("SELECT count(*) FROM series WHERE demo")
        let held = try laptop.count("SELECT count(*) FROM meeting WHERE state = 'ended'")
        // A demo series not yet begun: a plan replaces no meeting that already ran.
        let queue = try DatabaseQueue(path: laptop.db)
        let name = try queue.read { db in
            try #require(
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT name FROM series WHERE demo AND NOT EXISTS (
                            SELECT 1 FROM meeting WHERE meeting.seriesId = series.id AND meeting.state != 'planned')
                        ORDER BY name LIMIT 1
                        """))
        }
        try queue.close()
        let exported = try laptop.run(["plan", "export", name]).stdout
        #expect(!exported.contains("demo"), "the file does not carry the flag")
        // A hand edit says every meeting has ended: only a live record makes a meeting held.
        let edited = exported.replacingOccurrences(
            of: "    kind: regular\n", with: "    kind: regular\n    state: ended\n")
        #expect(edited != exported)
        let imported = try laptop.run(["plan", "import", try laptop.write("demo.yaml", edited)])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try laptop.count("SELECT count(*) FROM series WHERE demo") == demoSeries)
        #expect(try laptop.count("SELECT count(*) FROM meeting WHERE state = 'ended'") == held)
        // Imported as it was exported, too: the series stays demo and counts only with --include-demo.
        _ = try laptop.run(["plan", "import", try laptop.write("same.yaml", exported)])
        #expect(try laptop.count("SELECT count(*) FROM series WHERE demo") == demoSeries)
    }

    @Test func anotherSpellingOfAKnownMunicipalityGetsASuggestion() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        _ = try laptop.newYeniPencere()
        let other = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Moeders", "--municipality", "UTRECHT",
            "--dates", "2026-12-02T19:30,2026-12-09T19:30,2026-12-16T19:30",
        ])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stderr.contains("Gemeente 'UTRECHT' staat in andere series als 'Utrecht'"), "\(other.stderr)")
        let same = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Vaders", "--municipality", "Utrecht",
            "--dates", "2026-12-03T19:30,2026-12-10T19:30,2026-12-17T19:30",
        ])
        #expect(!same.stderr.contains("Gemeente"), "the same spelling needs no word")
    }

    @Test func kezbanAsksForTheGroupsChoice() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let without = try laptop.run(["series", "new", "--method", "kezban", "--name", "Vrouwen Oost"])
        #expect(without.status == 64)
        #expect(
            without.stderr.hasPrefix(
                "Bij Socratische gespreksvoering kiest de groep 3 thema's: geef --choose met 'Huiselijk geweld'"))
        let with = try laptop.run([
            "series", "new", "--method", "kezban", "--name", "Vrouwen Oost", "--choose",
            "Huwelijksdwang,Achterlating,Seksualiteit & seksuele diversiteit", "--format", "json",
        ])
        #expect(with.status == 0, "\(with.stderr)")
        let series = try #require(try Self.json(with.stdout)["series"] as? [String: Any])
        #expect(
            series["group_choice"] as? [String] == [
                "Seksualiteit & seksuele diversiteit", "Huwelijksdwang", "Achterlating",
            ])
    }

    @Test func badInputOnTheCommandLineIsNamed() throws {
        let laptop = Laptop("plan", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let dates = try laptop.run(["series", "new", "--method", "htib", "--name", "X", "--dates", "1 december"])
        #expect(dates.status == 64)
        #expect(
            dates.stderr == "'1Tdecember' is geen datum met tijd; schrijf 2026-12-01T19:30.\n"
                || dates.stderr.contains("geen datum met tijd"))
        let group = try laptop.run(["series", "new", "--method", "htib", "--name", "X", "--group", "moeder"])
        #expect(
            group.stderr
                == "onbekende groep 'moeder'; kies uit ouders, jongeren, vrouwen, mannen, nieuwkomers, gemengd, "
                + "moeders, vaders, ouderen, lhbt.\n")
        let method = try laptop.run(["series", "new", "--method", "htb", "--name", "X"])
        #expect(method.status == 64)
        #expect(method.stderr.contains("'htb'") && method.stderr.contains("'htib'"))
        let year = try laptop.run([
            "series", "new", "--method", "htib", "--name", "X", "--dates", "3000000000-01-01T19:30",
        ])
        #expect(year.status == 64, "a year that does not fit is a bad date, not a crash")
        let size = try laptop.run(["series", "new", "--method", "htib", "--name", "X", "--size", "600"])
        #expect(size.status == 64)
        #expect(size.stderr.contains("--size is 600; geef een aantal deelnemers van 1 tot 500."))
        // A negative number is a value, not an option; a number too large for Int and a word
        // get the same Dutch sentence, never ArgumentParser's English "Missing value".
        for value in ["-1", "99999999999999999999", "twaalf"] {
            let run = try laptop.run(["series", "new", "--method", "htib", "--name", "X", "--size", value])
            #expect(run.status == 64)
            #expect(
                run.stderr.contains("--size is \(value); geef een aantal deelnemers van 1 tot 500."), "\(run.stderr)")
            #expect(!run.stderr.contains("Missing value") && !run.stderr.contains("is invalid for"))
        }
        // 02:30 on the night summer time starts is a good date the clock skips: it says so.
        let gap = try laptop.run(["series", "new", "--method", "htib", "--name", "X", "--dates", "2027-03-28T02:30"])
        #expect(gap.status == 64)
        #expect(gap.stderr.contains("'2027-03-28T02:30' bestaat niet op de klok"), "\(gap.stderr)")
        let english = try laptop.run(
            ["series", "new", "--method", "htib", "--name", "X", "--dates", "2027-03-28 02:30"], language: "en")
        #expect(english.stderr.contains("does not exist on the clock"), "\(english.stderr)")
        let unknown = try laptop.run(["series", "show", "bestaat-niet"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Geen serie gevonden voor 'bestaat-niet'; 'dialoog series list' toont ze.\n")
        #expect(
            try laptop.run(["series", "list"]).stdout == "Nog geen series. Maak er een met 'dialoog series new'.\n")
    }
}

extension Laptop {
    /// A Yeni Pencere series for a group of parents, as a trainer would create it.
    fileprivate func newYeniPencere() throws -> Run {
        try run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders Kanaleneiland", "--municipality",
            "Utrecht", "--facilitator", "A.Y.", "--facilitator", "Mehmet", "--venue", "buurthuis", "--language",
            "tr,nl", "--group", "ouders", "--size", "14", "--dates",
            "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
    }
}

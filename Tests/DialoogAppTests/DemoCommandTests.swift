import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// `dialoog demo` as the built binary, on a database in a temp folder, with the clock pinned.
@Suite("Demo command")
struct DemoCommandTests {

    @Test func loadingSaysWhatWasLoadedAndHowToRemoveIt() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        let run = try laptop.run(["demo"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Demogegevens geladen: 13 series, ") == true, "\(run.stdout)")
        #expect(
            lines.last
                == "De series zijn gemarkeerd als demo: het overzicht telt ze alleen met 'demo tonen' (f), dialoog report "
                + "alleen met --include-demo. Weghalen: dialoog demo --remove"
        )
        #expect(run.stdout.contains("het demodoel is 40 bijeenkomsten in 2026"))
        #expect(try laptop.count("SELECT COUNT(*) FROM series WHERE demo") == 13)
        #expect(try laptop.count("SELECT COUNT(*) FROM series WHERE NOT demo") == 0)
        #expect(try laptop.count("SELECT COUNT(*) FROM meeting WHERE state = 'running'") == 0)
        #expect(try laptop.count("SELECT COUNT(*) FROM attendance") > 100)
        #expect(try laptop.count("SELECT COUNT(*) FROM evaluation") > 20)
        // The numbers in the sentence are the database's.
        let held = try laptop.count("SELECT COUNT(*) FROM meeting WHERE state = 'ended'")
        let meetings = try laptop.count("SELECT COUNT(*) FROM meeting")
        #expect(lines.first?.contains("\(meetings) bijeenkomsten (\(held) gehouden)") == true)
    }

    @Test func loadingAgainReplacesTheDemoWithTheSameData() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        #expect(try laptop.run(["demo"]).status == 0)
        let tables = ["series", "meeting", "block", "participant", "attendance", "promptUse", "evaluation", "signal"]
        let before = try tables.map { try laptop.count("SELECT COUNT(*) FROM \($0)") }
        let ids = try laptop.count("SELECT SUM(unicode(id)) FROM meeting")
        let again = try laptop.run(["demo"])
        #expect(again.status == 0)
        #expect(
            again.stdout.contains("De 13 demoseries van eerder zijn vervangen; je eigen series zijn niet aangeraakt."))
        #expect(!again.stdout.contains("demodoel"), "the target was set the first time")
        #expect(try tables.map { try laptop.count("SELECT COUNT(*) FROM \($0)") } == before)
        #expect(try laptop.count("SELECT SUM(unicode(id)) FROM meeting") == ids)
    }

    @Test func removingLeavesARealSeries() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        let created = try laptop.run([
            "series", "new", "--method", "htib", "--name", "Vrouwen Schilderswijk",
            "--dates", "2026-12-08T19:30,2026-12-15T19:30,2026-12-22T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try laptop.run(["demo"]).status == 0)
        #expect(try laptop.count("SELECT COUNT(*) FROM series") == 14)
        let removed = try laptop.run(["demo", "--remove"])
        #expect(removed.status == 0)
        #expect(
            removed.stdout
                == "13 demoseries weggehaald, met alles wat erin stond; je eigen series zijn niet aangeraakt.\n")
        #expect(try laptop.count("SELECT COUNT(*) FROM series") == 1)
        #expect(try laptop.count("SELECT COUNT(*) FROM meeting") == 3)
        #expect(try laptop.count("SELECT COUNT(*) FROM target") == 0, "the demo's own target went too")
        let list = try laptop.run(["series", "list"])
        #expect(list.stdout.contains("Vrouwen Schilderswijk"))
        let nothing = try laptop.run(["demo", "--remove"], language: "en")
        #expect(nothing.status == 0)
        #expect(nothing.stdout == "There are no demo series in this database; nothing changed.\n")
    }

    @Test func aScaleLoadsAboutThatManyMeetings() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        let run = try laptop.run(["demo", "--scale", "60"], language: "en")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Demo data loaded: 20 series, 60 meetings ("))
        #expect(try laptop.count("SELECT COUNT(*) FROM meeting") == 60)
        let held = try laptop.count("SELECT COUNT(*) FROM meeting WHERE state = 'ended'")
        let present = try laptop.count("SELECT COUNT(*) FROM attendance")
        #expect(held > 45 && present > held * 12 && present < held * 18)
    }

    @Test func badOptionsExit64() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        let small = try laptop.run(["demo", "--scale", "2"])
        #expect(small.status == 64)
        #expect(small.stderr.contains("--scale 2: kies een aantal van 3 tot 100000."))
        let both = try laptop.run(["demo", "--remove", "--scale", "30"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--remove en --scale gaan niet samen"))
        #expect(!FileManager.default.fileExists(atPath: laptop.db))
    }

    @Test func anOpenScreenOnTheDatabaseIsRefusedAndNothingChanges() throws {
        let laptop = Laptop("demo")
        defer { laptop.remove() }
        _ = try AppDatabase.open(at: laptop.db)
        let lock = try SessionLock.acquire(databasePath: laptop.db, shownPath: "d")
        let refused = try laptop.run(["demo"])
        #expect(refused.status == 75)
        #expect(refused.stderr.hasPrefix("dialoog is open op "))
        #expect(refused.stderr.contains("Er is niets veranderd."))
        #expect(try laptop.count("SELECT COUNT(*) FROM series") == 0)
        withExtendedLifetime(lock) {}
    }
}

import DialoogApp
import DialoogAppTestSupport
import DialoogStore
import Foundation
import GRDB
import Testing

/// `dialoog export`, `import`, `erase`, `backup` and `restore` as the built binary, between
/// laptops of their own (a temp folder and database each), with the clock pinned.
@Suite("Bundle commands")
struct BundleCommandTests {
    /// A laptop with one series of three planned meetings, made on the command line.
    private func laptopWithSeries(_ purpose: String, name: String = "Vrouwen Schilderswijk") throws -> Laptop {
        let laptop = Laptop(purpose)
        let made = try laptop.run([
            "series", "new", "--method", "htib", "--name", name, "--organisation", "HTIB",
            "--dates", "2026-12-08T19:30,2026-12-15T19:30,2026-12-22T19:30",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        return laptop
    }

    private func export(_ laptop: Laptop, _ name: String, _ extra: [String] = []) throws -> String {
        let path = laptop.folder.appendingPathComponent(name).path
        let run = try laptop.run(["export", "--plain", "--output", path] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    /// The report's JSON without the store's own target, which no bundle carries.
    private func figures(_ laptop: Laptop) throws -> String {
        let run = try laptop.run(["report", "--include-demo", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        // Targets are the coordinator's own and travel in no bundle.
        return run.stdout.replacingOccurrences(
            of: #""targets" : \[[^\]]*\]"#, with: #""targets" : []"#, options: .regularExpression)
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func aRoundTripGivesTheCoordinatorEveryFigureOfTheLaptop() throws {
        let a = Laptop("bundle-a")
        let c = Laptop("bundle-c")
        defer { (a.remove(), c.remove()) }
        #expect(try a.run(["demo"]).status == 0)
        let bundle = try export(a, "a.json", ["--include-demo"])
        let imported = try c.run(["import", bundle])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 bundel ingelezen."))
        #expect(try figures(c) == figures(a))
        // Participants travel as ids, with a stand-in nickname and no name of A's.
        let nickname = try String(a.count("SELECT COUNT(*) FROM participant"))
        #expect(try c.count("SELECT COUNT(*) FROM participant") == Int(nickname))
        #expect(try c.count("SELECT COUNT(*) FROM participant WHERE nickname NOT LIKE '#%'") == 0)
        #expect(try c.count("SELECT COUNT(*) FROM note") == 0, "notes stay on the laptop")
        #expect(
            try c.count(
                "SELECT COUNT(*) FROM series WHERE demo AND originLaptop IS NOT NULL AND importedAt IS NOT NULL") == 13)
        // The demo and the import paused the revision triggers, and lifted the pause.
        #expect(try a.count("SELECT COUNT(*) FROM revisionPause") == 0)
        #expect(try c.count("SELECT COUNT(*) FROM revisionPause") == 0)
        // The same bundle again changes nothing, and says so.
        let again = try c.run(["import", bundle])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Niets veranderd"), "\(again.stdout)")
        #expect(try figures(c) == figures(a))
    }

    @Test func notesTravelOnlyWhenAskedForAndAreKeptWhenNot() throws {
        let a = Laptop("bundle-notes")
        let c = Laptop("bundle-notes-c")
        defer { (a.remove(), c.remove()) }
        #expect(try a.run(["demo"]).status == 0)
        let notes = try a.count("SELECT COUNT(*) FROM note")
        #expect(notes > 0)
        let with = try export(a, "with.json", ["--include-demo", "--with-notes"])
        #expect(try c.run(["import", with]).status == 0)
        #expect(try c.count("SELECT COUNT(*) FROM note") == notes)
        // A later bundle without notes keeps the notes the coordinator has.
        try a.execute("UPDATE series SET municipality = 'Zwolle' WHERE demo")
        let without = try export(a, "without.json", ["--include-demo"])
        #expect(String(decoding: bytes(without) ?? Data(), as: UTF8.self).contains(#""note":"#) == false)
        #expect(try c.run(["import", without]).status == 0)
        #expect(try c.count("SELECT COUNT(*) FROM series WHERE municipality = 'Zwolle'") == 13)
        #expect(try c.count("SELECT COUNT(*) FROM note") == notes)
        // A folder is no bundle.
        let folder = try c.run(["import", c.folder.path])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("is geen gewoon bestand"))
    }

    @Test func theSameStoreGivesTheSameBundle() throws {
        let a = try laptopWithSeries("bundle-same")
        defer { a.remove() }
        let first = try export(a, "one.json")
        let second = try export(a, "two.json")
        #expect(bytes(first) == bytes(second))
        let text = String(decoding: bytes(first) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix(#"{"erasures":[],"format":"dialoog-bundle","#))
        #expect(text.contains("Vrouwen Schilderswijk"), "the series name travels")
        let mode = try FileManager.default.attributesOfItem(atPath: first)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func exportRefusesWhatItMustNotWrite() throws {
        let a = try laptopWithSeries("bundle-refuse")
        defer { a.remove() }
        let out = a.folder.appendingPathComponent("b.json").path
        let noLock = try a.run(["export", "--output", out])
        #expect(noLock.status == 64)
        #expect(noLock.stderr.contains("--to age1"))
        let badKey = try a.run(["export", "--output", out, "--to", "age1qqqq"])
        #expect(badKey.status == 64)
        #expect(badKey.stderr.contains("'age1qqqq' is geen publieke sleutel"))
        let names = try a.run(["export", "--output", out, "--plain", "--with-names"])
        #expect(names.status == 64)
        #expect(!FileManager.default.fileExists(atPath: out), "nothing was written")
        _ = try export(a, "b.json")
        let before = bytes(out)
        let again = try a.run(["export", "--output", out, "--plain"])
        #expect(again.status == 73)
        #expect(bytes(out) == before)
        #expect(try a.run(["export", "--output", out, "--plain", "--force"]).status == 0)
        let encryptedFile = try a.write("age.json", "age-encryption.org/v1\n-> X25519 abc\n")
        let c = Laptop("bundle-refuse-c")
        defer { c.remove() }
        let refused = try c.run(["import", encryptedFile])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: c.db), "nothing was made")
    }

    @Test func anOlderRevisionNeverOverwritesANewerOne() throws {
        let a = try laptopWithSeries("bundle-order")
        let c = Laptop("bundle-order-c")
        defer { (a.remove(), c.remove()) }
        let old = try export(a, "old.json")
        try a.execute("UPDATE series SET name = 'Vrouwen Schilderswijk Noord'")
        let new = try export(a, "new.json")
        #expect(try c.run(["import", new]).status == 0)
        let older = try c.run(["import", old])
        #expect(older.status == 0)
        #expect(older.stdout.contains("overgeslagen Vrouwen Schilderswijk: revisie"), "\(older.stdout)")
        #expect(try c.count("SELECT COUNT(*) FROM series WHERE name = 'Vrouwen Schilderswijk Noord'") == 1)
        // The other order ends the same.
        let d = Laptop("bundle-order-d")
        defer { d.remove() }
        let both = try d.run(["import", old, new])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(try d.count("SELECT COUNT(*) FROM series WHERE name = 'Vrouwen Schilderswijk Noord'") == 1)
        #expect(try d.count("SELECT COUNT(*) FROM meeting") == 3)
    }

    @Test func aSeriesChangedOnBothSidesIsReportedAsAConflict() throws {
        let a = try laptopWithSeries("bundle-conflict")
        let c = Laptop("bundle-conflict-c")
        defer { (a.remove(), c.remove()) }
        #expect(try c.run(["import", try export(a, "first.json")]).status == 0)
        try c.execute("UPDATE series SET municipality = 'Den Haag'")
        try a.execute("UPDATE series SET municipality = 'Rijswijk'")
        try a.execute("UPDATE series SET expectedGroupSize = 12")
        let second = try export(a, "second.json")
        let dry = try c.run(["import", "--dry-run", second])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("Proef: er is niets veranderd"))
        #expect(dry.stdout.contains("conflict     Vrouwen Schilderswijk: hier revisie"), "\(dry.stdout)")
        #expect(try c.count("SELECT COUNT(*) FROM series WHERE municipality = 'Den Haag'") == 1)
        let kept = try c.run(["import", "--prefer", "here", second])
        #expect(kept.stdout.contains("die van hier is bewaard"), "\(kept.stdout)")
        #expect(try c.count("SELECT COUNT(*) FROM series WHERE municipality = 'Den Haag'") == 1)
        let newer = try c.run(["import", second])
        #expect(newer.stdout.contains("die uit de bundel is bewaard"), "\(newer.stdout)")
        #expect(try c.count("SELECT COUNT(*) FROM series WHERE municipality = 'Rijswijk'") == 1)
    }

    @Test func twoLaptopsWithTheSameParticipantsMergeWithoutDuplicates() throws {
        let a = Laptop("bundle-merge-a")
        let b = try laptopWithSeries("bundle-merge-b", name: "Mannen Transvaal")
        let c = Laptop("bundle-merge-c")
        defer { (a.remove(), b.remove(), c.remove()) }
        #expect(try a.run(["demo"]).status == 0)
        let fromA = try export(a, "a.json", ["--include-demo"])
        // B holds A's series too (it imported them), and exports everything it holds.
        #expect(try b.run(["import", fromA]).status == 0)
        let fromB = try export(b, "b.json", ["--include-demo"])
        let merged = try c.run(["import", fromA, fromB])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try c.count("SELECT COUNT(*) FROM series") == 14)
        for table in ["participant", "attendance", "meeting", "evaluation", "signal"] {
            #expect(
                try c.count("SELECT COUNT(*) FROM \(table)") == b.count("SELECT COUNT(*) FROM \(table)"), "\(table)")
        }
        #expect(try figures(c) == figures(b))
        // The report filters by the laptop a series came from: A's thirteen, B's own one.
        func rows(_ laptop: Laptop, _ extra: [String] = []) throws -> [Substring] {
            let run = try laptop.run(["report", "--include-demo", "--format", "csv"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\r\n").dropFirst().sorted()
        }
        let idA = try a.text("SELECT id FROM laptop")
        let idB = try b.text("SELECT id FROM laptop")
        #expect(try rows(c, ["--laptop", String(idA.prefix(8))]) == rows(a))
        #expect(try rows(c, ["--laptop", idB]) == rows(b, ["--laptop", idB]))
        #expect(try rows(c, ["--laptop", idB]).count == 3)
    }

    @Test func aBadBundleIsRefusedAndTheStoreStaysByteForByte() throws {
        let a = try laptopWithSeries("bundle-bad")
        let c = try laptopWithSeries("bundle-bad-c", name: "Jongeren Feijenoord")
        defer { (a.remove(), c.remove()) }
        let good = try String(contentsOfFile: try export(a, "good.json"), encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("garbage.json", "\u{1}\u{2}nonsense", "geen leesbare bundel"),
            ("truncated.json", String(good.prefix(good.count / 2)), "geen leesbare bundel"),
            ("newer.json", good.replacingOccurrences(of: #""version":1"#, with: #""version":2"#), "nieuwere dialoog"),
            (
                "other.json", good.replacingOccurrences(of: "dialoog-bundle", with: "something"),
                "geen bundel van dialoog"
            ),
            ("state.json", good.replacingOccurrences(of: #""state":"planned""#, with: #""state":"weird""#), "weigert"),
            (
                "escape.json", good.replacingOccurrences(of: "Schilderswijk", with: #"Schilders\u001b]0;x"#),
                "stuurtekens"
            ),
            ("fraction.json", good.replacingOccurrences(of: #""minutes":10,"#, with: #""minutes":10.5,"#), "leesbare"),
            ("huge.json", good.replacingOccurrences(of: #""minutes":10,"#, with: #""minutes":99999999999,"#), "buiten"),
        ]
        let before = bytes(c.db)
        for (name, text, expected) in cases {
            let file = try c.write(name, text)
            let run = try c.run(["import", try export(a, "fresh.json", ["--force"]), file])
            #expect(run.status == 65, "\(name): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
            #expect(run.stderr.contains("Er is niets ingelezen"), "\(name)")
            #expect(bytes(c.db) == before, "\(name) changed the store")
            #expect(!FileManager.default.fileExists(atPath: c.db + "-wal"), "\(name) left a -wal")
        }
    }

    @Test func anErasedParticipantLeavesNoByteAndDoesNotComeBack() throws {
        let a = Laptop("bundle-erase")
        defer { a.remove() }
        #expect(try a.run(["demo"]).status == 0)
        let id = try a.text("SELECT participantId FROM attendance WHERE present LIMIT 1")
        try a.execute("UPDATE participant SET nickname = 'Qwyxzeynep' WHERE id = '\(id)'")
        let old = try export(a, "old.json", ["--include-demo"])
        let reach = try figures(a)
        let asked = try a.run(["erase", "participant", String(id.prefix(8))])
        #expect(asked.status == 64, "no terminal and no --yes")
        #expect(try a.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 1)
        let erased = try a.run(["erase", "participant", String(id.prefix(8)), "--yes"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("Gewist: deelnemer Qwyxzeynep"))
        let name = Data("Qwyxzeynep".utf8)
        func scan() {
            for suffix in ["", "-wal", "-shm"] {
                guard let data = bytes(a.db + suffix) else { continue }
                #expect(data.range(of: name) == nil, "nickname found in \(suffix)")
            }
        }
        scan()
        // The person is gone, the count stays.
        #expect(try figures(a) == reach)
        #expect(try a.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 0)
        #expect(try a.count("SELECT COUNT(*) FROM erasure WHERE kind = 'participant' AND id = '\(id)'") == 1)
        // An older bundle that held the participant does not bring them back, here or elsewhere.
        #expect(try a.run(["import", old]).status == 0)
        #expect(try a.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 0)
        scan()
        let c = Laptop("bundle-erase-c")
        defer { c.remove() }
        #expect(try c.run(["import", old]).status == 0)
        #expect(try c.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 1)
        let newer = try export(a, "new.json", ["--include-demo"])
        let applied = try c.run(["import", newer, old])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(try c.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 0)
        #expect(try figures(c) == figures(a))
    }

    @Test func importWaitsForNoOneAndChangesNothingWhileTheProgramIsOpen() throws {
        let a = try laptopWithSeries("bundle-lock")
        let c = try laptopWithSeries("bundle-lock-c", name: "Jongeren Feijenoord")
        defer { (a.remove(), c.remove()) }
        let bundle = try export(a, "a.json")
        let before = bytes(c.db)
        var lock: SessionLock? = try SessionLock.acquire(databasePath: c.db, shownPath: "c")
        let refused = try c.run(["import", bundle])
        #expect(refused.status == 75, "\(refused.stderr)")
        #expect(bytes(c.db) == before)
        let erase = try c.run(["erase", "series", "Jongeren Feijenoord", "--yes"])
        #expect(erase.status == 75)
        #expect(lock != nil)
        lock = nil
        // A dry run says what would come and leaves the store as it was.
        let dry = try c.run(["import", "--dry-run", bundle])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("nieuw        Vrouwen Schilderswijk"))
        #expect(try c.count("SELECT COUNT(*) FROM series") == 1)
    }

    @Test func anErasedMeetingGoesWithEverythingInItAndStaysGone() throws {
        let a = Laptop("bundle-erase-meeting")
        let c = Laptop("bundle-erase-meeting-c")
        defer { (a.remove(), c.remove()) }
        #expect(try a.run(["demo"]).status == 0)
        let old = try export(a, "old.json", ["--include-demo"])
        #expect(try c.run(["import", old]).status == 0)
        let meeting = try a.text("SELECT meetingId FROM evaluation LIMIT 1")
        let erased = try a.run(["erase", "meeting", meeting, "--yes"])
        #expect(erased.status == 0, "\(erased.stderr)")
        for table in ["meeting WHERE id", "evaluation WHERE meetingId", "attendance WHERE meetingId"] {
            #expect(try a.count("SELECT COUNT(*) FROM \(table) = '\(meeting)'") == 0, "\(table)")
        }
        let newer = try export(a, "new.json", ["--include-demo"])
        #expect(try c.run(["import", newer]).status == 0)
        #expect(try c.count("SELECT COUNT(*) FROM meeting WHERE id = '\(meeting)'") == 0)
        #expect(try c.run(["import", old]).status == 0)
        #expect(try c.count("SELECT COUNT(*) FROM meeting WHERE id = '\(meeting)'") == 0)
        #expect(try figures(c) == figures(a))
    }

    @Test func aRestoredBackupKeepsWhatWasErasedSince() throws {
        let a = try laptopWithSeries("bundle-backup")
        defer { a.remove() }
        let backup = a.folder.appendingPathComponent("backup.sqlite").path
        let made = try a.run(["backup", backup, "--plain"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try a.run(["erase", "series", "Vrouwen Schilderswijk", "--yes"]).status == 0)
        #expect(try a.count("SELECT COUNT(*) FROM series") == 0)
        let refused = try a.run(["restore", backup])
        #expect(refused.status == 73)
        let restored = try a.run(["restore", backup, "--force"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("1 latere wissing opnieuw toegepast"))
        #expect(try a.count("SELECT COUNT(*) FROM series") == 0)
        #expect(try a.count("SELECT COUNT(*) FROM erasure") == 1)
        let garbage = try a.write("garbage.bak", "not a database")
        #expect(try a.run(["restore", garbage, "--force"]).status == 65)
    }
}

extension Laptop {
    /// Runs SQL on the laptop's database, as a hand edit or another program would.
    fileprivate func execute(_ sql: String) throws {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: sql) }
    }

    fileprivate func text(_ sql: String) throws -> String {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: sql) ?? "" }
    }
}

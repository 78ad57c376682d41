import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog meeting records|withdraw|correct` as the built binary: a week after the meeting,
/// the accidental "acuut (112)" signal is withdrawn and a note corrected; the report stops
/// counting the signal.
@Suite("Meeting command")
struct MeetingCommandTests {
    /// A series made by `series new`, meeting 1 held with an acute signal and a note.
    private func held(_ laptop: Laptop) throws -> (signal: String, note: String) {
        let created = try laptop.run([
            "series", "new", "--method", "htib", "--name", "Vrouwen Zuid", "--group", "vrouwen",
            "--dates", "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let database = try AppDatabase.open(at: laptop.db)
        let series = try #require(try database.findSeries("Vrouwen Zuid").first)
        let plan = try #require(try database.plan(seriesId: series.id))
        var record = Fixtures.heldRecord(
            of: plan, number: 1, ended: Fixtures.date("2026-12-01T21:30"), signals: [.acuut112])
        record.notes = [LiveNote(meetingId: record.meetingId, blockId: nil, at: Fixtures.now, text: "Zaal te warm")]
        try database.saveLive(record)
        return (record.signals[0].id, record.notes[0].id)
    }

    @Test func aMistakenSignalIsWithdrawnAndANoteCorrected() throws {
        let laptop = Laptop("meeting", now: "2026-12-08T10:00")
        defer { laptop.remove() }
        let (signal, note) = try held(laptop)

        let listed = try laptop.run(["meeting", "records", "Vrouwen Zuid", "1"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains(signal) && listed.stdout.contains("signaal  anders · acuut-112"))
        #expect(listed.stdout.contains(note) && listed.stdout.contains("notitie  Zaal te warm"))

        let withdrawn = try laptop.run(["meeting", "withdraw", String(signal.prefix(8))])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout == "Ingetrokken: \(signal). Het telt in geen overzicht meer mee.\n")
        #expect(try laptop.count("SELECT count(*) FROM signal") == 0)

        let corrected = try laptop.run(["meeting", "correct", note, "--text", "Zaal te koud"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(try laptop.count("SELECT count(*) FROM note WHERE text = 'Zaal te koud'") == 1)

        let after = try laptop.run(["meeting", "records", "Vrouwen Zuid", "1"], language: "en")
        #expect(after.stdout.contains("\(signal)  20:10  signal  (withdrawn on Tue 8 Dec)"), "\(after.stdout)")
        #expect(after.stdout.contains("\(note)  19:30  note  Zaal te koud  (corrected on Tue 8 Dec)"))
        #expect(!after.stdout.contains("acuut-112"))

        // The report no longer counts the signal.
        let report = try laptop.run(["report", "--format", "json"])
        #expect(report.status == 0)
        #expect(!report.stdout.contains("\"acute\" : 1") && !report.stdout.contains("\"acute\":1"))
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let laptop = Laptop("meeting", now: "2026-12-08T10:00")
        defer { laptop.remove() }
        let (signal, note) = try held(laptop)

        let missing = try laptop.run(["meeting", "withdraw", "ffffffff"])
        #expect(missing.status == 66)
        #expect(
            missing.stderr.contains("Er is geen signaal, notitie, gebruikte vraag of genoemd thema met id ffffffff"))
        let wrongOption = try laptop.run(["meeting", "correct", signal, "--text", "iets"])
        #expect(wrongOption.status == 64)
        #expect(wrongOption.stderr == "Geef bij een signaal --category, --response of beide.\n")
        let badValue = try laptop.run(["meeting", "correct", signal, "--response", "bellen"])
        #expect(badValue.status == 64)
        #expect(badValue.stderr.contains("--response 'bellen' kan hier niet; kies uit: hulpkaart"))
        let tooLong = try laptop.run(["meeting", "correct", note, "--text", String(repeating: "x", count: 281)])
        #expect(tooLong.status == 64)
        let control = try laptop.run(["meeting", "correct", note, "--text", "a\u{1B}[2Jb"])
        #expect(control.status == 64 && !control.stderr.contains("\u{1B}"))
        let twice = try laptop.run(["meeting", "withdraw", signal])
        #expect(twice.status == 0)
        let again = try laptop.run(["meeting", "withdraw", signal])
        #expect(again.status == 66)
        #expect(try laptop.count("SELECT count(*) FROM note WHERE text = 'Zaal te warm'") == 1)
        #expect(try laptop.count("SELECT count(*) FROM recordCorrection") == 1)
    }
}

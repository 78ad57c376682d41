import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog run` and what `series show` tells of a meeting that ran, as the built binary on a
/// database in a temp folder; the meetings are run by writing through `AppDatabase`.
@Suite("Run command")
struct RunCommandTests {
    /// A private database, Amsterdam's zone, and a clock at 20:00 on the evening of meeting 1.

    /// Meeting `number` opened and closed with nothing recorded.
    private func end(_ number: Int, of plan: SeriesPlan, in database: AppDatabase) throws {
        let meeting = try #require(plan.meeting(number: number))
        var record = try #require(try database.openLive(.meeting(id: meeting.id))).record
        record.state = .ended
        record.endedAt = Fixtures.date("2026-12-08T21:30")
        try database.saveLive(record)
    }

    @Test func anUnknownSeriesOrMeetingIsNamed() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        _ = try laptop.newSeries()
        let series = try laptop.run(["run", "bestaat-niet"])
        #expect(series.status == 64)
        #expect(series.stderr == "Geen serie gevonden voor 'bestaat-niet'; 'dialoog series list' toont ze.\n")
        let meeting = try laptop.run(["run", "Vrouwen Schilderswijk", "--meeting", "9"])
        #expect(meeting.status == 64)
        #expect(meeting.stderr == "Bijeenkomst 9 bestaat niet; er zijn 1, 2, 3.\n")
    }

    @Test func anEndedMeetingIsRefusedBeforeTheScreenOpens() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        let (plan, database) = try laptop.newSeries()
        try end(1, of: plan, in: database)
        let refused = try laptop.run(["run", "Vrouwen Schilderswijk", "--meeting", "1"])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Bijeenkomst 1 van 'Vrouwen Schilderswijk' is al afgesloten en gaat niet opnieuw open; "
                + "'dialoog series show' toont wat er is vastgelegd.\n")
        #expect(refused.stdout.isEmpty)
    }

    @Test func anotherMeetingOfTheSeriesMustCloseFirst() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        let (plan, database) = try laptop.newSeries()
        try database.startLive(meetingId: try #require(plan.meeting(number: 1)).id)
        let refused = try laptop.run(["run", "Vrouwen Schilderswijk", "--meeting", "2"])
        #expect(refused.status == 65)
        #expect(
            refused.stderr
                == "Bijeenkomst 1 van 'Vrouwen Schilderswijk' loopt nog; "
                + "sluit die eerst af voordat een andere bijeenkomst begint.\n")
    }

    @Test func aSeriesWhoseMeetingsAllEndedSaysSo() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        let (plan, database) = try laptop.newSeries()
        for meeting in plan.meetings { try end(meeting.meeting.number, of: plan, in: database) }
        let refused = try laptop.run(["run", "Vrouwen Schilderswijk"])
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("Alle bijeenkomsten van 'Vrouwen Schilderswijk' zijn afgesloten"))
    }

    @Test func withoutATerminalNothingIsOpened() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        let (plan, database) = try laptop.newSeries()
        let run = try laptop.run(["run", "Vrouwen Schilderswijk", "--meeting", "1"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("dialoog is een schermprogramma en heeft een terminal nodig"))
        #expect(try database.plan(seriesId: plan.id)?.meetings.allSatisfy { $0.meeting.state == .planned } == true)
    }

    @Test func seriesShowGivesWhatLiveModeRecorded() throws {
        let laptop = Laptop("run", now: "2026-12-08T20:00")
        defer { laptop.remove() }
        let (plan, database) = try laptop.newSeries()
        try database.startLive(meetingId: try #require(plan.meeting(number: 1)).id)
        let record = Fixtures.fullRecord(of: plan)
        try database.saveLive(record)
        let first = try #require(plan.meeting(number: 1))

        let show = try laptop.run(["series", "show", "Vrouwen Schilderswijk", "--format", "json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        let meeting = meetings[0]
        #expect(meeting["state"] as? String == "running")
        #expect(meeting["started_at"] as? String == "2026-12-08T19:31")
        #expect(meeting["ended_at"] == nil)
        #expect(meetings[1]["state"] as? String == "planned")
        #expect((meetings[1]["timeline"] as? [[String: Any]])?.allSatisfy { $0["seconds"] as? Int == 0 } == true)

        let timeline = try #require(meeting["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["id"] as? String } == first.blocks.map(\.id))
        #expect(timeline[0]["planned_minutes"] as? Int == first.blocks[0].minutes)
        #expect(timeline[0]["extra_minutes"] as? Int == 2)
        #expect(timeline[0]["started_at"] as? String == "2026-12-08T19:31")
        #expect(timeline[0]["ended_at"] as? String == "2026-12-08T19:49")
        #expect(timeline[0]["seconds"] as? Int == 16 * 60)
        #expect(timeline[1]["seconds"] as? Int == 11 * 60, "running until DIALOOG_NOW, 20:00")
        #expect(timeline[1]["extra_minutes"] as? Int == -5)
        let segments = try #require(timeline[1]["segments"] as? [[Any]])
        #expect(segments.count == 1 && segments[0][0] as? String == "2026-12-08T19:49" && segments[0][1] is NSNull)

        let attendance = try #require(meeting["attendance"] as? [String: Any])
        #expect(attendance["count_only"] as? Bool == false)
        let present = try #require(attendance["present"] as? [[String: String]])
        #expect(
            present == [["nickname": "Ayşe", "role": "deelnemer"], ["nickname": "wijkagent", "role": "professional"]])
        #expect(attendance["headcount"] as? [String: Int] == ["total": 14, "women": 9, "young": 3])

        let uses = try #require(meeting["prompt_uses"] as? [[String: Any]])
        #expect(uses.map { $0["prompt_id"] as? String } == record.promptUses.map(\.promptId))
        #expect(uses[0]["response"] as? String == "gemengd" && uses[0]["planned"] as? Bool == true)
        #expect(uses[1]["used_at"] as? String == "2026-12-08T19:58" && uses[1]["response"] == nil)
        let notes = try #require(meeting["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == record.notes.map(\.text))
        #expect(notes[0]["block_id"] as? String == first.blocks[0].id && notes[1]["block_id"] == nil)
        let signals = try #require(meeting["signals"] as? [[String: Any]])
        #expect(signals.first?["category"] as? String == "huwelijksdwang")
        #expect(signals.first?["response"] as? String == "warme-verwijzing")
        #expect(signals.first?["follow_up"] as? String == "2026-12-22T00:00")
        #expect(signals.first?["at"] as? String == "2026-12-08T19:55")
        let themes = try #require(meeting["raised_themes"] as? [[String: Any]])
        #expect(themes.map { $0["text"] as? String } == ["schoonfamilie"])

        let text = try laptop.run(["series", "show", "Vrouwen Schilderswijk"])
        #expect(text.stdout.contains(" · loopt, 2 aanwezig\n"), "\(text.stdout)")

        // plan show --format json is the same JSON, so it shows the meeting as held too.
        let plan1 = try laptop.run(["plan", "show", "Vrouwen Schilderswijk", "--meeting", "1", "--format", "json"])
        let planJSON = try #require(try JSONSerialization.jsonObject(with: Data(plan1.stdout.utf8)) as? [String: Any])
        let onlyMeeting = try #require((planJSON["meetings"] as? [[String: Any]])?.first)
        #expect((onlyMeeting["notes"] as? [[String: Any]])?.count == record.notes.count)
        #expect(onlyMeeting["started_at"] as? String == "2026-12-08T19:31")
    }
}

extension AppDatabase {
    /// Opens a meeting in live mode and stores its record, as the first action in it does.
    fileprivate func startLive(meetingId: String) throws {
        if let opened = try openLive(.meeting(id: meetingId)) { try saveLive(opened.record) }
    }
}

extension Laptop {
    /// A HTIB series for a women's group, its plan as stored, and the database it is in.
    fileprivate func newSeries() throws -> (SeriesPlan, AppDatabase) {
        let created = try run([
            "series", "new", "--method", "htib", "--name", "Vrouwen Schilderswijk", "--group", "vrouwen",
            "--dates", "2026-12-08T19:30,2026-12-15T19:30,2026-12-22T19:30",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let database = try AppDatabase.open(at: db)
        let series = try #require(try database.findSeries("Vrouwen Schilderswijk").first)
        return (try #require(try database.plan(seriesId: series.id)), database)
    }
}

import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// Withdrawing a mistaken record from the series summary, through the real run loop: `r`
/// opens what the meeting under the cursor recorded, `x` asks j/n, and a withdrawn signal
/// leaves the figures and the follow-ups but stays listed with its day.
@Suite("Correcting a record through the run loop")
struct RecordsLoopTests {
    /// "Vrouwen Zuid": meeting 1 held with an "acuut (112)" signal by mistake (to follow up on
    /// 30 November), meeting 2 and 3 not held.
    func database() throws -> (AppDatabase, SeriesPlan) {
        let women = Fixtures.plan(
            Fixtures.overviewSeries(1, name: "Vrouwen Zuid"),
            starts: ["2026-11-17T19:30", "2026-11-24T19:30", "2026-12-08T19:30"].map(Fixtures.date))
        let database = try AppDatabase.inMemory()
        try database.insertPlan(women, now: Fixtures.now)
        try database.saveLive(
            Fixtures.heldRecord(
                of: women, number: 1, ended: Fixtures.date("2026-11-17T21:30"), signals: [.acuut112],
                followUp: Fixtures.date("2026-11-30T00:00"), themes: ["Werk zoeken"]))
        return (database, women)
    }

    func acute(_ database: AppDatabase) throws -> Int {
        try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM signal WHERE response = 'acuut-112'") ?? -1
        }
    }

    @Test func aMistakenSignalIsWithdrawnAfterJa() throws {
        let (database, women) = try database()
        let terminal = MemoryTerminal()
        // The overzicht, into the series, its record of meeting 1; down to the signal (the theme
        // was recorded at the same minute and comes first).
        terminal.send(.key(.character("o")), .key(.enter), .key(.character("r")))
        terminal.send(.key(.down), .key(.character("x")), .key(.character("j")), .key(.character("q")))
        terminal.send(.key(.character("q")), .key(.character("q")), .key(.character("q")))
        #expect(makeLoop(terminal, database: database).run() == .quit)

        let screens = terminal.presented.map(\.text)
        let list = try #require(screens.first { $0.contains("Vastgelegd in bijeenkomst 1") })
        #expect(list.contains("signaal") && list.contains("Werk zoeken"))
        #expect(screens.contains { $0.contains("intrekken? Het telt dan nergens meer mee. j/n") })
        #expect(screens.contains { $0.contains("ingetrokken op") && $0.contains("Vastgelegd in bijeenkomst 1") })
        #expect(try acute(database) == 0)
        #expect(try database.followUps().isEmpty)
        let meetingId = women.meetings[0].meeting.id
        let withdrawn = try database.meetingEntries(meetingId: meetingId).filter(\.withdrawn)
        #expect(withdrawn.map(\.kind) == [.signal])
    }

    @Test func neeKeepsTheRecordAndAMeetingNotStartedHasNone() throws {
        let (database, _) = try database()
        let terminal = MemoryTerminal()
        terminal.send(.key(.character("o")), .key(.enter), .key(.character("r")))
        terminal.send(.key(.character("x")), .key(.character("n")), .key(.escape))
        // Meeting 2 has not started: nothing to show.
        terminal.send(.key(.right), .key(.character("r")))
        terminal.send(.key(.character("q")), .key(.character("q")), .key(.character("q")))
        #expect(makeLoop(terminal, database: database).run() == .quit)
        let screens = terminal.presented.map(\.text)
        #expect(screens.contains { $0.contains("j/n") })
        #expect(screens.contains { $0.contains("Bijeenkomst 2 is nog niet begonnen") })
        #expect(!screens.contains { $0.contains("ingetrokken op") })
        #expect(try acute(database) == 1)
        #expect(try database.followUps().count == 1)
    }
}

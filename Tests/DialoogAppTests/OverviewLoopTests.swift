import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// The overzicht driven through the real run loop over a database with two series: the start
/// screen's follow-ups, the overzicht, a filter, the drill-down into a series, and a follow-up
/// marked done, each checked on the screen and in the rows.
@Suite("Overzicht through the run loop")
struct OverviewLoopTests {
    /// "Vrouwen Zuid" (HTIB, Den Haag): meetings 1 and 2 held in November, a signal to follow
    /// up on 30 November (overdue on 1 December). "Ouders Noord" (IOT, Utrecht): all three
    /// held in September, last quarter.
    func database() throws -> (AppDatabase, women: SeriesPlan, parents: SeriesPlan) {
        let women = Fixtures.plan(
            Fixtures.overviewSeries(1, name: "Vrouwen Zuid"),
            starts: ["2026-11-17T19:30", "2026-11-24T19:30", "2026-12-08T19:30"].map(Fixtures.date))
        let parents = Fixtures.plan(
            Fixtures.overviewSeries(2, name: "Ouders Noord", organisation: "IOT", municipality: "Utrecht"),
            starts: ["2026-09-08T19:30", "2026-09-15T19:30", "2026-09-22T19:30"].map(Fixtures.date))
        let database = try AppDatabase.inMemory()
        for plan in [women, parents] { try database.insertPlan(plan, now: Fixtures.now) }
        let people = Fixtures.people(["Ayşe", "Fatma K.", "Nora"], series: 1, seriesId: women.id)
        try database.saveLive(
            Fixtures.heldRecord(
                of: women, number: 1, ended: Fixtures.date("2026-11-17T21:30"), participants: people,
                present: ["Ayşe", "Fatma K.", "Nora"]))
        try database.saveLive(
            Fixtures.heldRecord(
                of: women, number: 2, ended: Fixtures.date("2026-11-24T21:30"), participants: people,
                present: ["Ayşe", "Nora"], signals: [.warmeVerwijzing], followUp: Fixtures.date("2026-11-30T00:00")))
        for number in 1...3 {
            try database.saveLive(
                Fixtures.heldRecord(
                    of: parents, number: number, ended: Fixtures.date("2026-09-\(number * 7 + 1)T21:30"),
                    headcount: 10))
        }
        return (database, women, parents)
    }

    @Test func aCoordinatorFiltersDrillsIntoASeriesAndMarksAFollowUpDone() throws {
        let (database, _, _) = try database()
        let terminal = MemoryTerminal()
        // The overzicht; the filter panel, down to the period, on to this quarter.
        terminal.send(.key(.character("o")), .key(.character("f")))
        for _ in 0..<4 { terminal.send(.key(.down)) }
        terminal.send(.key(.right), .key(.right), .key(.escape))
        // Into the one series left, and back.
        terminal.send(.key(.enter), .key(.character("q")))
        // The follow-ups tab: the overdue signal is done.
        terminal.send(.key(.tab), .key(.tab), .key(.character(" ")))
        // Back to the start screen, and out.
        terminal.send(.key(.character("q")), .key(.character("q")))
        let loop = makeLoop(terminal, database: database)
        #expect(loop.run() == .quit)

        let screens = terminal.presented.map(\.text)
        // The start screen listed the overdue follow-up.
        #expect(screens.first?.contains("OPVOLGEN (1)") == true)
        #expect(screens.first?.contains("Vrouwen Zuid · bijeenkomst 2 · signaal · te laat") == true)
        // Both series on the overzicht, then only this quarter's.
        #expect(screens.contains { $0.contains(" Series (2) ") && $0.contains("Ouders Noord") })
        let filtered = try #require(
            screens.first { $0.contains("dit kwartaal (1 okt–31 dec)") && $0.contains(" Series (1) ") })
        #expect(filtered.contains("Vrouwen Zuid") && !filtered.contains("Ouders Noord"))
        // The series at a glance: who came to each meeting.
        let summary = try #require(screens.first { $0.contains("OPKOMST PER BIJEENKOMST") })
        #expect(summary.contains("dialoog · Vrouwen Zuid"))
        #expect(summary.contains("3 van 12 verwacht") && summary.contains("2 van 12 verwacht"))
        // The follow-up is done in the database, and gone from the start screen.
        let done = try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM signal WHERE followedUpAt IS NOT NULL") ?? -1
        }
        #expect(done == 1)
        #expect(try database.followUps().isEmpty)
        let last = try #require(terminal.lastScreen).text
        #expect(last.contains("SERIES (2)") && !last.contains("OPVOLGEN"))
    }
}

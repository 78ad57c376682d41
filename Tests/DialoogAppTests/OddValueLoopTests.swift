import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogApp

/// Values dialoog never writes, planted while the program runs (another tool, a hand edit with
/// the CHECKs off): every screen that reads the store refuses on its status line and keeps
/// running, never a trap.
@Suite("Odd stored values through the run loop")
struct OddValueLoopTests {
    private func database(planting sql: String) throws -> AppDatabase {
        let plan = Fixtures.plan(
            Fixtures.overviewSeries(1, name: "Vrouwen Zuid"),
            starts: ["2026-11-17T19:30", "2026-11-24T19:30", "2026-12-08T19:30"].map(Fixtures.date))
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        return database
    }

    static let plantings = [
        "UPDATE meeting SET state = 'weird' WHERE number = 1",
        "UPDATE meeting SET startsAt = 'garbage' WHERE number = 1",
        "UPDATE block SET minutes = 4611686018427387904",
    ]

    @Test(arguments: plantings)
    func thePlannerLiveAndTheOverzichtRefuseWithoutATrap(_ sql: String) throws {
        let database = try database(planting: sql)
        let terminal = MemoryTerminal()
        // The planner (Enter on the series), live mode (r), the overzicht and its summary.
        terminal.send(.key(.enter), .key(.character("q")), .key(.character("q")))
        terminal.send(.key(.character("r")), .key(.character("q")), .key(.character("q")))
        terminal.send(.key(.character("o")), .key(.enter), .key(.character("q")), .key(.character("q")))
        terminal.send(.key(.character("q")), .key(.character("q")))
        #expect(makeLoop(terminal, database: database).run() == .quit)
        let screens = terminal.presented.map(\.text)
        // The refusal names the table and the value, in Dutch, not GRDB's English.
        #expect(!screens.contains { $0.contains("could not decode") })
        if !sql.contains("minutes") {
            // The reason first and the path last, so the status line shows the value read.
            let value = sql.contains("weird") ? "'weird'" : "'garbage'"
            #expect(screens.contains { $0.contains("Onleesbare waarde \(value) in meeting.") })
        }
    }
}

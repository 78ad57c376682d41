import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// A failure met by an effect reaches the screen in the language of the moment it is drawn.
@Suite("Failures through the run loop")
struct FailureLoopTests {
    @Test func aFinishedSeriesSaysSoInEnglishAfterTheLanguageSwitch() throws {
        let plan = Fixtures.plan()
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        try database.writer.write { db in try db.execute(sql: "UPDATE meeting SET state = 'ended'") }
        let terminal = MemoryTerminal(size: TerminalSize(width: 160, height: 24))
        // Started in Dutch; switched to English; r asks for the next meeting of the series.
        terminal.send(.key(.character(":")))
        terminal.type("taal en")
        terminal.send(.key(.enter), .key(.character("r")), .key(.character("q")))
        let clock = FixedClock(Fixtures.now)
        let state = AppState(
            now: clock.now(), size: terminal.size, language: .nl, calendar: Fixtures.calendar,
            databasePath: ":memory:")
        let loop = MainLoop(
            state: state, terminal: terminal,
            effects: EffectRunner(database: database, clock: clock) { () throws(CLIError) in Fixtures.shipped },
            clock: clock)
        #expect(loop.run() == .quit)

        let screens = terminal.presented.map(\.text)
        let failed = try #require(screens.last { $0.contains("could not be opened") })
        #expect(failed.contains("The meeting could not be opened: Every meeting of '\(plan.series.name)' has ended"))
        #expect(!screens.contains { $0.contains("Alle bijeenkomsten") })
    }
}

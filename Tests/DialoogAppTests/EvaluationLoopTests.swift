import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// The evaluation form driven through the real run loop over a database: a meeting is closed,
/// its form opens, keys fill it in, and the rows say what the keys did; later `e` on the start
/// screen opens it again as stored.
@Suite("Evaluation through the run loop")
struct EvaluationLoopTests {
    let plan = Fixtures.plan()

    func int(_ database: AppDatabase, _ sql: String) throws -> Int? {
        try database.reader.read { db in try Int.fetchOne(db, sql: sql) }
    }

    func text(_ database: AppDatabase, _ sql: String) throws -> String? {
        try database.reader.read { db in try String.fetchOne(db, sql: sql) }
    }

    func date(_ database: AppDatabase, _ sql: String) throws -> Date? {
        try database.reader.read { db in try Date.fetchOne(db, sql: sql) }
    }

    func keys(_ terminal: MemoryTerminal, _ characters: String) {
        for character in characters { terminal.send(.key(.character(character))) }
    }

    /// Meeting 1 run and closed: Sara came, the first prompt of the first block with prompts
    /// met an open response, the group raised a theme.
    func closeMeeting(on terminal: MemoryTerminal) throws {
        let meeting = plan.meetings[0]
        let withPrompts = try #require(meeting.blocks.firstIndex { !$0.prompts.isEmpty })
        keys(terminal, " a+")
        terminal.type("Sara")
        terminal.send(.key(.enter), .key(.escape))
        for _ in 0..<withPrompts { keys(terminal, "n") }
        keys(terminal, "s1")
        terminal.send(.key(.escape))
        keys(terminal, "st")
        terminal.type("schoonfamilie")
        terminal.send(.key(.enter), .key(.escape))
        keys(terminal, "e")
        terminal.send(.key(.enter))
    }

    @Test func closingAMeetingOpensItsFormAndEveryKeyIsInTheRows() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let meeting = plan.meetings[0]
        let terminal = MemoryTerminal()
        try closeMeeting(on: terminal)
        // One more expected; atmosphere 4, safety 3.
        keys(terminal, "+j4j3")
        // Down to the raised themes: one more; then an agreement.
        keys(terminal, "jjjjj+")
        terminal.type("geld")
        terminal.send(.key(.enter))
        keys(terminal, "j+")
        terminal.type("We nemen een verhaal mee")
        terminal.send(.key(.enter))
        // Advice to the municipality, one line.
        keys(terminal, "j+")
        terminal.type("Meer lotgenotencontact voor ouders")
        terminal.send(.key(.enter))
        // Hands: five found it useful, one partly, nobody said no.
        keys(terminal, "j")
        terminal.send(.key(.enter))
        keys(terminal, "5")
        terminal.send(.key(.enter))
        keys(terminal, "1")
        terminal.send(.key(.enter), .key(.enter))
        // Collaboration 4, three hours, 45 euros typed.
        keys(terminal, "jjj4j+++j")
        terminal.send(.key(.enter))
        keys(terminal, "45")
        terminal.send(.key(.enter))
        // Aftercare on; a low wellbeing, and intervisie with one key.
        keys(terminal, "j jj2i")
        // Back to the start screen, then out.
        keys(terminal, "qq")
        let loop = makeLoop(
            terminal, database: database, clock: SteppingClock(start: Fixtures.now, step: 30),
            launch: .series(id: plan.id))
        #expect(loop.run() == .quit)

        let id = meeting.meeting.id
        let row = "FROM evaluation WHERE meetingId = '\(id)'"
        #expect(try int(database, "SELECT count(*) \(row)") == 1)
        #expect(try int(database, "SELECT expected \(row)") == 13)
        #expect(try int(database, "SELECT atmosphere \(row)") == 4)
        #expect(try int(database, "SELECT safety \(row)") == 3)
        #expect(try int(database, "SELECT openness \(row)") == nil)
        #expect(try text(database, "SELECT agreements \(row)") == #"["We nemen een verhaal mee"]"#)
        #expect(try text(database, "SELECT recommendations \(row)") == #"["Meer lotgenotencontact voor ouders"]"#)
        #expect(try int(database, "SELECT collaboration \(row)") == 4)
        #expect(try int(database, "SELECT volunteerHours \(row)") == 3)
        #expect(try int(database, "SELECT expenses \(row)") == 45)
        #expect(try int(database, "SELECT usefulYes \(row)") == 5)
        #expect(try int(database, "SELECT usefulPartly \(row)") == 1)
        #expect(try int(database, "SELECT usefulNo \(row)") == nil)
        #expect(try int(database, "SELECT wellbeing \(row)") == 2)
        // Counted from the day the meeting was held (1 December), not the day it was planned (8 December).
        #expect(try date(database, "SELECT aftercareDue \(row)") == Fixtures.date("2027-01-26T00:00"))
        #expect(try date(database, "SELECT intervisieDue \(row)") == Fixtures.date("2026-12-15T00:00"))
        // The prompt met openly was ticked as a hint and stored with the first change.
        let used = try #require(try text(database, "SELECT promptId FROM promptUse"))
        #expect(try text(database, "SELECT landed \(row)") == "[\"\(used)\"]")
        // The raised themes: live mode's and the form's, in order.
        let themes = try database.reader.read { db in
            try String.fetchAll(
                db, sql: "SELECT text FROM raisedTheme WHERE meetingId = ? ORDER BY position", arguments: [id])
        }
        #expect(themes == ["schoonfamilie", "geld"])
        // The agreement comes back in meeting 2 as a block.
        let next = plan.meetings[1].meeting.id
        #expect(
            try int(database, "SELECT count(*) FROM block WHERE agreementsOf = '\(id)' AND meetingId = '\(next)'") == 1)
        // The form opened with the live message, then the start screen came back.
        let form = try #require(terminal.presented.first { $0.text.contains("BIJEENKOMST 1") })
        #expect(form.text.contains("Bijeenkomst 1 is afgesloten"))
        #expect(try #require(terminal.lastScreen).text.contains("SERIES (1)"))
    }

    @Test func eOnTheStartScreenReopensTheFormAsStored() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let first = MemoryTerminal()
        try closeMeeting(on: first)
        keys(first, "j4qq")
        let clock = SteppingClock(start: Fixtures.now, step: 30)
        #expect(makeLoop(first, database: database, clock: clock, launch: .series(id: plan.id)).run() == .quit)

        // Plain dialoog later: e opens the evaluation of the meeting that ended last.
        let second = MemoryTerminal()
        keys(second, "ejj5")
        let loop = makeLoop(second, database: database, clock: FixedClock(Fixtures.date("2026-12-09T10:00")))
        #expect(loop.run() == .inputClosed)
        #expect(loop.state.screen == .evaluation)
        let id = plan.meetings[0].meeting.id
        #expect(try int(database, "SELECT atmosphere FROM evaluation WHERE meetingId = '\(id)'") == 4)
        #expect(try int(database, "SELECT safety FROM evaluation WHERE meetingId = '\(id)'") == 5)
        let reopened = try #require(second.presented.first { $0.text.contains("BIJEENKOMST 1") }).text
        #expect(reopened.contains("●●●●○ 4"))
    }

    @Test func eOnASeriesWithNothingEndedSaysSo() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let terminal = MemoryTerminal()
        keys(terminal, "e")
        let loop = makeLoop(terminal, database: database, clock: FixedClock(Fixtures.now))
        #expect(loop.run() == .inputClosed)
        #expect(loop.state.screen == .start)
        #expect(
            try #require(terminal.lastScreen).text.contains(
                "Vrouwengroep Schilderswijk': nog geen afgesloten bijeenkomst om te evalueren."))
        #expect(try int(database, "SELECT count(*) FROM evaluation") == 0)
    }
}

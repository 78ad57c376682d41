import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// A whole meeting driven through the real run loop over a database: what the keys did is
/// in the rows, and a second process finds the meeting where the first one left it.
@Suite("Live meeting through the run loop")
struct LiveLoopTests {
    let plan = Fixtures.plan()

    func count(_ database: AppDatabase, _ sql: String) throws -> Int {
        try database.reader.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    @Test func aWholeMeetingIsInTheDatabaseKeyByKey() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let meeting = plan.meetings[0]
        let withPrompts = try #require(meeting.blocks.firstIndex { !$0.prompts.isEmpty })
        let terminal = MemoryTerminal()
        // The timer starts; two people come in.
        terminal.send(.key(.character(" ")), .key(.character("a")), .key(.character("+")))
        terminal.type("Fatma Y.")
        terminal.send(.key(.enter), .key(.character("+")))
        terminal.type("AK")
        terminal.send(.key(.enter), .key(.escape))
        // On to the first block with prompts; the first is used and the group is open.
        for _ in 0..<withPrompts { terminal.send(.key(.character("n"))) }
        terminal.send(.key(.character("s")), .key(.character("1")), .key(.escape))
        // A note, a signal, a theme the group raised.
        terminal.send(.key(.character("m")))
        terminal.type("Groep komt los")
        terminal.send(.key(.enter), .key(.character("v")), .key(.enter))
        terminal.send(.key(.character("s")), .key(.character("t")))
        terminal.type("schoonfamilie")
        terminal.send(.key(.enter), .key(.escape))
        // The privacy screen, and back; then the meeting closes and its evaluation opens, which
        // q leaves for the start screen.
        terminal.send(.key(.character("b")), .key(.character("x")), .key(.character("e")), .key(.enter))
        terminal.send(.key(.character("q")), .key(.character("q")))
        let clock = SteppingClock(start: Fixtures.now, step: 30)
        let loop = makeLoop(terminal, database: database, clock: clock, launch: .series(id: plan.id))
        #expect(loop.run() == .quit)

        let stored = try #require(try database.liveMeeting(meetingId: meeting.id))
        let record = stored.record
        #expect(record.state == .ended && record.endedAt != nil)
        #expect(record.participants.map(\.nickname).sorted() == ["AK", "Fatma Y."])
        #expect(record.present.count == 2)
        #expect(record.promptUses.map(\.promptId) == [meeting.blocks[withPrompts].prompts[0]])
        #expect(record.promptUses.first?.response == .open && record.promptUses.first?.planned == true)
        #expect(record.notes.map(\.text) == ["Groep komt los"])
        #expect(record.notes.first?.blockId == meeting.blocks[withPrompts].id)
        #expect(record.signals.count == 1)
        #expect(record.raisedThemes.map(\.text) == ["schoonfamilie"])
        // The timer ran from the first key to the end, block by block, without a gap.
        #expect(record.segments.count == withPrompts + 1)
        #expect(record.segments.allSatisfy { $0.end != nil })
        for (earlier, later) in zip(record.segments, record.segments.dropFirst()) {
            #expect(earlier.end == later.start)
        }
        #expect(record.segments.map(\.blockId) == meeting.blocks.prefix(withPrompts + 1).map(\.id))
        #expect(record.segments.last?.end == record.endedAt)
        // Rows, counted in SQL: exactly what the keys made, nothing twice.
        #expect(try count(database, "SELECT count(*) FROM participant") == 2)
        #expect(try count(database, "SELECT count(*) FROM attendance WHERE present = 1") == 2)
        #expect(try count(database, "SELECT count(*) FROM promptUse") == 1)
        #expect(try count(database, "SELECT count(*) FROM note") == 1)
        #expect(try count(database, "SELECT count(*) FROM signal") == 1)
        #expect(try count(database, "SELECT count(*) FROM raisedTheme") == 1)
        #expect(try count(database, "SELECT count(*) FROM timerSegment") == withPrompts + 1)
        #expect(try count(database, "SELECT count(*) FROM meeting WHERE state = 'running'") == 0)
        // The evaluation form said so first, then the start screen was back.
        let form = try #require(terminal.presented.first { $0.text.contains("BIJEENKOMST 1") })
        #expect(form.text.contains("Bijeenkomst 1 is afgesloten"))
        #expect(try #require(terminal.lastScreen).text.contains("SERIES (1)"))
    }

    @Test func aPastedParagraphIsNoteTextAndPressesNoKey() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let meeting = plan.meetings[0]
        // 10,000 characters of lines that start with live mode's keys: space starts the timer,
        // n goes on, e ends, q leaves, b hides the screen; Enter would save the note.
        var paragraph = ""
        while paragraph.count < 10_000 { paragraph += "e q n b \r\n" + "Wij spraken 🇳🇱 over schoonfamilie.\n" }
        paragraph = String(paragraph.prefix(10_000))
        let terminal = MemoryTerminal()
        // Pasted on the live screen itself, where nothing is typed: nothing happens.
        terminal.paste("e\nq\n")
        terminal.send(.key(.character("m")))
        terminal.paste(paragraph)
        terminal.send(.idle)
        let clock = SteppingClock(start: Fixtures.now, step: 30)
        let loop = makeLoop(terminal, database: database, clock: clock, launch: .series(id: plan.id))
        #expect(loop.run() == .inputClosed)

        guard case .note(let note) = loop.state.live.panel else {
            Issue.record("the note is not open: \(String(describing: loop.state.live.panel))")
            return
        }
        #expect(note.used == LiveNote.maxLength)
        #expect(note.overflowed)
        #expect(!note.text.contains("\n") && !note.text.contains("\r"))
        #expect(note.text.hasPrefix("e q n b  Wij spraken 🇳🇱 over schoonfamilie. e q n b  Wij"))
        #expect(loop.state.live.hidden == false)
        #expect(loop.state.live.meeting?.currentIndex == 0)
        let screen = try #require(terminal.lastScreen).text
        #expect(screen.contains("\(LiveNote.maxLength)/\(LiveNote.maxLength)"))
        // No key fired: the timer never ran, the meeting is still open, nothing was stored.
        let stored = try #require(try database.liveMeeting(meetingId: meeting.id))
        #expect(stored.record.state != .ended)
        #expect(stored.record.segments.isEmpty)
        #expect(stored.record.notes.isEmpty)
    }

    @Test func aNoteIsEditedWhereTheCursorIs() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let terminal = MemoryTerminal()
        terminal.send(.key(.character("m")))
        terminal.type("Groep los")
        terminal.send(.key(.alt("b")), .key(.left))
        terminal.type(" komt")
        terminal.send(.key(.control("e")))
        terminal.type(" en moe")
        terminal.send(.key(.control("w")), .key(.control("w")), .key(.backspace), .key(.home), .key(.delete))
        terminal.type("g")
        terminal.send(.key(.enter))
        let clock = SteppingClock(start: Fixtures.now, step: 30)
        let loop = makeLoop(terminal, database: database, clock: clock, launch: .series(id: plan.id))
        #expect(loop.run() == .inputClosed)
        let stored = try #require(try database.liveMeeting(meetingId: plan.meetings[0].id))
        #expect(stored.record.notes.map(\.text) == ["groep komt los"])
    }

    @Test func aKilledProgramReopensTheMeetingWithTheSameScreenAndTimer() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let first = MemoryTerminal()
        first.send(.key(.character(" ")), .key(.character("n")), .key(.character("a")), .key(.character("+")))
        first.type("Sara")
        first.send(.key(.enter), .key(.escape))
        // The script ends without quitting: the process is gone as after kill -9.
        let clock = SteppingClock(start: Fixtures.now, step: 45)
        let before = makeLoop(first, database: database, clock: clock, launch: .series(id: plan.id))
        #expect(before.run() == .inputClosed)
        let left = try #require(before.state.live.meeting)
        #expect(left.record.isRunning && left.currentIndex == 1)

        // A new process, plain `dialoog`, at the moment the first one last drew.
        let second = MemoryTerminal()
        let after = makeLoop(second, database: database, clock: FixedClock(before.state.now))
        #expect(after.run() == .inputClosed)
        #expect(after.state.screen == .live)
        #expect(after.state.live.meeting?.record == left.record)
        #expect(after.state.live.meeting?.currentIndex == 1)
        // The same screen the first process would draw at that moment.
        let reopened = try #require(second.lastScreen)
        #expect(reopened.text == Renderer.render(before.state).text)

        // Ten minutes later the block's timer has gone on by ten minutes.
        let later = MemoryTerminal()
        let third = makeLoop(later, database: database, clock: FixedClock(before.state.now + 600))
        _ = third.run()
        let meeting = try #require(third.state.live.meeting)
        let block = meeting.blocks[1]
        #expect(meeting.elapsed(block, at: third.state.now) == left.elapsed(block, at: before.state.now) + 600)
    }

    @Test func leavingKeepsTheMeetingOpenAndRReturnsToIt() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(plan, now: Fixtures.now)
        let terminal = MemoryTerminal()
        terminal.send(.key(.character(" ")), .key(.character("q")), .key(.character("r")), .key(.character("q")))
        terminal.send(.key(.character("q")))
        let loop = makeLoop(terminal, database: database, clock: FixedClock(Fixtures.now), launch: .series(id: plan.id))
        #expect(loop.run() == .quit)
        #expect(try count(database, "SELECT count(*) FROM meeting WHERE state = 'running'") == 1)
        #expect(try count(database, "SELECT count(*) FROM timerSegment WHERE \"end\" IS NULL") == 1)
        #expect(terminal.presented.contains { $0.text.contains("Bijeenkomst 1 loopt nog") })
    }
}

import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// The mouse through the real run loop: asked for at start, a click chooses a series, and
/// `:muis uit` gives the terminal its selection back and ignores clicks.
@Suite("Mouse in the run loop")
struct MouseLoopTests {
    func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try MainLoopTests().insertSample(database)
        return database
    }

    /// The series not under the cursor at start, and its row on the start screen.
    func otherSeries(in database: AppDatabase) throws -> (name: String, y: Int) {
        let terminal = MemoryTerminal(script: [.idle])
        _ = makeLoop(terminal, database: database).run()
        let rows = try #require(terminal.lastScreen).text.split(separator: "\n", omittingEmptySubsequences: false)
        for name in ["Ouders Kanaleneiland", "Vrouwengroep Schilderswijk"] {
            if let y = rows.lastIndex(where: { $0.contains(name) }), !rows[y].contains("▶") { return (name, y) }
        }
        throw CancellationError()
    }

    @Test func aClickChoosesTheSeriesUnderIt() throws {
        let database = try database()
        let (name, y) = try otherSeries(in: database)
        let terminal = MemoryTerminal(script: [.idle, .mouse(MouseEvent(.press, x: 20, y: y))])
        let loop = makeLoop(terminal, database: database)
        _ = loop.run()
        #expect(terminal.mouseRequests.first == true)
        #expect(loop.state.selectedSeries?.series.name == name)
        let pointed = try #require(terminal.lastScreen).text.split(separator: "\n").filter { $0.contains("▶") }
        #expect(pointed.count == 1 && pointed.first?.contains(name) == true)
    }

    @Test func withTheMouseOffClicksAreIgnored() throws {
        let database = try database()
        let (name, y) = try otherSeries(in: database)
        var script: [MemoryTerminal.Step] = [.idle, .key(.character(":"))]
        script += "muis uit".map { .key(.character($0)) }
        script += [.key(.enter), .mouse(MouseEvent(.press, x: 20, y: y))]
        let terminal = MemoryTerminal(script: script)
        let loop = makeLoop(terminal, database: database)
        _ = loop.run()
        #expect(terminal.mouseRequests == [true, false])
        #expect(loop.state.selectedSeries?.series.name != name)
        #expect(!loop.state.mouseOn)
    }

    /// In a meeting a click on the agenda looks at a block and stores nothing; with the mouse
    /// turned off the same click does nothing at all.
    @Test func inAMeetingAClickLooksAtABlockUnlessTheMouseIsOff() throws {
        let plan = Fixtures.plan()
        for on in [true, false] {
            let database = try AppDatabase.inMemory()
            try database.insertPlan(plan, now: Fixtures.now)
            let terminal = MemoryTerminal()
            if !on {
                terminal.send(.key(.character(":")))
                terminal.type("muis uit")
                terminal.send(.key(.enter))
            }
            // The third block of the agenda, under its heading; then the wheel, one block on.
            terminal.send(
                .mouse(MouseEvent(.press, x: 12, y: Chrome.topRows + 3)),
                .mouse(MouseEvent(.wheelDown, x: 12, y: Chrome.topRows + 3)))
            let loop = makeLoop(terminal, database: database, launch: .series(id: plan.id))
            _ = loop.run()
            #expect(loop.state.inputMode == .live)
            #expect(loop.state.live.looking == (on ? 3 : nil), "mouse \(on)")
            // Opening stored the record or not; either way no timer ran and no block was left.
            let stored = try database.liveMeeting(meetingId: plan.meetings[0].id)?.record
            #expect(stored?.segments.isEmpty ?? true)
            #expect(loop.state.live.meeting?.currentIndex == 0)
        }
    }
}

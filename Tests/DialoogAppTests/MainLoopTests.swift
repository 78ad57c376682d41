import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Synchronization
import Testing

@testable import DialoogApp

/// A clock that moves on by a fixed step each time it is read.
final class SteppingClock: AppClock {
    private let current: Mutex<Date>
    let step: TimeInterval

    init(start: Date, step: TimeInterval) {
        current = Mutex(start)
        self.step = step
    }

    func now() -> Date {
        current.withLock { date in
            defer { date += step }
            return date
        }
    }
}

@Suite("Run loop through a MemoryTerminal")
struct MainLoopTests {
    func insertSample(_ database: AppDatabase) throws {
        try database.writer.write { db in
            let series = Series(
                name: "Ouders Kanaleneiland", methodId: "yeni-pencere", organisation: "IOT",
                municipality: "Utrecht", createdAt: Fixtures.now)
            try series.insert(db)
            try Meeting(seriesId: series.id, number: 1, startsAt: Fixtures.date("2026-11-17T19:30"), state: .ended)
                .insert(db)
            try Meeting(seriesId: series.id, number: 2, startsAt: Fixtures.date("2026-12-01T19:30")).insert(db)
            let other = Series(
                name: "Vrouwengroep Schilderswijk", methodId: "htib", organisation: "HTIB",
                municipality: "Den Haag", createdAt: Fixtures.now)
            try other.insert(db)
            try Meeting(seriesId: other.id, number: 1, startsAt: Fixtures.date("2026-12-03T10:00")).insert(db)
        }
    }

    @Test func theHelpIsMeasuredWhenItOpensSoItScrollsToItsLastLine() throws {
        let database = try AppDatabase.inMemory()
        let terminal = MemoryTerminal(
            size: TerminalSize(width: 60, height: 16),
            script: [.key(.character("?")), .key(.end), .key(.escape), .key(.character("q"))])
        #expect(makeLoop(terminal, database: database).run() == .quit)
        let end = try #require(
            terminal.presented.first {
                $0.text.contains("Toetsen") && $0.text.contains("dialoog verlaten")
                    && $0.text.contains("alle open opvolging")
            })
        #expect(end.text.contains("alle open opvolging"), "the last line of the start screen's help")
    }

    @Test func theFirstFrameShowsTheSeriesFromTheDatabase() throws {
        let database = try AppDatabase.inMemory()
        try insertSample(database)
        let terminal = MemoryTerminal(script: [.key(.character("q"))])
        #expect(makeLoop(terminal, database: database).run() == .quit)
        let first = try #require(terminal.presented.first).text
        #expect(first.contains("vandaag 19:30"))
        #expect(first.contains("Ouders Kanaleneiland · bijeenkomst 2/3 · Utrecht"))
        #expect(first.contains("▶ Ouders Kanaleneiland"))
        #expect(first.contains("1/3 gehouden"))
        #expect(terminal.presented.count == 1)
    }

    @Test func keysMoveTheSelectionAndOpenTheHelp() throws {
        let database = try AppDatabase.inMemory()
        try insertSample(database)
        let terminal = MemoryTerminal(script: [.key(.down), .key(.character("?"))])
        let loop = makeLoop(terminal, database: database)
        #expect(loop.run() == .inputClosed)
        #expect(loop.state.selectedSeries?.series.name == "Vrouwengroep Schilderswijk")
        let last = try #require(terminal.lastScreen).text
        #expect(last.contains("Toetsen · startscherm"))
        #expect(last.contains("dialoog verlaten"))
    }

    @Test func aThemeChangeRepaintsEverythingOnce() throws {
        let database = try AppDatabase.inMemory()
        let terminal = MemoryTerminal()
        terminal.type(":theme licht")
        terminal.send(.key(.enter), .key(.character("q")))
        _ = makeLoop(terminal, database: database).run()
        #expect(terminal.themes.last == .light)
        #expect(terminal.fullRepaints == 2)  // the first frame and the theme change
        #expect(try #require(terminal.lastScreen).text.contains("Kleuren: licht."))
    }

    @Test func aTerminalWithoutColoursGetsMonochrome() throws {
        let terminal = MemoryTerminal(hasColors: false, script: [.key(.character("q"))])
        _ = makeLoop(terminal, database: try AppDatabase.inMemory()).run()
        #expect(terminal.themes == [.mono])
    }

    @Test func aTickThatChangesTheMinuteWritesOnlyTheClock() throws {
        let database = try AppDatabase.inMemory()
        try insertSample(database)
        let terminal = MemoryTerminal(script: [.idle, .idle, .idle])
        // Read at start, then once per event: 19:30:00, 19:30:30, 19:31:00, 19:31:30.
        let clock = SteppingClock(start: Fixtures.now, step: 30)
        // The effects read no clock of their own here, so the steps are the loop's alone.
        _ = makeLoop(
            terminal, database: database, clock: clock, now: Fixtures.now, effects: EffectRunner(database: database),
            measuredHelp: false
        ).run()
        // Nothing visible changed at 19:30:30 and 19:31:30: no frame was sent at all.
        #expect(terminal.presented.count == 2)
        #expect(terminal.cellsWritten.last == 1)
        #expect(try #require(terminal.lastScreen).text.contains("19:31"))
    }

    @Test func shrinkingBelowTheMinimumAndBackRedrawsTheScreen() throws {
        let database = try AppDatabase.inMemory()
        try insertSample(database)
        let terminal = MemoryTerminal(script: [
            .resize(TerminalSize(width: 50, height: 12)), .resize(TerminalSize(width: 80, height: 24)),
        ])
        _ = makeLoop(terminal, database: database).run()
        #expect(terminal.presented.map(\.size.width) == [80, 50, 80])
        #expect(terminal.presented[1].text.contains("te klein (50×12)"))
        #expect(terminal.presented[2] == terminal.presented[0])
    }

    @Test func aSignalEndsTheLoopAtOnce() throws {
        let terminal = MemoryTerminal(script: [.idle, .idle])
        let loop = makeLoop(terminal, database: try AppDatabase.inMemory(), hasSignal: { 15 })
        #expect(loop.run() == .signal(15))
    }

    @Test func theCommandLineQuits() throws {
        let terminal = MemoryTerminal()
        terminal.type(":q")
        terminal.send(.key(.enter), .key(.character("?")))
        let loop = makeLoop(terminal, database: try AppDatabase.inMemory())
        #expect(loop.run() == .quit)
        #expect(terminal.script == [.key(.character("?"))])
    }

    @Test func nothingIsWrittenToTheDatabaseByLooking() throws {
        let database = try AppDatabase.inMemory()
        try insertSample(database)
        func counts() throws -> [Int] {
            try database.reader.read { db in
                try ["series", "meeting", "participant", "attendance"].map {
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
                }
            }
        }
        let before = try counts()
        let terminal = MemoryTerminal(script: [.key(.down), .key(.up), .key(.character("?")), .key(.escape)])
        terminal.type(":theme mono")
        terminal.send(.key(.enter), .key(.character("q")))
        _ = makeLoop(terminal, database: database).run()
        #expect(try counts() == before)
        #expect(before == [2, 3, 0, 0])
    }

    /// The bibliotheek through the real loop: the content is read once, on first open, and a
    /// page scrolls to its last line and no further, also after the window grows.
    @Test func theBibliotheekReadsItsContentOnceAndScrollsToTheEndOfAPage() throws {
        let database = try AppDatabase.inMemory()
        let reads = Mutex(0)
        let effects = EffectRunner(database: database) { () throws(CLIError) in
            reads.withLock { $0 += 1 }
            return Fixtures.shipped
        }
        let terminal = MemoryTerminal(script: [
            .key(.character("b")), .key(.escape), .key(.character("b")), .key(.down), .key(.down), .key(.enter),
            .key(.character("G")), .resize(TerminalSize(width: 120, height: 40)), .key(.character("G")),
        ])
        let state = AppState(
            now: Fixtures.now, size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
            helpLength: Renderer.helpLengths())
        let loop = MainLoop(state: state, terminal: terminal, effects: effects, clock: FixedClock(Fixtures.now))
        #expect(loop.run() == .inputClosed)
        #expect(reads.withLock { $0 } == 1)
        #expect(loop.state.libraryState.page == .method("htib"))
        let length = try #require(LibraryScreen.pageLayout(loop.state)?.lines)
        #expect(loop.state.libraryState.pageLines == length)
        #expect(loop.state.libraryState.scroll == length - AppState.libraryBodyRows(in: loop.state.size))
        let last = try #require(terminal.lastScreen).text
        #expect(last.contains("van \(length)"))
        #expect(last.contains("Bron") || last.contains("BRON"))
    }

    @Test func aMissingContentFolderIsSaidOnTheStatusLine() throws {
        let database = try AppDatabase.inMemory()
        let effects = EffectRunner(database: database) { () throws(CLIError) in
            throw CLIError.contentNotFound(looked: ["/opt/dialoog/share/dialoog"])
        }
        let terminal = MemoryTerminal(script: [.key(.character("b"))])
        let state = AppState(
            now: Fixtures.now, size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
            helpLength: Renderer.helpLengths())
        let loop = MainLoop(state: state, terminal: terminal, effects: effects, clock: FixedClock(Fixtures.now))
        _ = loop.run()
        #expect(loop.state.screen == .start)
        let last = try #require(terminal.lastScreen).text
        #expect(last.contains(" Bibliotheek niet te lezen (dialoog check zegt waarom): De mappen methods/"))
    }

    /// A trainer makes a series through the form: the proposal is stored in one go, the planner
    /// opens on it, and each edit there is stored as it is made.
    @Test func aSeriesMadeThroughTheFormIsStoredAndOpensInThePlanner() throws {
        let database = try AppDatabase.inMemory()
        let effects = EffectRunner(database: database, clock: FixedClock(Fixtures.now)) { () throws(CLIError) in
            Fixtures.shipped
        }
        let htib = try #require(Fixtures.shipped.library.methods.firstIndex { $0.id == "htib" })
        let terminal = MemoryTerminal()
        terminal.send(.key(.character("n")))
        for _ in 0..<htib { terminal.send(.key(.right)) }
        terminal.send(.key(.down))
        terminal.type("Vrouwengroep Oost")
        terminal.send(.key(.tab), .key(.tab))
        terminal.type("Utrecht")
        terminal.send(.key(.tab))
        // A duo: one gespreksleider per line; an empty line below the last adds the next.
        terminal.type("AK")
        terminal.send(.key(.tab))
        terminal.type("Fatma")
        terminal.send(.key(.tab), .key(.tab), .key(.right), .key(.tab))
        terminal.type("tr, nl")
        terminal.send(.key(.tab), .key(.character(" ")), .key(.tab))
        terminal.type("12")
        terminal.send(.key(.tab))
        terminal.type("2026-12-08 19:30")
        terminal.send(.key(.tab), .key(.tab), .key(.tab), .key(.enter))
        // In the planner: one minute more for the first block, one item of the checklist.
        terminal.send(.key(.character("+")), .key(.character("c")), .key(.character(" ")), .key(.escape))
        terminal.send(.key(.character("q")), .key(.character("q")))
        let state = AppState(
            now: Fixtures.now, size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
            helpLength: Renderer.helpLengths())
        let loop = MainLoop(state: state, terminal: terminal, effects: effects, clock: FixedClock(Fixtures.now))
        #expect(loop.run() == .quit)

        let planner = try #require(terminal.presented.first { $0.text.contains("Vrouwengroep Oost is gemaakt") }).text
        #expect(planner.contains("Bijeenkomst 1"))
        #expect(planner.contains("19:30"))
        #expect(try #require(terminal.lastScreen).text.contains("▶ Vrouwengroep Oost"))

        let series = try #require(try database.allSeries().first)
        #expect(try database.allSeries().count == 1)
        #expect(series.name == "Vrouwengroep Oost" && series.methodId == "htib" && series.municipality == "Utrecht")
        #expect(series.facilitators == ["AK", "Fatma"] && series.languages == ["tr", "nl"])
        #expect(series.venue == .buurthuis && series.groups == [.vrouwen] && series.expectedGroupSize == 12)
        let stored = try #require(try database.plan(seriesId: series.id))
        let proposal = try SeriesProposal.make(
            series: series, library: Fixtures.shipped.library, starts: [Fixtures.date("2026-12-08T19:30"), nil, nil])
        #expect(stored.meetings.map(\.meeting.number) == [1, 2, 3])
        #expect(stored.meetings.map(\.meeting.startsAt) == [Fixtures.date("2026-12-08T19:30"), nil, nil])
        #expect(stored.meetings.map(\.blocks.count) == proposal.meetings.map(\.blocks.count))
        #expect(stored.meetings[0].blocks[0].minutes == proposal.meetings[0].blocks[0].minutes + 1)
        #expect(stored.meetings[0].blocks.map(\.title) == proposal.meetings[0].blocks.map(\.title))
        #expect(stored.checklist == [.sleutelpersonen])
        let done = try database.reader.read { db in
            try Date.fetchOne(db, sql: "SELECT doneAt FROM preparation WHERE seriesId = ?", arguments: [series.id])
        }
        #expect(done == Fixtures.now)
    }
}

import DialoogApp
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// Templates inside the program, through the run loop (issue 17): `S` in the planner writes
/// the template file the command line writes, and `n` then `s` on the start screen starts a new
/// series from it; a damaged file is said as `file:line: message` and the form keeps what was typed.
@Suite("Templates through the run loop")
struct TemplateLoopTests {
    /// A plan a trainer has worked on: a block retitled, one shortened.
    static var worked: SeriesPlan {
        var plan = Fixtures.plan()
        plan.meetings[1].blocks[0].title = "Terugblik op week 1"
        plan.meetings[0].blocks[1].minutes = 25
        return plan
    }

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-templates-\(UUID().uuidString)").path
    }

    static func loop(_ terminal: MemoryTerminal, database: AppDatabase, templates: String) -> MainLoop {
        let clock = FixedClock(Fixtures.now)
        let effects = EffectRunner(
            database: database, clock: clock, calendar: Fixtures.calendar, templateFolder: templates
        ) { () throws(CLIError) in Fixtures.shipped }
        let state = AppState(
            now: clock.now(), size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
            helpLength: Renderer.helpLengths())
        return MainLoop(state: state, terminal: terminal, effects: effects, clock: clock)
    }

    /// From the method field of a new HTIB form: the name typed, then Enter through name,
    /// organisation, municipality, gespreksleider, venue, languages, group, size and the three
    /// dates to the last line, and Enter there.
    static func fillAndMake(_ name: String, on terminal: MemoryTerminal) {
        terminal.send(.key(.tab))
        terminal.type(name)
        for _ in 0..<12 { terminal.send(.key(.enter)) }
    }

    @Test func aTemplateSavedInThePlannerStartsANewSeriesWithTheSameAgenda() throws {
        let templates = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let database = try AppDatabase.inMemory()
        let plan = Self.worked
        try database.insertPlan(plan, now: Fixtures.now)
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        // Enter opens the planner; S asks the name, the series' own; Enter saves; q goes back.
        terminal.send(.key(.enter), .key(.character("S")), .key(.enter))
        terminal.send(.key(.character("q")), .key(.character("n")), .key(.character("s")), .key(.enter))
        Self.fillAndMake("Vrouwen voorjaar", on: terminal)
        let loop = Self.loop(terminal, database: database, templates: templates)
        #expect(loop.run() == .inputClosed)

        let file = templates + "/Vrouwengroep Schilderswijk.yaml"
        #expect(FileManager.default.fileExists(atPath: file))
        let saved = try #require(terminal.presented.map(\.text).first { $0.contains("Sjabloon ‘Vrouwengroep") })
        #expect(saved.contains("bewaard"), "\(saved)")

        let made = try #require(try database.seriesOverviews().first { $0.series.name == "Vrouwen voorjaar" })
        let copy = try #require(try database.plan(seriesId: made.series.id))
        #expect(copy.series.methodId == plan.series.methodId)
        #expect(copy.series.facilitators.isEmpty, "a template carries no gespreksleiders")
        #expect(copy.meetings.map { $0.blocks.map(\.title) } == plan.meetings.map { $0.blocks.map(\.title) })
        #expect(copy.meetings.map { $0.blocks.map(\.minutes) } == plan.meetings.map { $0.blocks.map(\.minutes) })
        #expect(copy.meetings.map { $0.blocks.map(\.prompts) } == plan.meetings.map { $0.blocks.map(\.prompts) })
        let oldIds = Set(plan.meetings.flatMap { [$0.meeting.id] + $0.blocks.map(\.id) })
        #expect(oldIds.isDisjoint(with: copy.meetings.flatMap { [$0.meeting.id] + $0.blocks.map(\.id) }))
        #expect(loop.state.screen == .planner && loop.state.plannerState.plan?.id == made.series.id)
    }

    @Test func savingOverAnExistingTemplateAsksFirst() throws {
        let templates = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let database = try AppDatabase.inMemory()
        try database.insertPlan(Self.worked, now: Fixtures.now)
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        let file = templates + "/Vrouwengroep Schilderswijk.yaml"
        try "oud\n".write(toFile: file, atomically: true, encoding: .utf8)
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.send(.key(.enter), .key(.character("S")), .key(.enter), .key(.character("n")))
        let loop = Self.loop(terminal, database: database, templates: templates)
        #expect(loop.run() == .inputClosed)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "oud\n", "n leaves the template as it was")
        #expect(loop.state.status == .plan(.templateKept(name: "Vrouwengroep Schilderswijk")))

        let again = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        again.send(.key(.enter), .key(.character("S")), .key(.enter), .key(.character("j")))
        let second = Self.loop(again, database: database, templates: templates)
        #expect(second.run() == .inputClosed)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Terugblik op week 1"))
        guard case .plan(.templateSaved(_, _, let replaced)) = second.state.status else {
            Issue.record("\(String(describing: second.state.status))")
            return
        }
        #expect(replaced)
    }

    @Test func aMalformedTemplateSaysFileAndLineAndTheFormLosesNothing() throws {
        let templates = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: templates) }
        let database = try AppDatabase.inMemory()
        let folder = TemplateFolder(path: templates)
        _ = try folder.save(
            Self.worked, name: "kapot", library: Fixtures.shipped.library, calendar: Fixtures.calendar,
            now: Fixtures.now)
        let file = templates + "/kapot.yaml"
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        let damaged = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("minutes:") })
        let indent = lines[damaged].prefix { $0 == " " || $0 == "-" }
        lines[damaged] = String(indent) + "minutes: veel"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)

        let terminal = MemoryTerminal(size: TerminalSize(width: 120, height: 30))
        // The name typed first; then s, Enter on the only template.
        terminal.send(.key(.character("n")), .key(.tab))
        terminal.type("Ouders Overvecht")
        terminal.send(.key(.backTab), .key(.character("s")), .key(.enter))
        let loop = Self.loop(terminal, database: database, templates: templates)
        #expect(loop.run() == .inputClosed)
        guard case .plan(.templateUnreadable(let first, _)) = loop.state.status else {
            Issue.record("\(String(describing: loop.state.status))")
            return
        }
        #expect(first.file == file && first.line == damaged + 1)
        let screen = try #require(terminal.presented.last?.text)
        #expect(screen.contains("kapot.yaml:\(damaged + 1): "), "\(screen)")
        #expect(loop.state.newSeries?.name == "Ouders Overvecht", "what was typed stays")
        #expect(loop.state.newSeries?.template == nil)
        #expect(try database.seriesOverviews().isEmpty, "nothing made")
    }
}

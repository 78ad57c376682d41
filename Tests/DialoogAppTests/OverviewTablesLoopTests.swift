import DialoogAppTestSupport
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// The overzicht's Tabellen tab through the real run loop over the demo data: per
/// municipality, per method and per organisation the rows are the report's for the same
/// filter and period, and `P` writes the report of exactly that filter and period.
@Suite("Overzicht tables through the run loop")
struct OverviewTablesLoopTests {
    func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)
        _ = try database.insertDemo(data)
        return database
    }

    /// Opens the overzicht, sets the filter panel's period `periodSteps` choices on and shows
    /// the demo series (the demo data is all there is); `organisation` steps the organisation
    /// filter on too.
    func filterKeys(_ terminal: MemoryTerminal, periodSteps: Int, organisation: Bool = false) {
        terminal.send(.key(.character("o")), .key(.character("f")))
        if organisation { terminal.send(.key(.right)) }
        for _ in 0..<4 { terminal.send(.key(.down)) }
        for _ in 0..<periodSteps { terminal.send(.key(.right)) }
        terminal.send(.key(.down), .key(.right), .key(.escape))
    }

    /// A table's rows as "name series held/planned reached signals", from the line under its
    /// heading `first` (the name column's) to the first blank line.
    func tableRows(_ screen: String, first: String) -> [String]? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: " ").joined(separator: " ")
        }
        guard let header = lines.firstIndex(where: { $0.hasPrefix(first + " series") && $0.hasSuffix(" doel") })
        else { return nil }
        return lines[(header + 1)...].prefix { !$0.isEmpty }.map { line in
            // Up to the signals: the target column (a share, a dash or words) is the tab's own.
            let words = line.split(separator: " ")
            let held = words.lastIndex { $0.contains("/") } ?? words.count - 3
            return words[...min(held + 2, words.count - 1)].joined(separator: " ")
        }
    }

    /// Whether a row on screen is the report's row: a name too long for its column ends in
    /// an ellipsis there, and the figures after it are the same.
    func same(_ shown: [String], _ expected: [String]) -> Bool {
        shown.count == expected.count
            && zip(shown, expected).allSatisfy { shown, expected in
                guard let cut = shown.range(of: "…") else { return shown == expected }
                let name = String(shown[..<cut.lowerBound])
                let figures = String(shown[cut.upperBound...])
                return expected.hasPrefix(name) && expected.hasSuffix(figures)
            }
    }

    func reportRows(_ report: Report, _ grouping: OverviewGrouping) -> [String] {
        report.groups(grouping).map {
            "\($0.name) \($0.series) \($0.meetingsHeld)/\($0.meetingsPlanned) \($0.reached) \($0.signals)"
        }
    }

    func report(_ database: AppDatabase, _ filter: OverviewFilter) throws -> Report {
        let overview = try database.overview(
            filter, today: Fixtures.calendar.startOfDay(Fixtures.now), calendar: Fixtures.calendar)
        return Report(
            overview: overview, meetings: [], generatedAt: Fixtures.now, calendar: Fixtures.calendar, language: .nl,
            library: Fixtures.shipped.library)
    }

    @Test func eachTableHasTheReportsRowsForTheSameFilterAndPeriod() throws {
        let database = try database()
        let terminal = MemoryTerminal(size: .init(width: 120, height: 40))
        // This year, with the demo series; back from the series tab to the tables, then w, w.
        filterKeys(terminal, periodSteps: 4)
        terminal.send(.key(.character("h")), .key(.character("w")), .key(.character("w")))
        terminal.send(.key(.character("q")), .key(.character("q")))
        let loop = makeLoop(terminal, database: database)
        #expect(loop.run() == .quit)

        let filter = loop.state.overviewState.filter
        let year = try #require(OverviewPeriod.thisYear.range(now: Fixtures.now, calendar: Fixtures.calendar))
        #expect(filter.includeDemo && filter.from == year.from && filter.to == year.to)
        let report = try report(database, filter)
        let screens = terminal.presented.map(\.text)
        for (grouping, first) in [
            (OverviewGrouping.municipality, "gemeente"), (.method, "methodiek"), (.organisation, "organisatie"),
        ] {
            let expected = reportRows(report, grouping)
            #expect(expected.count > 2, "the demo data has several of each")
            let shown = try #require(screens.compactMap { self.tableRows($0, first: first) }.last)
            #expect(same(shown, expected), "\(shown) against \(expected)")
        }
        // The whole period counts more: the filter was not the default one.
        let all = try self.report(database, OverviewFilter(includeDemo: true))
        #expect(reportRows(all, .municipality) != reportRows(report, .municipality))
    }

    @Test func pWritesTheReportOfTheFilterAndPeriodOnScreen() throws {
        let database = try database()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dialoog-tables-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let effects = EffectRunner(
            database: database, clock: FixedClock(Fixtures.now), calendar: Fixtures.calendar,
            printFolder: folder.path
        ) { () throws(CLIError) in Fixtures.shipped }
        let terminal = MemoryTerminal(size: .init(width: 120, height: 40))
        // The first organisation, this quarter, with the demo series; the tables; P.
        filterKeys(terminal, periodSteps: 2, organisation: true)
        terminal.send(.key(.character("h")), .key(.character("P")))
        terminal.send(.key(.character("q")), .key(.character("q")))
        let loop = makeLoop(terminal, database: database, effects: effects)
        #expect(loop.run() == .quit)

        let filter = loop.state.overviewState.filter
        let organisation = try #require(filter.organisation)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        let file = try #require(files.first)
        // The status line named the file.
        #expect(terminal.presented.contains { $0.text.contains(file) })
        let html = try String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)
        let text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Periode 4e kwartaal 2026"))
        #expect(text.contains("Filters organisatie \(organisation)"))
        #expect(text.contains("met demoseries"))
        // The report's table per municipality is the one the tab showed.
        let shown = try #require(
            terminal.presented.map(\.text).compactMap { self.tableRows($0, first: "gemeente") }.last)
        #expect(!shown.isEmpty)
        let expected = reportRows(try report(database, filter), .municipality)
        #expect(same(shown, expected))
        for row in expected { #expect(text.contains(row), "\(row)") }
    }
}

import DialoogAppTestSupport
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogApp

/// Issue 18 through the real run loop: while the overzicht is read the status line says so,
/// and an overzicht kept (`OverviewCache`) comes back at once, without reading or a sign.
@Suite("The overzicht's busy sign and its cache")
struct OverviewBusyLoopTests {
    static let busy = "Overzicht wordt berekend…"

    @Test func theSignShowsWhileReadingAndNotWhenTheOverzichtIsKept() throws {
        let (database, _, _) = try OverviewLoopTests().database()
        let terminal = MemoryTerminal()
        // Open; into a series and back (the first drill-down reads the bibliotheek, which
        // decides which themes may be shown, not the figures: kept); in and back again.
        terminal.send(.key(.character("o")), .key(.enter), .key(.character("q")))
        terminal.send(.key(.enter), .key(.character("q")), .key(.character("q")), .key(.character("q")))
        let effects = EffectRunner(database: database, clock: FixedClock(Fixtures.now), calendar: Fixtures.calendar) {
            () throws(CLIError) in Fixtures.shipped
        }
        let loop = makeLoop(terminal, database: database, effects: effects)
        #expect(loop.run() == .quit)
        let screens = terminal.presented.map(\.text)
        let signs = screens.indices.filter { screens[$0].contains(Self.busy) }
        #expect(signs.count == 1, "only the open")
        // Each sign is followed by the overzicht itself, without it.
        for index in signs {
            #expect(screens.indices.contains(index + 1) && !screens[index + 1].contains(Self.busy))
        }
        #expect(effects.overviews.hits == 2, "both returns came from the cache")
        let summaries = screens.indices.filter { screens[$0].contains("OPKOMST PER BIJEENKOMST") }
        let lastReturn = try #require(
            screens.indices.last { $0 > (summaries.last ?? 0) && screens[$0].contains(" Series (2) ") })
        #expect(!screens[(summaries.last ?? 0)...lastReturn].contains { $0.contains(Self.busy) })
    }
}

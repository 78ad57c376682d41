import DialoogApp
import DialoogCore
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation

/// The real run loop over `terminal` and an in-memory database, as the program starts it:
/// the shipped content, the fixtures' calendar, and the help's lengths measured up front
/// unless `measuredHelp` is false (then it is measured when it first opens). The state
/// starts at `now`, or at the clock's first reading as the program's does.
package func makeLoop(
    _ terminal: MemoryTerminal, database: AppDatabase, clock: any AppClock = FixedClock(Fixtures.now),
    now: Date? = nil, launch: LiveRequest? = nil, effects: EffectRunner? = nil, measuredHelp: Bool = true,
    hasSignal: @escaping () -> Int32? = { nil }
) -> MainLoop {
    var state = AppState(
        now: now ?? clock.now(), size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
        helpLength: measuredHelp ? Renderer.helpLengths() : [:])
    state.launchLive = launch
    let effects =
        effects
        ?? EffectRunner(database: database, clock: clock, calendar: Fixtures.calendar) {
            () throws(CLIError) in Fixtures.shipped
        }
    return MainLoop(state: state, terminal: terminal, effects: effects, clock: clock, pendingSignal: hasSignal)
}

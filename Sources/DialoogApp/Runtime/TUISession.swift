import DialoogCore
import DialoogCurses
import DialoogStore
import DialoogTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Opens the full-screen program: checks the terminal, opens the database, starts curses,
/// and always gives the terminal back, however the loop ends.
package struct TUISession {
    let environment: AppEnvironment
    let options: GlobalOptions
    /// The meeting live mode opens at launch (`dialoog run`); nil resumes a running one.
    let launchLive: LiveRequest?

    package init(environment: AppEnvironment, options: GlobalOptions, launchLive: LiveRequest? = nil) {
        self.environment = environment
        self.options = options
        self.launchLive = launchLive
    }

    package func run() throws(CLIError) -> MainLoop.Ending {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let clock = try environment.clock()
        let path = options.databasePath(environment)
        let database: AppDatabase
        do {
            database = try AppDatabase.open(at: path)
        } catch {
            throw .store(error)
        }
        let lock = try SessionLock.acquire(databasePath: path, shownPath: environment.displayPath(path))
        defer { withExtendedLifetime(lock) {} }
        SignalTrap.install(restoreTerminal: { CursesTerminal.emergencyRestore() })
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw .terminalFailed(term: environment.variables["TERM"] ?? "")
        }
        defer { terminal.close() }
        var state = AppState(
            now: clock.now(), size: terminal.size, language: options.language(environment),
            theme: environment.wantsNoColor || !terminal.hasColors ? .mono : .dark,
            asciiOnly: !terminal.isUTF8, calendar: .system,
            databasePath: environment.displayPath(path))
        if !terminal.isUTF8 { state.status = .terminalNotUTF8 }
        state.launchLive = launchLive
        let environment = environment
        let options = options
        let effects = EffectRunner(
            database: database, clock: clock, userContentFolder: environment.userContentFolder,
            printFolder: environment.printFolder, environment: environment
        ) {
            () throws(CLIError) in
            try options.contentLocation(environment).load(environment: environment)
        }
        let loop = MainLoop(
            state: state, terminal: terminal, effects: effects, clock: clock, pendingSignal: { SignalTrap.pending })
        return loop.run()
    }
}

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
        let preferencesPath = PreferencesFile.path(environment)
        let reading = PreferencesFile.read(at: preferencesPath)
        let preferences: Preferences
        if case .read(let read) = reading { preferences = read } else { preferences = Preferences() }
        // Asked before curses takes the terminal: the answer must not reach it as keys.
        let answer =
            environment.wantsNoColor || preferences.theme != nil
            ? BackgroundQuery.Answer() : Self.background(environment, input: STDIN_FILENO, output: STDOUT_FILENO)
        let background = answer.theme
        SignalTrap.install(restoreTerminal: { CursesTerminal.emergencyRestore() })
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw .terminalFailed(term: environment.variables["TERM"] ?? "")
        }
        defer { terminal.close() }
        terminal.typedAhead(answer.typedAhead)
        // `--lang` wins for this run; then the language chosen with `:taal`; then the locale.
        let language =
            options.lang == nil
            ? preferences.language ?? options.language(environment) : options.language(environment)
        var state = AppState(
            now: clock.now(), size: terminal.size, language: language,
            theme: environment.wantsNoColor || !terminal.hasColors ? .mono : preferences.theme ?? background ?? .dark,
            asciiOnly: !terminal.isUTF8, calendar: .system,
            databasePath: environment.displayPath(path))
        state.preferences = preferences
        if !terminal.isUTF8 { state.status = .terminalNotUTF8 }
        if case .unreadable(let problem) = reading {
            state.status = .preferencesUnreadable(path: environment.displayPath(preferencesPath), problem: problem)
        }
        state.launchLive = launchLive
        let environment = environment
        let options = options
        let effects = EffectRunner(
            database: database, clock: clock, userContentFolder: environment.userContentFolder,
            printFolder: environment.printFolder, templateFolder: TemplateFolder(environment: environment).path,
            environment: environment,
            // A file that could not be read is the user's to mend: never written over.
            preferencesPath: reading == .missing || reading == .read(preferences) ? preferencesPath : nil,
            prefetch: LibraryPrefetch { () throws(CLIError) in
                try options.contentLocation(environment).load(environment: environment)
            }
        ) {
            () throws(CLIError) in
            try options.contentLocation(environment).load(environment: environment)
        }
        let loop = MainLoop(
            state: state, terminal: terminal, effects: effects, clock: clock, pendingSignal: { SignalTrap.pending })
        return loop.run()
    }

    /// The theme the terminal's background asks for: `COLORFGBG` when set, else the answer to
    /// an OSC 11 query (at most 100 ms), else nil (the dark theme).
    /// Keys typed while the query waited are in the answer, for curses to read first.
    static func background(_ environment: AppEnvironment, input: Int32, output: Int32) -> BackgroundQuery.Answer {
        if let theme = TerminalBackground.theme(colorFGBG: environment.variables["COLORFGBG"]) {
            return BackgroundQuery.Answer(theme: theme)
        }
        return BackgroundQuery.ask(input: input, output: output)
    }
}

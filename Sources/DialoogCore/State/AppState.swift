import Foundation

/// The whole state of the TUI: the shell (what every screen shares) and one slice per feature.
/// Rendering is a pure function of it; only the reducer changes it. The root routes each action
/// to the slice that has the keys (`AppState+Route.swift`) and applies what the slice asks for
/// (`AppState+Apply.swift`); a slice never touches another slice's state.
package struct AppState: Equatable, Sendable {
    // MARK: - Environment, fixed for a run unless the user changes it
    package var language: Language
    package var theme: ThemeName
    /// The terminal cannot show UTF-8: screens use ASCII glyphs.
    package var asciiOnly: Bool
    /// How dates become wall-clock times: the machine's zone, or a fixed one in tests.
    package var calendar: LocalCalendar
    /// Where the data lives, shown on the start screen so nobody has to guess.
    package var databasePath: String
    /// What the user chose and the program remembers (theme, language, mouse); changed by
    /// `:theme`, `:taal` and `:muis`, each change written to the preferences file.
    package var preferences = Preferences()
    /// How many lines the `?` help has for each input mode, so scrolling stops at its end;
    /// the run loop measures a mode the first time its help opens (`.helpLaidOut`).
    package var helpLength: [InputMode: Int]

    // MARK: - What changes
    package var now: Date
    package var size: TerminalSize
    package var screen: ScreenID = .start
    package var overlay: Overlay?
    package var status: Status?
    /// The start screen's slice: the series and the cursor on them.
    package var start = StartState()
    /// The bibliotheek's content in the current language (Dutch where a text has no
    /// translation): nil until it is first opened and read.
    package var library: Library?
    /// The content as written (Dutch, with its translation catalogs), from which `library` is
    /// made again when the language changes.
    package var writtenLibrary: Library?
    package var libraryState = LibraryState()
    /// The series being planned, with the cursor and the panel open over it.
    package var plannerState = PlannerState()
    /// The new-series form, while it is open.
    package var newSeries: NewSeriesForm?
    /// The running meeting in live mode.
    package var live = LiveState()
    /// The evaluation form, while it is open.
    package var evaluation: EvaluationForm?
    /// The coordinator's overzicht and the series summary.
    package var overviewState = OverviewState()
    /// The meeting to open in live mode at launch (`dialoog run`); nil resumes a meeting that
    /// was running, if any.
    package var launchLive: LiveRequest?
    package var isQuitting = false
    /// Where the reducer gets new ids: random in the program, sequential in tests and replays.
    package var ids: IdSource

    package init(
        now: Date, size: TerminalSize, language: Language = .nl, theme: ThemeName = .dark,
        asciiOnly: Bool = false, calendar: LocalCalendar = .system, databasePath: String,
        helpLength: [InputMode: Int] = [:], ids: IdSource = .random
    ) {
        self.now = now
        self.size = size
        self.language = language
        self.theme = theme
        self.asciiOnly = asciiOnly
        self.calendar = calendar
        self.databasePath = databasePath
        self.helpLength = helpLength
        self.ids = ids
    }

    /// The mouse is used (wheel and click) unless the user turned it off.
    package var mouseOn: Bool { preferences.mouse ?? true }

    // MARK: - The start screen's state, by the names the screens and tests use

    /// The series on the start screen, in start-screen order.
    package var series: [SeriesOverview] {
        get { start.series }
        set { start.series = newValue }
    }

    package var seriesLoaded: Bool {
        get { start.loaded }
        set { start.loaded = newValue }
    }

    package var selection: Int {
        get { start.selection }
        set { start.selection = newValue }
    }

    /// The series under the cursor on the start screen.
    package var selectedSeries: SeriesOverview? { start.selectedSeries }

    /// The methodology chosen in the new-series form.
    package var newSeriesMethod: Methodology? { newSeries?.method(in: library) }

    /// The prompts the planner's picker lists now.
    package var pickerPrompts: [Prompt] { plannerState.pickerPrompts(library: library) }

    /// The help entries the meeting editor lists for the meeting under the cursor.
    package var meetingEditorHelp: [HelpEntry] { plannerState.meetingEditorHelp(library: library) }

    // MARK: - Layout sizes the screens draw by

    /// The rows of the bibliotheek's body (`LibraryState.bodyRows`).
    package static func libraryBodyRows(in size: TerminalSize) -> Int { LibraryState.bodyRows(in: size) }

    /// The lines of help that fit (`Overlay.helpVisibleRows`).
    package static func helpVisibleRows(in size: TerminalSize) -> Int { Overlay.helpVisibleRows(in: size) }
}

import Foundation

/// The whole state of the TUI. Rendering is a pure function of it; only the reducer changes it.
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
    /// How many lines the `?` help has for each input mode, so scrolling stops at its end;
    /// the run loop measures a mode the first time its help opens (`.helpLaidOut`).
    package var helpLength: [InputMode: Int]

    // MARK: - What changes
    package var now: Date
    package var size: TerminalSize
    package var screen: ScreenID = .start
    package var overlay: Overlay?
    package var status: Status?
    /// The series on the start screen, in start-screen order (see `SeriesOverview.startOrder`).
    package var series: [SeriesOverview] = []
    /// False until the first load has answered, so the empty state is not shown too early.
    package var seriesLoaded = false
    package var selection = 0
    /// The bibliotheek's content: nil until it is first opened and read.
    package var library: Library?
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
    /// Follow-ups that are due (or overdue), for the start screen.
    package var followUps: [FollowUp] = []
    /// The meeting to open in live mode at launch (`dialoog run`); nil resumes a meeting that
    /// was running, if any.
    package var launchLive: LiveRequest?
    package var isQuitting = false

    package init(
        now: Date, size: TerminalSize, language: Language = .nl, theme: ThemeName = .dark,
        asciiOnly: Bool = false, calendar: LocalCalendar = .system, databasePath: String,
        helpLength: [InputMode: Int] = [:]
    ) {
        self.now = now
        self.size = size
        self.language = language
        self.theme = theme
        self.asciiOnly = asciiOnly
        self.calendar = calendar
        self.databasePath = databasePath
        self.helpLength = helpLength
    }

    /// Which part of the keymap applies now.
    package var inputMode: InputMode {
        switch overlay {
        case .help: .help
        case .commandLine: .commandLine
        case nil:
            switch screen {
            case .start: .start
            case .library:
                libraryState.typing ? .librarySearch : libraryState.page == nil ? .library : .libraryPage
            case .planner: plannerState.inputMode
            case .newSeries: newSeries?.field.isText == true ? .newSeriesText : .newSeries
            case .live: live.inputMode
            case .evaluation: evaluation?.inputMode ?? .evaluation
            case .overview, .summary: overviewState.inputMode(on: screen)
            }
        }
    }

    /// The series under the cursor on the start screen.
    package var selectedSeries: SeriesOverview? {
        series.indices.contains(selection) ? series[selection] : nil
    }
}

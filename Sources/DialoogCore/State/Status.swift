/// A one-line message on the status line. The TUI words it from the catalog; the reducer
/// only says what happened.
package enum Status: Equatable, Sendable {
    case unknownCommand(String)
    case themeChanged(ThemeName)
    case unknownTheme(String)
    case languageChanged(Language)
    case unknownLanguage(String)
    case mouseChanged(Bool)
    /// Tab in a path field found nothing to add, and why.
    case pathCompletion(PathCompletion.Problem)
    case unknownMouse(String)
    /// The preferences file could not be read: it is left as it is and not written over.
    case preferencesUnreadable(path: String, problem: Preferences.Problem)
    /// The preferences could not be written (an `errno` text); the choice holds for this run.
    case preferencesNotSaved(path: String, reason: String)
    case loadFailed(Failure)
    /// The content has mistakes; what loaded is shown, `dialoog check` lists them.
    case libraryProblems(Int)
    case libraryFailed(Failure)
    /// The terminal's locale is not UTF-8: letters are simplified to ASCII.
    case terminalNotUTF8
    /// Something about a plan or the new-series form.
    case plan(PlanNotice)
    /// Something about the local help form.
    case localHelp(LocalHelpNotice)
    /// Something about the running meeting.
    case live(LiveNotice)
    // MARK: Evaluation
    /// Something about the evaluation form.
    case evaluation(EvaluationNotice)
    /// Something about the overzicht, the series summary or the follow-ups.
    case overview(OverviewNotice)
}

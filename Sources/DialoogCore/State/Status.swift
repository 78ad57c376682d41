/// A one-line message on the status line. The TUI words it from the catalog; the reducer
/// only says what happened.
package enum Status: Equatable, Sendable {
    case unknownCommand(String)
    case themeChanged(ThemeName)
    case unknownTheme(String)
    case languageChanged(Language)
    case unknownLanguage(String)
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

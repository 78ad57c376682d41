import Foundation

/// Work the reducer asks the outside world to do. Effects are values, so tests compare them.
package enum Effect: Equatable, Sendable {
    /// Read the series and their meetings for the start screen.
    case loadSeries
    /// Read methods/ and content/ for the bibliotheek (only when it is first opened).
    case loadLibrary
    /// Read a series with its meetings, blocks and checklist for the planner.
    case loadPlan(seriesId: String)
    /// Store the plan as it is now, in one transaction (every edit in the planner).
    case savePlan(SeriesPlan)
    /// Make the proposed plan for a new series from its methodology and store it; `starts`
    /// are the start times of meetings 1 to 3, nil where not known yet; the proposal's texts
    /// are in `language` where the content has them.
    case createSeries(Series, starts: [Date?], language: Language)
    /// Open a meeting for live mode: read it, and mark it running if it was planned.
    case openLive(LiveRequest)
    /// Store the running meeting's record as it is now, in one transaction (every live action).
    case saveLive(LiveRecord)
    /// Read a meeting that has ended for its evaluation form.
    case loadEvaluation(meetingId: String)
    /// Store the evaluation as it is now, with the meeting's raised themes, in one transaction
    /// (every change in the form).
    case saveEvaluation(Evaluation, raisedThemes: [RaisedTheme])
    /// Read the overzicht's figures for a filter, with the values the filters can take.
    case loadOverview(OverviewFilter)
    /// Read a series at a glance.
    case loadSummary(seriesId: String)
    /// Read a meeting's signals, notes, prompt uses and raised themes, withdrawn ones included.
    case loadMeetingEntries(meetingId: String)
    /// Withdraw one of them (`MeetingEntry`), then read the meeting's record and the series'
    /// summary again.
    case withdrawEntry(id: String, meetingId: String, seriesId: String)
    /// Read the follow-ups that are due, for the start screen.
    case loadFollowUps
    /// Mark a follow-up done (a date) or open again (nil).
    case setFollowUp(FollowUp.ID, doneAt: Date?)
    /// Store the coordinator's target, or remove it with nil.
    case setTarget(OverviewTarget?)
    // MARK: Evaluation
    /// Read the most recently ended meeting of a series for its evaluation form.
    case loadLatestEvaluation(seriesId: String)
    /// Read every open follow-up, due or not, for the overzicht's Opvolging tab.
    case loadOpenFollowUps
    /// Read the review list of raised themes for the overzicht's Thema's tab.
    case loadThemeReviews
    /// Approve a raised wording for reports and charts, or reject it.
    case reviewTheme(ThemeReviewItem, approved: Bool)
    /// Write a local help entry to `content/hulp/<id>.yaml` in the user's content folder, then
    /// read the content again so it shows everywhere (bibliotheek, cards, printed plan).
    case saveLocalHelp(HelpEntry)
    /// Write the printable plan as an HTML file in the print folder, never over another file,
    /// in `language`.
    case printPlan(SeriesPlan, language: Language)
    /// Write the overzicht's figures for `filter` as an HTML report in the print folder, never
    /// over another file, in `language`.
    case exportReport(OverviewFilter, language: Language)
    /// Write the series `seriesIds` as one bundle to `path`, encrypted to `recipient` (a
    /// public key `age1…`) or, when nil, to the stored coordinator key; never unencrypted.
    case exportBundle(seriesIds: [String], path: String, recipient: String?, language: Language)
    /// Import the bundle at `path` (plain, or encrypted to the stored coordinator key), all or
    /// nothing.
    case importBundle(path: String, language: Language)
    /// Write the preferences file (`$XDG_CONFIG_HOME/dialoog/voorkeuren`) whole, atomically;
    /// never over a file that could not be read at start.
    case savePreferences(Preferences)
    /// Turn the terminal's mouse reports on or off (the run loop does this itself).
    case setMouse(Bool)
    /// Read the folder of the path being typed, for Tab (`PathCompletion`).
    case completePath(String)
    /// Erase the series `id` (named `name`) for real, as `dialoog erase series` does: its rows
    /// go under `secure_delete`, an erasure record keeps the id only, the WAL is emptied.
    case eraseSeries(id: String, name: String)
    /// Store a copy of the plan (`SeriesPlan.duplicate`) named "… (kopie)" in `language`.
    case duplicateSeries(SeriesPlan, language: Language)
    /// Write the plan as the template `name` (`SeriesPlan.template`, `PlanFile.encode`) in the
    /// templates folder; over an existing template of that name only when `replace`.
    case saveTemplate(SeriesPlan, name: String, replace: Bool)
    /// Read the templates folder's names, for the new-series form's picker.
    case listTemplates
    /// Read the template `name` as a plan for the new-series form.
    case readTemplate(name: String)
    /// Store a new series whose agenda is the template's (`SeriesPlan.started`), with the
    /// start times of meetings 1 to 3, nil where not known yet.
    case createSeriesFromTemplate(Series, starts: [Date?], template: SeriesPlan)
    /// Repaint every cell, not only the changed ones (Ctrl-L, a theme change).
    case redrawAll
    /// Leave the program.
    case quit
}

import Foundation

/// Everything that can change the state: commands from keys, typed text, time, and the
/// results of effects (past tense).
package enum Action: Equatable, Sendable {
    /// The program has started and shows its first screen.
    case launched
    case command(Command)
    /// Text typed into the command line.
    case insertText(String)
    /// The clock moved on; the run loop sends this when no key came within its timeout.
    case tick(Date)
    case resized(TerminalSize)
    case seriesLoaded([SeriesOverview])
    case loadFailed(Failure)
    /// The bibliotheek's content has been read, with the number of problems found in it.
    case libraryLoaded(Library, problems: Int)
    case libraryFailed(Failure)
    /// A local help entry was written to `path` (and the library read again before this).
    case localHelpSaved(HelpEntry, path: String)
    /// A local help entry could not be written.
    case localHelpFailed(Failure)
    /// The open bibliotheek page is this many lines long at the current width; `focusLine` is
    /// where the prompt it was opened for stands.
    case pageLaidOut(lines: Int, focusLine: Int? = nil)
    /// The folder of a path field has been read for a Tab.
    case pathCompleted(PathCompletion)
    /// The preferences file could not be written (`path` as the user recognises it).
    case preferencesNotSaved(path: String, reason: String)
    /// The `?` help of `mode` is this many lines long at any width: measured when it is first
    /// opened, not all at start-up.
    case helpLaidOut(InputMode, lines: Int)
    /// A series' plan has been read, or made and stored for a new series.
    case planLoaded(SeriesPlan)
    /// An edit of the plan has been stored.
    case planSaved
    /// The printable plan has been written to `path` (as the user recognises it, `~/…`).
    case planPrinted(path: String)
    /// The printable plan could not be written, and why: worded when drawn.
    case planPrintFailed(Failure)
    /// The overzicht's HTML report has been written to `path`.
    case reportExported(path: String)
    /// What a series' meetings recorded (`Ledger`), read with its plan.
    case ledgerLoaded(seriesId: String, Ledger)
    /// A bundle of `series` series (`meetings` meetings) has been written to `path`.
    case bundleExported(path: String, series: Int, meetings: Int)
    /// A bundle has been imported: what it changed, and from which laptops.
    case bundleImported(BundleImported)
    /// Reading, storing or making a plan failed, and why: worded when drawn.
    case planFailed(Failure)
    /// A meeting has been opened for live mode (and marked running).
    case liveLoaded(LiveMeeting)
    /// Opening a meeting for live mode failed, and why: worded when drawn.
    case liveFailed(Failure)
    /// The record of the running meeting has been stored.
    case liveSaved(LiveRecord)
    /// Storing the record failed, and why: worded when drawn.
    case liveSaveFailed(Failure)
    /// A meeting that has ended has been read for its evaluation form.
    case evaluationLoaded(EvaluationSubject)
    /// The evaluation has been stored.
    case evaluationSaved(Evaluation)
    /// Reading or storing an evaluation failed, and why: worded when drawn.
    case evaluationFailed(Failure)
    /// The overzicht's figures have been read.
    case overviewLoaded(Overview, choices: FilterChoices)
    /// A series at a glance has been read.
    case summaryLoaded(SeriesSummary)
    /// A meeting's record has been read, to correct it from the summary.
    case meetingEntriesLoaded(meetingId: String, [MeetingEntry])
    /// A record has been withdrawn.
    case entryWithdrawn(MeetingEntry)
    /// Reading the overzicht or a summary failed, and why: worded when drawn.
    case overviewFailed(Failure)
    /// The follow-ups that are due have been read.
    case followUpsLoaded([FollowUp])
    case themeReviewsLoaded([ThemeReviewItem])
    /// The series named `name` has been erased (`Effect.eraseSeries`).
    case seriesErased(name: String)
    /// Erasing a series failed, and why: worded when drawn; nothing was erased.
    case seriesEraseFailed(Failure)
    /// A copy of a series has been stored as `name` (`Effect.duplicateSeries`).
    case seriesDuplicated(name: String, id: String)
    /// Storing the copy failed, and why: worded when drawn; nothing was stored.
    case seriesDuplicateFailed(Failure)
    // MARK: Templates
    /// The plan is written as the template `name`, at `path` (as the user reads it).
    case templateSaved(name: String, path: String, replaced: Bool)
    /// A template called `name` exists: asked before it is written over.
    case templateExists(name: String)
    /// The template could not be written to `path`, for `reason` (an `errno` text); nothing was.
    case templateNotSaved(path: String, reason: String)
    /// The templates folder `folder` holds these templates (none, perhaps).
    case templatesListed([String], folder: String)
    /// The template `name` was read as a plan.
    case templateRead(name: String, SeriesPlan)
    /// The template `name` could not be read; each mistake as `file:line: message`.
    case templateUnreadable(name: String, [Diagnostic])
}

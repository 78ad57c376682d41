import DialoogCore

/// Every string the user sees, as a value. `Text+Dutch.swift` and `Text+English.swift` are
/// exhaustive switches, so a text without a translation does not compile.
package enum Text: Equatable, Sendable {
    // MARK: Start screen
    case appName
    case tagline
    case upcomingHeading
    case seriesHeading(count: Int)
    case noUpcoming
    case loading
    case emptyTitle
    case emptyExplanation
    case emptyNextSteps
    case databaseLabel(path: String)
    case meetingNumber(Meeting.Kind, number: Int, of: Int)
    case held(Int, of: Int)
    case completed
    case noDate

    // MARK: Help, hints, command line
    case helpTitle(InputMode)
    case helpFooter
    /// The help's marks on its frame when keys are out of view: "3 hoger", "nog 8".
    case helpAbove(Int)
    case helpBelow(Int)
    case group(ActionGroup)
    case commandLineHint
    /// The space bar, as the help and the hint line write it.
    case spaceKey
    case modeName(InputMode)

    // MARK: Status line
    case status(Status)
    case themeName(ThemeName)
    case languageName(Language)

    // MARK: Window too small
    case tooSmall(TerminalSize)
    case tooSmallAdvice(TerminalSize)

    // MARK: Command line interface
    case notUTF8
    /// Why a line of the preferences file cannot be read.
    case preferencesProblem(Preferences.Problem.Reason)

    // MARK: Content commands
    case contentNotFound(looked: [String])
    case contentFolderMissing(String)
    case noResults(String)
    case resultCount(Int)

    // MARK: Bibliotheek
    case libraryTitle
    case helpLegend
    case commonBaseSummary
    case pagePosition(first: Int, last: Int, of: Int)
    case libraryTab(LibraryTab)
    case anonymity(Anonymity)
    case professionalsOnly
    case hitKind(SearchHit.Kind)
    case searchLabel
    case libraryLoading
    case libraryProblems(Int)
    case libraryEmpty

    // MARK: Store
    case storeNewerDatabase(path: String, unknown: [String])
    case storeNotDialoog(path: String)
    case storeDamaged(path: String, detail: String)
    case storeCannotCreateFolder(path: String, detail: String)
    case storeCannotOpen(path: String, detail: String)
    case storeDiskFull(path: String)
    case storePlanChanged(series: String)
    case storeSeriesAlreadyExists(id: String, name: String)
    case storeMeetingAlreadyHeld(series: String, number: Int)
    case storeIdInOtherSeries(id: String, series: String)
    case storeNotSaved(detail: String)
    case storeAgendaAlreadyHeld(series: String, number: Int)
    case storeSeriesMissing(id: String)
    case storeMeetingMissing(id: String)
    case storeMeetingEnded(series: String, number: Int)
    case storeOtherMeetingRunning(series: String, number: Int)
    case storeSeriesFinished(series: String)
    case storeMeetingNotEnded(series: String, number: Int)
    case storeDatabaseMissing(path: String)
    case storeFollowUpMissing(id: String)
    case storeRecordMissing(id: String)
    case storeNotAFile(path: String)
    case storePlanSetsState(series: String, number: Int, state: String)
    case storeBadValue(path: String, table: String, column: String, row: String, value: String)
    // MARK: Local help entries
    case helpFileNotWritten(path: String, reason: String)
    case printNotWritten(path: String, reason: String)
    case bundleRefused(path: String, reason: String)
    case helpEntryNotWritable(field: String)
    case helpEntryNotLocal(id: String)
    case helpEntryShadowed(id: String, shown: String)

}

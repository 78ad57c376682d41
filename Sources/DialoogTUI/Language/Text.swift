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
    case today
    case tomorrow
    case weekday(Int)
    case month(Int)

    // MARK: Help, hints, command line
    case helpTitle(InputMode)
    case helpFooter
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

    // MARK: Content commands
    case contentNotFound(looked: [String])
    case contentFolderMissing(String)
    case noResults(String)
    case resultCount(Int)

    // MARK: Bibliotheek
    case libraryTitle
    case commonBaseTitle
    case helpLegend
    case commonBaseSummary
    case pagePosition(first: Int, last: Int, of: Int)
    case libraryTab(LibraryTab)
    case libraryHeading(LibraryHeading)
    case meetingHeading(number: Int, minutes: Int)
    case groupSize(min: Int, max: Int)
    case aftercareAfter(weeks: Int)
    case groupChooses(Int)
    case origin(file: String, replaces: String?)
    case source(SourceRef)
    case promptKindName(PromptKind)
    case temperatureName(Temperature)
    case anonymity(Anonymity)
    case professionalsOnly
    case checkedOn(String)
    case checkedOutdated(String)
    case hitKind(SearchHit.Kind)
    case searchLabel
    case libraryLoading
    case libraryProblems(Int)
    case libraryEmpty
    case minutesShort(Int)
    case minutesRange(Int, Int)

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
    case storeNotAFile(path: String)
    case storePlanSetsState(series: String, number: Int, state: String)
    case storeBadValue(path: String, table: String, column: String, row: String, value: String)

}

/// The section headings of a page in the bibliotheek (and of `dialoog methods show`).
package enum LibraryHeading: Equatable, Sendable {
    case organisation, goal, subgoals, targetGroup, typical, chain, phases, meetings, groupChoice, rules
    case groupSize, aftercare, source, description, leadsTo, cautions, what, forWhom, contact
    case themes, workingForms, principles, socratic, practice, groundRules, tips, mission
}

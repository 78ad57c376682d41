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
    case hint(Command)
    case helpMoveUp, helpMoveDown, helpPageUp, helpPageDown, helpMoveFirst, helpMoveLast
    case helpHelp, helpCommandLine, helpRedraw, helpQuit, helpClose, helpSubmit, helpDeleteBackward
    case helpOpenLibrary, helpNextTab, helpPreviousTab, helpOpen, helpSearch
    case commandLineHint
    case keysColumn
    case actionColumn
    case modeName(InputMode)

    // MARK: Status line
    case status(Status)
    case themeName(ThemeName)
    case languageName(Language)

    // MARK: Window too small
    case tooSmall(TerminalSize)
    case tooSmallAdvice(TerminalSize)

    // MARK: Command line interface
    case cliAbstract
    case cliDiscussion
    case cliOptionDatabase
    case cliOptionLanguage
    case cliKeysAbstract
    case cliOptionFormat
    case notATerminal
    /// Another dialoog has the full-screen program open on the same database.
    case alreadyOpen(path: String)
    case notUTF8
    case unknownLanguageOption(String)
    case badClock(String)
    case terminalFailed(term: String)
    case cliRunAbstract
    case cliRunMeeting

    // MARK: Content commands
    case cliOptionContent
    case contentNotFound(looked: [String])
    case contentFolderMissing(String)
    case checkPathMissing(String)
    case cliCheckAbstract
    case cliCheckPaths
    case cliMethodsAbstract
    case cliMethodsListAbstract
    case cliMethodsShowAbstract
    case cliMethodID
    case cliContentAbstract
    case cliContentStatsAbstract
    case cliContentSearchAbstract
    case cliQuery
    case cliOptionFormatJSON
    case cliFilterTheme
    case cliFilterTemperature
    case cliFilterKind
    case cliFilterGroup
    case checkClean(files: Int, methods: Int, themes: Int, prompts: Int, help: Int, terms: Int)
    case checkProblems(problems: Int, files: Int)
    case checkReplaces(file: String, replaces: String)
    case contentProblemsWarning(Int)
    case noResults(String)
    case resultCount(Int)
    case statsHeading(StatsHeading)

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

    // MARK: Planner and new-series form
    case planner(PlannerText)
    case live(LiveText)
    case evaluation(EvaluationText)
    case overview(OverviewText)

    // MARK: Store
    case storeNewerDatabase(path: String, unknown: [String])
    case storeNotDialoog(path: String)
    case storeDamaged(path: String, detail: String)
    case storeCannotCreateFolder(path: String, detail: String)
    case storeCannotOpen(path: String, detail: String)
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

    // MARK: dialoog demo and dialoog report
    case cliDemoAbstract
    case cliDemoScale
    case cliDemoRemove
    case cliDemoScaleOutOfRange(Int, maximum: Int)
    case cliDemoRemoveWithScale
    /// Loaded: series, meetings, of which held, distinct participants, evaluations.
    case demoLoaded(series: Int, meetings: Int, held: Int, participants: Int, evaluations: Int)
    case demoReplaced(Int)
    case demoTargetSet(meetings: Int, year: Int)
    case demoHowToRemove
    case demoRemoved(Int)
    case demoNothingToRemove
    /// The full-screen program is open on the database the demo would change.
    case demoLocked(path: String)
    /// The library holds none of the methodologies the demo uses.
    case demoNoMethods
    case cliReportAbstract
    case cliReportDiscussion
    case cliReportOrganisation
    case cliReportMethod
    case cliReportMunicipality
    case cliReportFacilitator
    case cliReportPeriod
    case cliReportFrom
    case cliReportTo
    case cliReportIncludeDemo
    case cliReportFormat
    case cliReportOutput
    case reportBadPeriod(String)
    case reportBadDate(option: String, value: String)
    case reportPeriodWithDates
    case reportEmptyRange(from: String, to: String)
    /// Nothing matched, but demo series would have: `--include-demo` shows them.
    case reportOnlyDemo
    case reportWritten(path: String)
    case reportCannotWrite(path: String, detail: String)
    /// `--output` names something that is not a regular file (a folder, a FIFO, a device).
    case reportNotAFile(path: String)

    /// The text in `language`.
    package func localized(_ language: Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}

/// The headings of `dialoog content stats`.
package enum StatsHeading: Equatable, Sendable {
    case library, kinds, themes, temperatures
}

/// The section headings of a page in the bibliotheek (and of `dialoog methods show`).
package enum LibraryHeading: Equatable, Sendable {
    case organisation, goal, subgoals, targetGroup, typical, chain, phases, meetings, groupChoice, rules
    case groupSize, aftercare, source, description, leadsTo, cautions, what, forWhom, contact
    case themes, workingForms, principles, socratic, practice, groundRules, tips, mission
}

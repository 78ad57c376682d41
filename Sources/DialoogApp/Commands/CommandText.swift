import DialoogCore

/// The words of the command line: `--help`, the commands' messages and errors. Reached by
/// `localized(_:)` like every catalog; `CommandText+Dutch.swift` and `CommandText+English.swift`
/// are exhaustive switches.
package enum CommandText: Equatable, Sendable {
    case keysColumn
    case actionColumn
    case cliAbstract
    case cliDiscussion
    case cliOptionDatabase
    case cliOptionLanguage
    case cliKeysAbstract
    case cliOptionFormat
    case notATerminal
    /// Another dialoog has the full-screen program open on the same database.
    case alreadyOpen(path: String)
    case unknownLanguageOption(String)
    case badClock(String)
    /// A municipality typed otherwise than the spelling the other series use.
    case municipalitySpelling(typed: String, existing: String)
    /// `DIALOOG_TZ` names no zone this machine knows; the Netherlands' is used.
    case badZone(String)
    case terminalFailed(term: String)
    case cliRunAbstract
    case cliRunMeeting
    case cliOptionContent
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
    /// Stale translations: warnings that do not make `check` fail.
    case checkWarnings(Int)
    case contentProblemsWarning(Int)
    case statsHeading(StatsHeading)
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
    case cliReportWithSeriesNames
    case cliReportFormat
    case cliReportExcel
    /// `--excel` without `--format csv`.
    case reportExcelNeedsCSV
    case cliReportOutput
    /// `--compare previous`, and the mistake of asking for it without a period with two ends.
    case cliReportCompare
    case reportCompareNeedsPeriod
    /// A period so early or so long that no period of its length comes before it.
    case reportCompareNoPrevious
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
    case cliMeetingAbstract
    case cliMeetingRecordsAbstract
    case cliMeetingWithdrawAbstract
    case cliMeetingCorrectAbstract
    case cliMeetingNumber
    case cliRecordID
    case cliOptionCategory
    case cliOptionResponse
    case cliOptionText
    case entriesNone(meeting: Int)
    case entryWithdrawnDone(id: String)
    case entryCorrectedDone(id: String)
    /// Several entries start with the id given.
    case entryAmbiguous(String, count: Int)
    /// `correct` without the option(s) its kind takes.
    case entryCorrectionNeeded(MeetingEntry.Kind)
    /// A value for `--category` or `--response` that is not one of `allowed`.
    case entryBadValue(option: String, value: String, allowed: [String])
    /// A `--text` that is empty, too long or holds a control character.
    case entryBadText(max: Int)
    case cliTargetAbstract
    case cliTargetAddAbstract
    case cliTargetListAbstract
    case cliTargetRemoveAbstract
    case cliTargetFigure
    case cliTargetAmount
    case cliTargetOrganisation
    case cliTargetMunicipality
    case cliTargetId
    case targetBadFigure(String)
    case targetBadAmount(String, maximum: Int)
    /// Neither `--period` nor both `--from` and `--to`.
    case targetNeedsPeriod
    case targetUnsafeText(String)
    case targetTextTooLong(String, maximum: Int)
    case targetBadId(String)
    case targetAdded(id: Int64)
    case targetRemoved(id: Int64)
    case targetNotFound(Int64)
    case noTargets
}

/// The headings of `dialoog content stats`.
package enum StatsHeading: Equatable, Sendable {
    case library, kinds, themes, temperatures
    /// Translation coverage per language and kind of content.
    case translations
}

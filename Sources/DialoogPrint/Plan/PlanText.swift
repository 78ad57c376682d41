import DialoogCore

/// The words of the planner's printed plan, its warnings and the `series` and `plan`
/// commands, in Dutch and English (exhaustive switches, like `Text`).
package enum PlanText: Equatable, Sendable {
    // MARK: Series fields
    case organisation, method, municipality, facilitators, venue, languages, groups, groupSize, groupChoice
    case meetingsLabel, seriesID
    case checklistHeading
    case checklistDone(Int, of: Int)
    case preparation(PreparationItem)
    case venueName(Venue?)
    case groupName(TargetGroup)

    // MARK: The printed plan
    case meetingHeading(Meeting.Kind, number: Int)
    case noDateYet
    case purpose
    case agenda
    case minutes(Int)
    case totalMinutes(Int, planned: Int?)
    /// A meeting that started: running or ended, and how many came.
    case heldState(Meeting.State, present: Int)
    case form(String)
    case chosenByGroup
    /// "Materiaal: film, flip-over" under a block.
    case materials(String)
    case questions
    case prompts
    case groundRules
    case helpCard
    case helpCardFooter
    case warningsHeading(Int)
    case noWarnings
    /// Before a hint in `plan check`: shown, but not a warning.
    case hint

    // MARK: Command line
    case cliSeriesAbstract, cliSeriesNewAbstract, cliSeriesListAbstract, cliSeriesShowAbstract
    case cliPlanAbstract, cliPlanShowAbstract, cliPlanCheckAbstract, cliPlanExportAbstract, cliPlanImportAbstract
    case cliOptionMethod, cliOptionName, cliOptionOrganisation, cliOptionMunicipality, cliOptionFacilitator
    case cliOptionVenue, cliOptionLanguages, cliOptionGroups, cliOptionSize, cliOptionDates, cliOptionChoose
    case cliOptionMeeting, cliOptionPlanFormat, cliSeriesArgument, cliPlanFileArgument
    case seriesCreated(name: String, id: String)
    case noSeries
    case seriesNotFound(String)
    case seriesAmbiguous(String, matches: [String])
    case badDates(String)
    /// A valid date and time that the local clock skips (the night summer time starts).
    case datesInClockGap(String)
    case tooManyDates(Int)
    case badGroup(String, allowed: [String])
    case badVenue(String, allowed: [String])
    case choiceNeeded(method: String, choose: Int, options: [String])
    case unknownOption(String, options: [String])
    case noSuchMeeting(Int, available: [Int])
    case planImported(name: String, id: String, meetings: Int)
    case planNotImported(Int)
    case planFileUnreadable(String)
    case planFileNotUTF8(String)
    case planIncomplete(regular: [Int], aftercare: Int)
    case planReplaced(name: String, id: String, was: String)
    case nameRequired
    case badSize(String)
    /// A command-line option whose text holds a control character (ESC, NUL, …).
    case controlCharacterOption(String)
    /// A command-line option's text is longer than `Limits.name`.
    case optionTooLong(String, max: Int)
    case seriesAlreadyRunning(String)
    case warningsFound(Int)
}

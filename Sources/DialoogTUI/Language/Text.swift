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
    case notUTF8
    case unknownLanguageOption(String)
    case badClock(String)
    case terminalFailed(term: String)

    // MARK: Store
    case storeNewerDatabase(path: String, unknown: [String])
    case storeNotDialoog(path: String)
    case storeDamaged(path: String, detail: String)
    case storeCannotCreateFolder(path: String, detail: String)
    case storeCannotOpen(path: String, detail: String)

    /// The text in `language`.
    package func localized(_ language: Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}

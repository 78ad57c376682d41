import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI

/// What ends a command early, with the sentence to print and the sysexits code.
package enum CLIError: Error, Equatable {
    case notATerminal
    /// The full-screen program already runs on this database (sysexits EX_TEMPFAIL).
    case alreadyOpen(path: String)
    case badClock(String)
    case unknownLanguage(String)
    case store(StoreError)
    case terminalFailed(term: String)
    case contentNotFound(looked: [String])
    case contentFolderMissing(String)
    case checkPathMissing(String)
    case unknownID(kind: ContentKind, id: String, suggestion: String?)
    /// A problem with a series or plan named on the command line (exit 64 or 65).
    case plan(PlanText)
    /// A command given something it cannot use (exit 64), worded by `CommandText`.
    case usage(CommandText)
    /// `dialoog target remove` names no target there is (exit 65).
    case targetNotFound(Int64)
    /// `dialoog series duplicate` and `dialoog plan template`.
    case template(TemplateText)

    package var exitCode: Int32 {
        switch self {
        case .notATerminal, .unknownLanguage, .badClock, .unknownID, .usage: 64
        case .plan(.planNotImported), .plan(.seriesAlreadyRunning), .plan(.planIncomplete): 65
        case .plan(.planFileUnreadable), .plan(.planFileNotUTF8): 66
        case .plan: 64
        case .targetNotFound: 65
        case .template(.templateNotFound): 66
        case .template(.templateDamaged): 65
        case .template(.templateNotWritten): 73
        case .template: 64
        case .contentNotFound, .contentFolderMissing, .checkPathMissing: 66
        case .store(let error): error.exitCode
        case .terminalFailed: 69
        case .alreadyOpen: 75
        }
    }

    package func message(_ language: Language) -> String {
        switch self {
        case .notATerminal: CommandText.notATerminal.localized(language)
        case .alreadyOpen(let path): CommandText.alreadyOpen(path: path).localized(language)
        case .badClock(let value): CommandText.badClock(value).localized(language)
        case .unknownLanguage(let value): CommandText.unknownLanguageOption(value).localized(language)
        case .store(let error): error.text.localized(language)
        case .terminalFailed(let term): CommandText.terminalFailed(term: term).localized(language)
        case .contentNotFound(let looked): Text.contentNotFound(looked: looked).localized(language)
        case .contentFolderMissing(let path): Text.contentFolderMissing(path).localized(language)
        case .checkPathMissing(let path): CommandText.checkPathMissing(path).localized(language)
        case .targetNotFound(let id): CommandText.targetNotFound(id).localized(language)
        case .unknownID(let kind, let id, let suggestion):
            ContentProblem.unknownReference(kind, id, suggestion: suggestion).localized(language)
        case .plan(let text): text.localized(language)
        case .usage(let text): text.localized(language)
        case .template(let text): text.localized(language)
        }
    }
}

extension CLIError {
    /// The failure the TUI shows for an error met while reading content; nil for the errors
    /// only commands meet.
    var failure: Failure? {
        switch self {
        case .store(let error): .store(error)
        case .contentNotFound(let looked): .contentNotFound(looked: looked)
        case .contentFolderMissing(let path): .contentFolderMissing(path)
        case .notATerminal, .alreadyOpen, .badClock, .unknownLanguage, .terminalFailed, .checkPathMissing,
            .unknownID, .plan, .usage, .targetNotFound, .template:
            nil
        }
    }
}

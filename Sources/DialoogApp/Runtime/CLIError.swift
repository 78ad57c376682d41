import DialoogCore
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

    package var exitCode: Int32 {
        switch self {
        case .notATerminal, .unknownLanguage, .badClock, .unknownID: 64
        case .plan(.planNotImported), .plan(.seriesAlreadyRunning), .plan(.planIncomplete): 65
        case .plan(.planFileUnreadable), .plan(.planFileNotUTF8): 66
        case .plan: 64
        case .contentNotFound, .contentFolderMissing, .checkPathMissing: 66
        case .store(let error): error.exitCode
        case .terminalFailed: 69
        case .alreadyOpen: 75
        }
    }

    package func message(_ language: Language) -> String {
        switch self {
        case .notATerminal: Text.notATerminal.localized(language)
        case .alreadyOpen(let path): Text.alreadyOpen(path: path).localized(language)
        case .badClock(let value): Text.badClock(value).localized(language)
        case .unknownLanguage(let value): Text.unknownLanguageOption(value).localized(language)
        case .store(let error): error.text.localized(language)
        case .terminalFailed(let term): Text.terminalFailed(term: term).localized(language)
        case .contentNotFound(let looked): Text.contentNotFound(looked: looked).localized(language)
        case .contentFolderMissing(let path): Text.contentFolderMissing(path).localized(language)
        case .checkPathMissing(let path): Text.checkPathMissing(path).localized(language)
        case .unknownID(let kind, let id, let suggestion):
            ContentProblem.unknownReference(kind, id, suggestion: suggestion).message(in: language)
        case .plan(let text): text.localized(language)
        }
    }
}

extension StoreError {
    /// The sentence for the user, from the catalog.
    package var text: Text {
        switch self {
        case .newerDatabase(let path, let unknown): .storeNewerDatabase(path: path, unknown: unknown)
        case .notDialoog(let path): .storeNotDialoog(path: path)
        case .damaged(let path, let detail): .storeDamaged(path: path, detail: detail)
        case .cannotCreateFolder(let path, let detail): .storeCannotCreateFolder(path: path, detail: detail)
        case .cannotOpen(let path, let detail): .storeCannotOpen(path: path, detail: detail)
        case .seriesAlreadyExists(let id, let name): .storeSeriesAlreadyExists(id: id, name: name)
        case .meetingAlreadyHeld(let series, let number): .storeMeetingAlreadyHeld(series: series, number: number)
        case .idInOtherSeries(let id, let series): .storeIdInOtherSeries(id: id, series: series)
        case .notSaved(let detail): .storeNotSaved(detail: detail)
        case .agendaAlreadyHeld(let series, let number): .storeAgendaAlreadyHeld(series: series, number: number)
        case .seriesMissing(let id): .storeSeriesMissing(id: id)
        case .meetingMissing(let id): .storeMeetingMissing(id: id)
        case .meetingEnded(let series, let number): .storeMeetingEnded(series: series, number: number)
        case .otherMeetingRunning(let series, let number): .storeOtherMeetingRunning(series: series, number: number)
        case .seriesFinished(let series): .storeSeriesFinished(series: series)
        case .meetingNotEnded(let series, let number): .storeMeetingNotEnded(series: series, number: number)
        case .databaseMissing(let path): .storeDatabaseMissing(path: path)
        case .followUpMissing(let id): .storeFollowUpMissing(id: id)
        case .notAFile(let path): .storeNotAFile(path: path)
        case .planSetsState(let series, let number, let state):
            .storePlanSetsState(series: series, number: number, state: state)
        case .badValue(let path, let table, let column, let row, let value):
            .storeBadValue(path: path, table: table, column: column, row: row, value: value)
        }
    }
}

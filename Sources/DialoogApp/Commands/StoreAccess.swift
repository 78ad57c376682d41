import DialoogCore
import DialoogStore
import DialoogTUI
import Foundation

/// What a command that reads or writes series gets: the database, the library, the language,
/// the clock and the calendar.
struct StoreContext {
    var database: AppDatabase
    var library: Library
    var language: Language
    var now: Date
    var calendar: LocalCalendar

    /// The one series `reference` names (an id, the start of an id, or a name).
    func series(_ reference: String) throws(CLIError) -> Series {
        var matches: [Series]
        do {
            matches = try database.findSeries(reference)
            // Then a part of the name, so "kanaleneiland" finds "Ouders Kanaleneiland".
            let part = reference.trimmingCharacters(in: .whitespaces).lowercased()
            if matches.isEmpty, !part.isEmpty {
                matches = try database.allSeries().filter { $0.name.lowercased().contains(part) }
            }
        } catch {
            throw CLIError.store(AppDatabase.classify(error, path: database.path))
        }
        switch matches.count {
        case 0: throw .plan(.seriesNotFound(reference))
        case 1: return matches[0]
        default: throw .plan(.seriesAmbiguous(reference, matches: matches.map { "\($0.name) (\($0.id.prefix(8)))" }))
        }
    }

    /// The plan of the series `reference` names.
    func plan(_ reference: String) throws(CLIError) -> SeriesPlan {
        let series = try series(reference)
        do {
            guard let plan = try database.plan(seriesId: series.id) else {
                throw CLIError.plan(.seriesNotFound(reference))
            }
            return plan
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.store(AppDatabase.classify(error, path: database.path))
        }
    }

    /// What live mode recorded in each meeting of `plan`, by meeting id.
    func liveMeetings(of plan: SeriesPlan) throws(CLIError) -> [String: LiveMeeting] {
        var live: [String: LiveMeeting] = [:]
        try write {
            for meeting in plan.meetings {
                live[meeting.id] = try database.liveMeeting(meetingId: meeting.id)
            }
        }
        return live
    }

    /// Runs a database write, turning its errors into sentences.
    func write(_ body: () throws -> Void) throws(CLIError) {
        do { try body() } catch let error as CLIError { throw error } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(AppDatabase.classify(error, path: database.path))
        }
    }
}

extension GlobalOptions {
    /// Runs a command over the database and the library; a `CLIError` becomes its sentence
    /// and exit code. A command that only reads opens the file read-only and creates nothing
    /// (a missing file reads as an empty database); one that is `writing` holds the database's
    /// `SessionLock`, so it is refused while the full-screen program has the file open.
    func withStore(writing: Bool = false, _ body: (StoreContext) throws -> Void) throws {
        let environment = AppEnvironment()
        let language = language(environment)
        try CLIError.reporting(language) {
            let library = try library(environment, language: language, onlyLanguage: true).localized(to: language)
            let path = databasePath(environment)
            let database: AppDatabase
            do {
                database =
                    writing
                    ? try AppDatabase.open(at: path) : try AppDatabase.openForReading(at: path, missing: .empty)
            } catch {
                throw CLIError.store(error as? StoreError ?? AppDatabase.classify(error, path: path))
            }
            let lock =
                writing ? try SessionLock.acquire(databasePath: path, shownPath: environment.displayPath(path)) : nil
            let now = try environment.clock().now()
            try withExtendedLifetime(lock) {
                try body(
                    StoreContext(database: database, library: library, language: language, now: now, calendar: .system))
            }
        }
    }
}

/// Prints a sentence to stderr, control characters shown escaped (`SafeText`): a message may
/// quote a value someone typed.
func complain(_ text: String) {
    FileHandle.standardError.write(Data((SafeText.escaped(text) + "\n").utf8))
}

/// Prints to stdout as `print` does, control characters but newline and tab shown escaped
/// (`SafeText`, `\u{1B}`): every command prints through here, so a series name with an ESC in
/// it cannot set the terminal's title or clear its screen. JSON and plan files escape their own
/// first, so nothing is left to do for them.
func say(_ text: String, terminator: String = "\n") {
    print(SafeText.escaped(text), terminator: terminator)
}

import ArgumentParser
import DialoogCore
import DialoogStore
import DialoogTUI
import Foundation

/// `dialoog demo [--scale N] [--remove]`: loads the demo data (replacing the demo series of
/// before, never touching other series), or removes it. Refused while the full-screen
/// program is open on the same database: it may be showing a series the demo replaces.
package struct DemoCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo", abstract: CommandText.cliDemoAbstract.localized(CommandLineLanguage.current))
    }

    /// The largest scale: ten times the benchmark's 10,000 meetings.
    static let maximumScale = 100_000

    @OptionGroup package var global: GlobalOptions
    @Option(help: ArgumentHelp(CommandText.cliDemoScale.localized(CommandLineLanguage.current), valueName: "meetings"))
    package var scale: Int?
    @Flag(help: ArgumentHelp(CommandText.cliDemoRemove.localized(CommandLineLanguage.current)))
    package var remove = false

    package init() {}

    package func validate() throws {
        let language = CommandLineLanguage.current
        if let scale, !(3...Self.maximumScale).contains(scale) {
            throw ValidationError(
                CommandText.cliDemoScaleOutOfRange(scale, maximum: Self.maximumScale).localized(language))
        }
        if remove, scale != nil { throw ValidationError(CommandText.cliDemoRemoveWithScale.localized(language)) }
    }

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        let tell = { (text: CommandText) in say(text.localized(language)) }
        try CLIError.reporting(language) {
            let path = global.databasePath(environment)
            let database: AppDatabase
            do { database = try AppDatabase.open(at: path) } catch {
                throw CLIError.store(error as? StoreError ?? AppDatabase.classify(error, path: path))
            }
            let lock: SessionLock
            do {
                lock = try SessionLock.acquire(databasePath: path, shownPath: environment.displayPath(path))
            } catch {
                complain(CommandText.demoLocked(path: environment.displayPath(path)).localized(language))
                throw ExitCode(CLIError.alreadyOpen(path: path).exitCode)
            }
            let now = try environment.clock().now()
            try withExtendedLifetime(lock) {
                if remove {
                    let removed = try store(database) { try database.removeDemo() }
                    tell(removed == 0 ? .demoNothingToRemove : .demoRemoved(removed))
                    return
                }
                let library = try global.library(environment, language: language)
                let data = DemoData.make(now: now, calendar: .system, library: library, scale: scale)
                guard data.seriesCount > 0 else {
                    complain(CommandText.demoNoMethods.localized(language))
                    throw ExitCode(65)
                }
                let counts = try store(database) { try database.insertDemo(data) }
                tell(
                    .demoLoaded(
                        series: counts.series, meetings: counts.meetings, held: counts.held,
                        participants: counts.participants, evaluations: counts.evaluations))
                if counts.replaced > 0 { tell(.demoReplaced(counts.replaced)) }
                if counts.targetSet {
                    tell(.demoTargetSet(meetings: data.target.amount, year: LocalCalendar.system.parts(of: now).year))
                }
                tell(.demoHowToRemove)
            }
        }
    }

    /// Runs a store call, turning its errors into sentences.
    private func store<T>(_ database: AppDatabase, _ body: () throws -> T) throws(CLIError) -> T {
        do { return try body() } catch let error as StoreError { throw .store(error) } catch {
            throw .store(AppDatabase.classify(error, path: database.path))
        }
    }
}

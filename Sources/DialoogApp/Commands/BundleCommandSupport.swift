import ArgumentParser
import DialoogCore
import DialoogStore
import Foundation

extension BundleFailure {
    /// Runs a bundle command: a `BundleFailure` or a `CLIError` becomes its sentence on
    /// stderr and its exit code.
    static func reporting(_ language: Language, _ body: () throws -> Void) throws {
        do {
            try CLIError.reporting(language, body)
        } catch let failure as BundleFailure {
            complain(failure.text.localized(language))
            throw ExitCode(failure.exitCode)
        }
    }

    /// A refused bundle (exit 65).
    static func problem(_ problem: BundleProblem) -> BundleFailure {
        BundleFailure(text: .problem(problem), exitCode: 65)
    }
}

extension GlobalOptions {
    /// Opens the database for a bundle command: reading (the file must exist), or writing
    /// with the one-window lock held (exit 75 while another dialoog writes it).
    func bundleStore(_ environment: AppEnvironment, writing: Bool) throws(CLIError) -> (AppDatabase, SessionLock?) {
        let path = databasePath(environment)
        let database: AppDatabase
        do {
            database =
                writing ? try AppDatabase.open(at: path) : try AppDatabase.openForReading(at: path, missing: .refuse)
        } catch {
            throw CLIError.store(error)
        }
        let lock = writing ? try SessionLock.acquire(databasePath: path, shownPath: environment.displayPath(path)) : nil
        return (database, lock)
    }
}

/// Runs a store call, turning its errors into sentences.
func storeCall<T>(_ database: AppDatabase, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw CLIError.store(error) } catch let
        problem as BundleProblem
    {
        throw BundleFailure.problem(problem)
    } catch let failure as BundleFailure {
        throw failure
    } catch let error as CLIError {
        throw error
    } catch {
        throw CLIError.store(AppDatabase.classify(error, path: database.path))
    }
}

extension Erasure.Kind: ExpressibleByArgument {}
extension BundleImport.Preference: ExpressibleByArgument {}

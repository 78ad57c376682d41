import DialoogCore
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// The dialoog database: one SQLite file in WAL mode, migrated to the latest schema, through
/// one connection (a TUI for one person needs no pool of readers). Opening
/// refuses, without writing a byte, a file from a newer dialoog, a file that is not a dialoog
/// database, and a damaged one.
package final class AppDatabase: Sendable {
    package let writer: any DatabaseWriter
    /// Where the data lives, or ":memory:".
    package let path: String

    package var reader: any DatabaseReader { writer }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        try Migrations.migrator.migrate(writer)
    }

    /// A database in memory, for tests and for trying things out.
    package static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), path: ":memory:")
    }

    /// Opens (or creates) the database file at `path`, creating its folder with mode 0700 and
    /// the file with mode 0600 when they do not exist yet. `onlyReading` (`dialoog report`)
    /// skips the integrity check of the pages when opening will write nothing (no migration to
    /// run): it reads the whole file, half a second for 10,000 meetings, and a damaged page is
    /// still refused by SQLite when a query reaches it. With `onlyReading` a missing file is
    /// refused (`StoreError.databaseMissing`), never created: a mistyped `--db` must not give
    /// an empty report that looks real.
    package static func open(at path: String, onlyReading: Bool = false) throws(StoreError) -> AppDatabase {
        if onlyReading, !FileManager.default.fileExists(atPath: path) { throw .databaseMissing(path: path) }
        let url = URL(fileURLWithPath: path)
        try createFolder(url.deletingLastPathComponent().path)
        if FileManager.default.fileExists(atPath: path) {
            try inspect(path, pagesUnlessUpToDate: onlyReading)
        } else {
            try createFile(path)
        }
        do {
            var configuration = configuration()
            configuration.journalMode = .wal
            return try AppDatabase(writer: DatabaseQueue(path: path, configuration: configuration), path: path)
        } catch {
            throw classify(error, path: path)
        }
    }

    private static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        // Another dialoog on the same file (a second window) waits instead of failing.
        configuration.busyMode = .timeout(5)
        configuration.label = "dialoog"
        return configuration
    }

    // MARK: - Checks before writing

    /// Looks at an existing file read-only and throws if dialoog must not write to it. With
    /// `pagesUnlessUpToDate`, the pages are checked only when a migration is to run.
    static func inspect(_ path: String, pagesUnlessUpToDate: Bool = false) throws(StoreError) {
        let header: Data
        do {
            header = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 16) ?? Data()
        } catch {
            throw .cannotOpen(path: path, detail: describe(error))
        }
        // An empty file is a database with nothing in it yet: SQLite starts it afresh.
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else { throw .notDialoog(path: path) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            try queue.read { db in
                let checkPages = {
                    let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                    guard check == ["ok"] else {
                        throw StoreError.damaged(path: path, detail: check.prefix(2).joined(separator: "; "))
                    }
                }
                if !pagesUnlessUpToDate { try checkPages() }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty {
                    if pagesUnlessUpToDate { try checkPages() }
                    return
                }
                let applied = tables.contains("grdb_migrations") ? try Migrations.migrator.appliedIdentifiers(db) : []
                guard applied.contains(Migrations.first) else { throw StoreError.notDialoog(path: path) }
                let unknown = applied.subtracting(Migrations.migrator.migrations).sorted()
                if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown) }
                if pagesUnlessUpToDate, !Set(Migrations.migrator.migrations).isSubset(of: applied) { try checkPages() }
            }
        } catch {
            throw classify(error, path: path)
        }
    }

    /// Turns a SQLite error into the sentence a user can act on.
    package static func classify(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT: return .damaged(path: path, detail: error.message ?? "\(error.resultCode)")
            case .SQLITE_NOTADB: return .notDialoog(path: path)
            case .SQLITE_CONSTRAINT: return .notSaved(detail: error.message ?? "\(error.resultCode)")
            default: return .cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
            }
        }
        return .cannotOpen(path: path, detail: describe(error))
    }

    private static func describe(_ error: any Error) -> String {
        (error as? CocoaError)?.underlying.map { "\($0)" } ?? "\(error)"
    }

    // MARK: - Files with private permissions

    /// Creates `path` and missing parents with mode 0700; an existing folder is left as it is.
    static func createFolder(_ path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw .cannotCreateFolder(path: path, detail: String(cString: strerror(ENOTDIR)))
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path { try createFolder(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw .cannotCreateFolder(path: path, detail: String(cString: strerror(errno)))
        }
        // mkdir is subject to the umask; the folder must be private whatever the umask is.
        chmod(path, 0o700)
    }

    /// Creates an empty file with mode 0600, so SQLite (and its -wal and -shm files, which
    /// copy the file's mode) never exist with wider permissions, even for an instant.
    static func createFile(_ path: String) throws(StoreError) {
        let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        close(fd)
    }
}

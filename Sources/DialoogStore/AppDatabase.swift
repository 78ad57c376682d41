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
    /// A shared `flock` on the file while a reading command reads it without SQLite's locks
    /// (`immutable`), or -1. Closed after the connection, in `deinit`.
    private let readingLock: Int32
    /// Whether this open ran the full value scan and page check (after an unclean shutdown,
    /// a write by another program, a migration); false when the file was as dialoog left it.
    package let checkedFully: Bool
    /// A file this process writes: closing it in order leaves the clean-shutdown marker.
    private let marksCleanShutdown: Bool
    /// This open's own mark, different for every `AppDatabase` made in a run: the overzicht's
    /// cache tells one connection's change counts from another's by it (`figuresStamp`).
    let instance = UUID().uuidString

    package var reader: any DatabaseReader { writer }

    private init(
        writer: any DatabaseWriter, path: String, migrate: Bool = true, readingLock: Int32 = -1,
        checkedFully: Bool = true, marksCleanShutdown: Bool = false
    ) throws {
        self.writer = writer
        self.path = path
        self.readingLock = readingLock
        self.checkedFully = checkedFully
        self.marksCleanShutdown = marksCleanShutdown
        if migrate {
            try Migrations.migrator.migrate(writer)
            try writer.write { db in
                if try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < Migrations.schemaVersion {
                    try db.execute(sql: "PRAGMA user_version = \(Migrations.schemaVersion)")
                }
                // A file not as dialoog left it is not trusted with its figure tallies either:
                // they are computed again with the full check (`FigureTallyMigration`).
                if checkedFully { try FigureTallyMigration.rebuild(db) }
            }
        } else if checkedFully {
            try writer.writeWithoutTransaction { db in try FigureTallyMigration.shadow(db) }
        }
    }

    deinit {
        if marksCleanShutdown, (try? (writer as? DatabaseQueue)?.close()) != nil {
            CleanShutdown.mark(path)
        }
        guard readingLock >= 0 else { return }
        // Closing any descriptor of the file drops the process's POSIX locks on it, so the
        // connection goes first.
        try? (writer as? DatabaseQueue)?.close()
        close(readingLock)
    }

    /// A database in memory, for tests and for trying things out.
    package static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), path: ":memory:")
    }

    /// Opens (or creates) the database file at `path`, creating its folder with mode 0700 and
    /// the file with mode 0600 when they do not exist yet; an existing file with wider
    /// permissions is tightened to 0600 once it passed the checks. `onlyReading` opens it
    /// through `openForReading` instead. Nothing is written before the file has been checked.
    package static func open(at path: String, onlyReading: Bool = false) throws(StoreError) -> AppDatabase {
        if onlyReading { return try openForReading(at: path, missing: .refuse) }
        let url = URL(fileURLWithPath: path)
        var upToDate = false
        var full = true
        if try isPresent(path) {
            full = !CleanShutdown.isClean(path)
            upToDate = try inspect(path, full: full)
        } else {
            try createFolder(url.deletingLastPathComponent().path)
            try createFile(path)
        }
        tighten(path)
        // From here on the file is written: the next open checks it fully unless this process
        // closes it in order.
        CleanShutdown.clear(path)
        do {
            let database = try AppDatabase(
                writer: DatabaseQueue(path: path, configuration: configuration()), path: path,
                checkedFully: full || !upToDate, marksCleanShutdown: true)
            if !upToDate { try database.reader.read { try StoreCheck.run($0, path: path) } }
            return database
        } catch {
            throw classify(error, path: path)
        }
    }

    /// What a reading command does with a database file that does not exist.
    package enum Missing: Sendable {
        /// Refuse with `StoreError.databaseMissing`: a mistyped `--db` must not give an empty
        /// report that looks real.
        case refuse
        /// Read an empty database in memory: a list of nothing, and no file created.
        case empty
    }

    /// Opens the file at `path` for commands that only read (`series list`, `plan show`,
    /// `report`, …): read-only, with no WAL set-up, so a 0400 file or a copy on read-only media
    /// can be read and nothing is created beside it. When no dialoog writes the file (a shared
    /// `flock` on it is free) and it has no -wal with anything in it, SQLite reads it as `immutable`, which takes no
    /// locks and creates no -shm; otherwise it reads alongside the writer like any reader. The
    /// pages are checked only when a migration is to run: a damaged page is still refused by
    /// SQLite when a query reaches it. A file whose schema is older is migrated first, which
    /// is a write like any other command's.
    package static func openForReading(at path: String, missing: Missing) throws(StoreError) -> AppDatabase {
        guard try isPresent(path) else {
            if missing == .refuse { throw .databaseMissing(path: path) }
            do { return try inMemory() } catch { throw classify(error, path: path) }
        }
        let full = !CleanShutdown.isClean(path)
        guard try hasHeader(path) else { return try open(at: path) }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, detail: String(cString: strerror(errno))) }
        let alone = flock(descriptor, LOCK_SH | LOCK_NB) == 0 && !CleanShutdown.hasLog(path)
        // The connection that checks the file is the one that reads it: a second one would parse
        // the whole schema (110 KB of trigger text) again.
        let queue: DatabaseQueue
        let upToDate: Bool
        do {
            queue = try DatabaseQueue(
                path: alone ? immutableURI(path) : path, configuration: configuration(readonly: true))
        } catch {
            close(descriptor)
            throw classify(error, path: path)
        }
        do {
            upToDate = try inspect(queue, path: path, pagesUnlessUpToDate: true, full: full)
        } catch {
            try? queue.close()
            close(descriptor)
            throw error
        }
        guard upToDate else {
            try? queue.close()
            close(descriptor)
            return try open(at: path)
        }
        do {
            return try AppDatabase(
                writer: queue, path: path, migrate: false, readingLock: descriptor, checkedFully: full)
        } catch {
            try? queue.close()
            close(descriptor)
            throw classify(error, path: path)
        }
    }

    /// `path` as an SQLite URI that reads the file without locks or a -shm (the system SQLite
    /// is built with URI filenames).
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?mode=ro&immutable=1"
    }

    /// Whether something is at `path`; anything but a regular file (a folder, a FIFO, a
    /// device) is refused at once, before anything opens it: reading a FIFO would wait forever.
    static func isPresent(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return false }
            throw .cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
        return true
    }

    /// A database file readable by others is made private (0600) before dialoog writes to it.
    static func tighten(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return }
        chmod(path, 0o600)
    }

    private static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        // Another dialoog on the same file (a second window) waits instead of failing.
        configuration.busyMode = .timeout(5)
        configuration.label = "dialoog"
        if !readonly {
            // WAL is set here rather than with `journalMode = .wal`: GRDB's set-up lowers
            // `synchronous` to NORMAL and writes a table to create the -wal. FULL syncs the
            // WAL at every commit, so a power cut loses no action that was confirmed.
            configuration.prepareDatabase { db in
                if db.configuration.readonly { return }
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // What is deleted is overwritten with zeros, not left in free pages: an erased
                // participant's nickname must leave no byte in the file (`dialoog erase`).
                try db.execute(sql: "PRAGMA secure_delete = ON")
            }
        }
        return configuration
    }

    // MARK: - Checks before writing

    /// Looks at an existing file read-only and throws if dialoog must not write to it. With
    /// `pagesUnlessUpToDate`, the pages are checked only when a migration is to run; without
    /// `full` (the file is as dialoog left it, `CleanShutdown`) neither values nor pages are
    /// scanned unless a migration is to run. Returns
    /// whether the schema is up to date (no migration to run). Without a -wal beside the file
    /// it is read as `immutable`, so that looking creates no -wal or -shm.
    @discardableResult
    static func inspect(_ path: String, pagesUnlessUpToDate: Bool = false, full: Bool = true) throws(StoreError)
        -> Bool
    {
        // An empty file is a database with nothing in it yet: SQLite starts it afresh.
        guard try hasHeader(path) else { return false }
        let quiet = !FileManager.default.fileExists(atPath: path + "-wal")
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(
                path: quiet ? immutableURI(path) : path, configuration: configuration(readonly: true))
        } catch {
            throw classify(error, path: path)
        }
        defer { try? queue.close() }
        return try inspect(queue, path: path, pagesUnlessUpToDate: pagesUnlessUpToDate, full: full)
    }

    /// Whether the file at `path` starts as an SQLite database does; false for an empty file,
    /// and `notDialoog` for anything else.
    private static func hasHeader(_ path: String) throws(StoreError) -> Bool {
        let header: Data
        do {
            header = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 16) ?? Data()
        } catch {
            throw .cannotOpen(path: path, detail: describe(error))
        }
        if header.isEmpty { return false }
        guard header == Data("SQLite format 3\0".utf8) else { throw .notDialoog(path: path) }
        return true
    }

    /// `inspect`'s checks through `queue`, a read-only connection to the file at `path`.
    private static func inspect(_ queue: DatabaseQueue, path: String, pagesUnlessUpToDate: Bool, full: Bool)
        throws(StoreError) -> Bool
    {
        do {
            return try queue.read { db in
                let checkPages = {
                    let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                    guard check == ["ok"] else {
                        throw StoreError.damaged(path: path, detail: check.prefix(2).joined(separator: "; "))
                    }
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version > Migrations.schemaVersion {
                    throw StoreError.newerDatabase(path: path, unknownMigrations: ["user_version \(version)"])
                }
                // Only a file with nothing in it at all (no table, view, index or trigger) is
                // dialoog's to fill.
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if objects == 0 {
                    try checkPages()
                    return false
                }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let applied = tables.contains("grdb_migrations") ? try Migrations.migrator.appliedIdentifiers(db) : []
                guard applied.contains(Migrations.first) else { throw StoreError.notDialoog(path: path) }
                let unknown = applied.subtracting(Migrations.migrator.migrations).sorted()
                if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown) }
                let upToDate = Set(Migrations.migrator.migrations).isSubset(of: applied)
                // Values are checked once the schema is this version's (after migrating, if not).
                // A file as dialoog left it at an orderly close was checked when it was opened
                // before: only the header and versions above are read again.
                if upToDate && full { try StoreCheck.run(db, path: path) }
                if (!pagesUnlessUpToDate && full) || !upToDate { try checkPages() }
                return upToDate
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
            case .SQLITE_FULL: return .diskFull(path: path)
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

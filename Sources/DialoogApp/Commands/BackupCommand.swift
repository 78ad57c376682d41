import ArgumentParser
import DialoogCore
import DialoogStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dialoog backup FILE`: the whole store through SQLite's online backup (the program may be
/// open on it), sealed as a bundle is (`BundleSeal`).
package struct BackupCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "backup", abstract: BundleText.cliBackupAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions
    @Argument(help: ExportCommand.help(.optBackupFile, value: "file")) package var file: String
    @Flag(help: ExportCommand.help(.optForce)) package var force = false
    @Option(name: .customLong("to"), help: ExportCommand.help(.optTo, value: "age1…"))
    package var recipients: [String] = []
    @Option(help: ExportCommand.help(.optPassphraseFile, value: "file")) package var passphraseFile: String?
    @Flag(help: ExportCommand.help(.optPlain)) package var plain = false

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        try BundleFailure.reporting(language) {
            let seal = try BundleSeal.writing(
                to: recipients, passphraseFile: passphraseFile, plain: plain, language: language)
            let (database, _) = try global.bundleStore(environment, writing: false)
            // The copy is made in a private file beside the target, read whole and sealed.
            let copy = AtomicFile.temporaryPath(beside: file) + ".sqlite"
            let descriptor = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw BundleFailure(
                    text: .cannotWrite(path: file, detail: String(cString: strerror(errno))), exitCode: 73)
            }
            close(descriptor)
            defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(copy + suffix) } }
            try storeCall(database) { try database.backup(to: copy) }
            try PrivateFile.write(try seal.seal(try PrivateFile.read(copy)), to: file, force: force)
            if plain { complain(BundleText.plainWarning.localized(language)) }
            say(BundleText.backupWritten(path: file).localized(language))
        }
    }
}

/// `dialoog restore FILE`: puts a backup in place of the store (refused over an existing
/// store without `--force`), first applying again the erasure records the store holds that
/// the backup does not: what was erased after the backup stays erased.
package struct RestoreCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "restore", abstract: BundleText.cliRestoreAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions
    @Argument(help: ExportCommand.help(.optRestoreFile, value: "file")) package var file: String
    @Flag(help: ExportCommand.help(.optForce)) package var force = false
    @Option(help: ExportCommand.help(.optIdentity, value: "file")) package var identity: String?
    @Option(help: ExportCommand.help(.optPassphraseFile, value: "file")) package var passphraseFile: String?

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        try BundleFailure.reporting(language) {
            let opener = BundleOpener(
                identity: identity, passphraseFile: passphraseFile, defaultKey: environment.defaultKeyPath,
                language: language)
            let data = try opener.open(try PrivateFile.read(file), path: file)
            guard data.starts(with: Data("SQLite format 3\0".utf8)) else {
                throw BundleFailure(text: .restoreNotDatabase(path: file), exitCode: 65)
            }
            let path = global.databasePath(environment)
            let exists = FileManager.default.fileExists(atPath: path)
            if exists, !force { throw BundleFailure(text: .restoreNeedsForce(path: path), exitCode: 73) }
            let staged = AtomicFile.temporaryPath(beside: path) + ".sqlite"
            try? FileManager.default.createDirectory(
                atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try PrivateFile.write(data, to: staged, force: false)
            var placed = false
            defer { if !placed { for suffix in ["", "-wal", "-shm"] { unlink(staged + suffix) } } }
            let (current, lock) = exists ? try global.bundleStore(environment, writing: true) : (nil, nil)
            let applied = try withExtendedLifetime(lock) { () throws -> Int in
                let erasures = try current.map { database in try storeCall(database) { try database.erasures() } } ?? []
                let applied = try Self.stage(staged, erasures: erasures)
                try current?.closeNow()
                guard rename(staged, path) == 0 else {
                    throw BundleFailure(
                        text: .cannotWrite(path: path, detail: String(cString: strerror(errno))), exitCode: 73)
                }
                placed = true
                for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
                return applied
            }
            say(BundleText.restored(path: path, erasures: applied).localized(language))
        }
    }

    /// Opens the staged copy as a store (checked and migrated like any), applies the
    /// erasures it lacks, and closes it with its WAL folded in.
    private static func stage(_ staged: String, erasures: [Erasure]) throws -> Int {
        let database: AppDatabase
        do { database = try AppDatabase.open(at: staged) } catch { throw CLIError.store(error) }
        return try storeCall(database) { try database.applyErasures(erasures) }
    }
}

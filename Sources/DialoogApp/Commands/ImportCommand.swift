import ArgumentParser
import DialoogCore
import DialoogStore
import Foundation

/// `dialoog import BUNDLE…`: reads every bundle and checks it whole before the store is
/// opened, then applies all of them in one transaction (holding the one-window lock), or
/// nothing. Prints what was added, updated, left, erased and in conflict.
package struct ImportCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: BundleText.cliImportAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions
    @Argument(help: ExportCommand.help(.optBundles, value: "bundle")) package var bundles: [String]
    @Flag(help: ExportCommand.help(.optDryRun)) package var dryRun = false
    @Option(help: ExportCommand.help(.optPrefer, value: "newer|bundle|here"))
    package var prefer: BundleImport.Preference = .newer
    @Option(help: ExportCommand.help(.optIdentity, value: "file")) package var identity: String?
    @Option(help: ExportCommand.help(.optPassphraseFile, value: "file")) package var passphraseFile: String?

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        let tell = { (text: BundleText) in say(text.localized(language)) }
        try BundleFailure.reporting(language) {
            // Every file is read and checked whole before the store is opened; the import reads
            // each again when its turn comes, so one bundle at a time is in memory.
            let opener = BundleOpener(
                identity: identity, passphraseFile: passphraseFile, defaultKey: environment.defaultKeyPath,
                language: language)
            let load = { (file: String) throws -> SeriesBundle in
                let data = try opener.open(try PrivateFile.read(file), path: file)
                do { return try SeriesBundle.read(data, file: file) } catch let problem as BundleProblem {
                    throw BundleFailure.problem(problem)
                }
            }
            for file in bundles { _ = try load(file) }
            let now = try environment.clock().now()
            let (database, lock) = try global.bundleStore(environment, writing: true)
            let result = try withExtendedLifetime(lock) {
                try storeCall(database) {
                    try database.importBundles(files: bundles, load: load, prefer: prefer, dryRun: dryRun, now: now)
                }
            }
            if dryRun { tell(.importDryRun) }
            for entry in result.added { tell(.importAdded(name: entry.name, origin: entry.origin)) }
            for entry in result.updated {
                tell(.importUpdated(name: entry.name, origin: entry.origin, revision: entry.revision))
            }
            for conflict in result.conflicts { tell(.importConflict(conflict)) }
            for entry in result.older { tell(.importOlder(name: entry.name, revision: entry.revision)) }
            for entry in result.erasedSeries { tell(.importErasedSeries(name: entry.name)) }
            for entry in result.unchanged { tell(.importUnchanged(name: entry.name)) }
            if result.erased > 0 { tell(.importErased(result.erased)) }
            if result.changesNothing {
                tell(.importNothingChanged)
            } else if !dryRun {
                tell(.importDone(bundles: bundles.count))
            }
        }
    }
}

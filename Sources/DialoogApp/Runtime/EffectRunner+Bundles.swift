import DialoogAge
import DialoogCore
import DialoogStore
import Foundation

/// The overzicht's bundle keys: the same export and import as `dialoog export` and `dialoog
/// import`, through the same `BundleSeal` and `BundleOpener`. Never unencrypted and never a
/// passphrase here (no prompt can be asked under the full-screen program): an export goes to
/// the key typed or the stored coordinator key; an import opens plain files and files for
/// that key.
extension EffectRunner {
    func exportBundle(seriesIds: [String], path typed: String, recipient: String?, language: Language) -> [Action] {
        let path = expanded(typed)
        do {
            guard !seriesIds.isEmpty else { throw BundleFailure(text: .nothingToExport, exitCode: 64) }
            let seal = try BundleSeal(lock: .recipients([try coordinatorRecipient(typed: recipient)]))
            let bundle = try storeCall(database) {
                try database.bundle(seriesIds: seriesIds, withNames: false, withNotes: false, madeAt: clock.now())
            }
            try PrivateFile.write(try seal.seal(try bundle.encoded()), to: path, force: false)
            let meetings = bundle.series.reduce(0) { $0 + ($1.rows["meeting"]?.count ?? 0) }
            return [
                .bundleExported(
                    path: environment?.displayPath(path) ?? path, series: bundle.series.count, meetings: meetings)
            ]
        } catch {
            return [.overviewFailed(.bundleRefused(path: typed, reason: Self.reason(error, language)))]
        }
    }

    func importBundle(path typed: String, language: Language) -> [Action] {
        let path = expanded(typed)
        let opener = BundleOpener(
            identity: nil, passphraseFile: nil, defaultKey: environment?.defaultKeyPath ?? "", language: language,
            standardInputIsTerminal: false)
        var laptops: [String] = []
        let load = { (file: String) throws -> SeriesBundle in
            let data = try opener.open(try PrivateFile.read(file), path: typed)
            do {
                let bundle = try SeriesBundle.read(data, file: typed)
                if !laptops.contains(bundle.laptop) { laptops.append(bundle.laptop) }
                return bundle
            } catch let problem as BundleProblem {
                throw BundleFailure.problem(problem)
            }
        }
        do {
            _ = try load(path)
            let now = clock.now()
            let result = try storeCall(database) {
                try database.importBundles(files: [path], load: load, prefer: .newer, dryRun: false, now: now)
            }
            let time = calendar.parts(of: now)
            return [
                .bundleImported(
                    BundleImported(
                        added: result.added.count, updated: result.updated.count, unchanged: result.unchanged.count,
                        conflicts: result.conflicts.count, laptops: laptops.map { String($0.prefix(8)) },
                        time: String(format: "%02d:%02d", time.hour, time.minute)))
            ]
        } catch {
            return [.overviewFailed(.bundleRefused(path: typed, reason: Self.reason(error, language)))]
        }
    }

    /// The key typed, or the public key of the coordinator key stored on this laptop.
    private func coordinatorRecipient(typed: String?) throws(BundleFailure) -> AgeRecipient {
        if let typed {
            do { return try AgeRecipient(parsing: typed) } catch {
                throw BundleFailure(text: .badRecipient(typed), exitCode: 64)
            }
        }
        let stored = environment?.defaultKeyPath ?? ""
        guard FileManager.default.fileExists(atPath: stored) else {
            throw BundleFailure(text: .noKeyToExportTo, exitCode: 64)
        }
        let identities: [AgeIdentity]
        do { identities = try KeyFile.read(stored) } catch { throw BundleSeal.failure(error) }
        guard let identity = identities.first else {
            throw BundleSeal.failure(.age(.noIdentityInFile, file: stored))
        }
        return identity.recipient
    }

    private static func reason(_ error: any Error, _ language: Language) -> String {
        switch error {
        case let failure as BundleFailure: failure.text.localized(language)
        case let error as CLIError: error.message(language)
        default: String(describing: error)
        }
    }
}

import DialoogCore
import DialoogStore

extension BundleText {
    package var english: String {
        switch self {
        case .cliExportAbstract: "Writes series to one bundle for the coordinator (without nicknames and notes)."
        case .cliImportAbstract: "Reads bundles from other laptops: all of them at once, or nothing."
        case .cliEraseAbstract: "Erases a participant, series or meeting for real, keeping only its id."
        case .cliBackupAbstract: "Makes a backup of the database, also while dialoog is open."
        case .cliRestoreAbstract: "Restores a backup and applies the erasures made since then again."
        case .optSeries: "One series: id, start of the id, or name."
        case .optName: "Series whose name contains this."
        case .optOrganisation: "Series of this organisation."
        case .optPeriod: "Series with a meeting in this period (2026, 2026-Q4, 2026-11)."
        case .optIncludeDemo: "Include demo series too."
        case .optOutput: "The bundle file to write."
        case .optForce: "Replace an existing file."
        case .optTo: "Encrypt to this public key (age1…); may be repeated."
        case .optPassphraseFile: "Encrypt or open with the passphrase in this file."
        case .optIdentity: "Open with the secret key in this file."
        case .optPlain: "Write without encryption (only when you must)."
        case .optWithNames: "Include participants' nicknames (encrypted only)."
        case .optWithNotes: "Include the notes typed in meetings."
        case .optLaptop: "Only series from this laptop (its id, or the start of it, as import shows it)."
        case .optBundles: "The bundle files."
        case .optDryRun: "Show what would change, without changing anything."
        case .optPrefer: "In a conflict: newer (highest revision), bundle or here."
        case .optYes: "Do not ask: for scripts."
        case .optEraseKind: "participant, series or meeting."
        case .optEraseId: "The id (or its first 8 characters); for a series also its name."
        case .optBackupFile: "The file for the backup."
        case .optRestoreFile: "The backup to restore."
        case .lockMissing:
            "Choose how the file is protected: --to age1… (the coordinator's key), --passphrase-file FILE, "
                + "or --plain for an unencrypted file. In a terminal dialoog asks for a passphrase."
        case .plainWithKey: "--plain does not go with --to or --passphrase-file."
        case .badRecipient(let value): "'\(value)' is not a public key; those start with age1."
        case .age(let problem): problem.message(.en)
        case .namesNeedEncryption: "--with-names does not go with --plain: nicknames only leave encrypted."
        case .plainWarning: "Note: this file is not encrypted. Anyone who gets hold of it can read it."
        case .namesWarning: "Note: this bundle holds the participants' nicknames."
        case .badPeriod(let value): "'\(value)' is not a period. Write 2026, 2026-Q4 or 2026-11."
        case .outputExists(let path): "\(path) already exists. Choose another name, or replace it with --force."
        case .outputNotAFile(let path): "\(path) is not a regular file; nothing was written."
        case .cannotWrite(let path, let detail): "\(path) cannot be written: \(detail)."
        case .noKeyToExportTo:
            "Type the coordinator's key (age1…): there is no coordinator key on this laptop. Nothing was written."
        case .nothingToExport: "No series match; nothing was written."
        case .exported(let path, let series, let meetings):
            "Bundle written to \(path): \(series) series, \(meetings) \(meetings == 1 ? "meeting" : "meetings")."
        case .fileMissing(let path): "\(path) does not exist."
        case .inputNotAFile(let path): "\(path) is not a regular file; nothing was read."
        case .fileUnreadable(let path, let detail): "\(path) cannot be read: \(detail)."
        case .problem(let problem): problem.english
        case .importDryRun: "Dry run: nothing was changed. This would happen:"
        case .importAdded(let name, let origin): "  new          \(name) (from laptop \(origin.prefix(8)))"
        case .importUpdated(let name, let origin, let revision):
            "  updated      \(name) (from laptop \(origin.prefix(8)), revision \(revision))"
        case .importUnchanged(let name): "  unchanged    \(name)"
        case .importOlder(let name, let revision):
            "  skipped      \(name): revision \(revision) is older than what is here"
        case .importErasedSeries(let name): "  erased       \(name): this series was erased and does not come back"
        case .importConflict(let conflict):
            "  conflict     \(conflict.entry.name): here revision \(conflict.here.revision) "
                + "(\(conflict.here.held) of \(conflict.here.meetings) held, \(conflict.here.evaluations) evaluations), "
                + "in the bundle revision \(conflict.bundle.revision) (\(conflict.bundle.held) of "
                + "\(conflict.bundle.meetings) held, \(conflict.bundle.evaluations) evaluations); "
                + (conflict.keptBundle ? "the bundle's was kept" : "this store's was kept")
        case .importErased(let count): "  \(count) erased \(count == 1 ? "item" : "items") removed again"
        case .importNothingChanged: "Nothing changed: everything in these bundles was here already."
        case .importDone(let bundles): "\(bundles) \(bundles == 1 ? "bundle" : "bundles") imported."
        case .eraseNotFound(let kind, let reference): "No \(kind.english) found for '\(reference)'."
        case .eraseAmbiguous(let kind, let reference, let count):
            "'\(reference)' matches \(count) of kind \(kind.english); give more characters of the id."
        case .eraseWhat(let item): "Erase: \(item.english)."
        case .eraseAsk: "This cannot be undone. Erase for real? (y/n) "
        case .eraseNeedsYes: "Erasing asks for confirmation; give --yes when there is no terminal."
        case .eraseCancelled: "Not erased."
        case .erased(let item):
            "Erased: \(item.english). Only the id is kept, so the next bundle erases it elsewhere too."
        case .backupWritten(let path): "Backup written to \(path)."
        case .restoreNeedsForce(let path):
            "\(path) already exists. Restoring replaces everything in it; give --force if that is what you mean."
        case .restoreNotDatabase(let path): "\(path) is not a dialoog backup; nothing was changed."
        case .restored(let path, let erasures):
            "Backup restored into \(path)"
                + (erasures == 0 ? "." : "; \(erasures) later \(erasures == 1 ? "erasure" : "erasures") applied again.")
        }
    }
}

extension BundleProblem {
    var english: String {
        switch self {
        case .unreadable(let file, let place):
            "\(file): not a readable bundle" + (place.isEmpty ? "" : " (at \(place))") + ". Nothing was imported."
        case .notABundle(let file): "\(file): not a dialoog bundle. Nothing was imported."
        case .newerVersion(let file, let version):
            "\(file): made by a newer dialoog (bundle version \(version)). Update dialoog. Nothing was imported."
        case .badVersion(let file, let version): "\(file): unknown bundle version \(version). Nothing was imported."
        case .badId(let file, let place, let value): "\(file): \(place): '\(value)' is not an id. Nothing was imported."
        case .unsafeText(let file, let place): "\(file): \(place): text with control characters. Nothing was imported."
        case .outOfRange(let file, let place, let value):
            "\(file): \(place): '\(value)' is beyond what dialoog handles. Nothing was imported."
        case .tooMany(let file, let place, let count, let limit):
            "\(file): \(place): \(count) is more than \(limit). Nothing was imported."
        case .unknownTable(let file, let place):
            "\(file): \(place) is unknown to this version of dialoog. Nothing was imported."
        case .wrongSeries(let file, let place):
            "\(file): \(place) does not belong to this series. Nothing was imported."
        case .refused(let file, _, let detail): "\(file): the database refuses \(detail). Nothing was imported."
        }
    }
}

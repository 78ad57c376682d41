import DialoogCore
import DialoogStore

/// The words of `dialoog export`, `import`, `erase`, `backup` and `restore`: a catalog of its
/// own beside `CommandText`, reached the same way (`localized(_:)`);
/// `BundleText+Dutch.swift` and `BundleText+English.swift` are exhaustive switches.
package enum BundleText: Equatable, Sendable {
    case cliExportAbstract, cliImportAbstract, cliEraseAbstract, cliBackupAbstract, cliRestoreAbstract
    case optSeries, optName, optOrganisation, optPeriod, optIncludeDemo, optOutput, optForce
    case optTo, optPassphraseFile, optIdentity, optPlain, optWithNames, optWithNotes
    case optLaptop, optBundles, optDryRun, optPrefer, optYes, optEraseKind, optEraseId, optBackupFile, optRestoreFile
    /// Neither `--to`, `--passphrase-file` nor `--plain`, and no terminal to ask a passphrase on.
    case lockMissing
    case plainWithKey
    case badRecipient(String)
    /// Encrypting or opening an age file failed: a wrong key or passphrase, a damaged file.
    case age(AgeProblem)
    case namesNeedEncryption
    case plainWarning
    case namesWarning
    case badPeriod(String)
    case outputExists(path: String)
    case outputNotAFile(path: String)
    case cannotWrite(path: String, detail: String)
    case nothingToExport
    /// The overzicht's export with no key typed and no coordinator key on this laptop.
    case noKeyToExportTo
    case exported(path: String, series: Int, meetings: Int)
    case fileMissing(path: String)
    /// A bundle or backup path that is a folder, a FIFO or a device.
    case inputNotAFile(path: String)
    case fileUnreadable(path: String, detail: String)
    case problem(BundleProblem)
    case importDryRun
    case importAdded(name: String, origin: String)
    case importUpdated(name: String, origin: String, revision: Int64)
    case importUnchanged(name: String)
    case importOlder(name: String, revision: Int64)
    case importErasedSeries(name: String)
    case importConflict(BundleImport.Conflict)
    case importErased(Int)
    case importNothingChanged
    case importDone(bundles: Int)
    case eraseNotFound(kind: Erasure.Kind, reference: String)
    case eraseAmbiguous(kind: Erasure.Kind, reference: String, count: Int)
    case eraseWhat(AppDatabase.Erasable)
    case eraseAsk
    case eraseNeedsYes
    case eraseCancelled
    case erased(AppDatabase.Erasable)
    case backupWritten(path: String)
    case restoreNeedsForce(path: String)
    case restoreNotDatabase(path: String)
    case restored(path: String, erasures: Int)
}

/// A bundle command's refusal: its words and its sysexits code.
struct BundleFailure: Error {
    var text: BundleText
    var exitCode: Int32
}

extension Erasure.Kind {
    var dutch: String {
        switch self {
        case .participant: "deelnemer"
        case .series: "serie"
        case .meeting: "bijeenkomst"
        }
    }

    var english: String {
        switch self {
        case .participant: "participant"
        case .series: "series"
        case .meeting: "meeting"
        }
    }
}

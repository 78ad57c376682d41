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
    /// Neither `--to`, `--passphrase-file` nor `--plain`.
    case lockMissing
    case plainWithKey
    case badRecipient(String)
    /// Encryption is asked for but the age module is not in this build yet.
    case encryptionMissing
    /// The file is an age file, and the age module is not in this build yet.
    case decryptionMissing(path: String)
    case namesNeedEncryption
    case plainWarning
    case namesWarning
    case badPeriod(String)
    case outputExists(path: String)
    case outputNotAFile(path: String)
    case cannotWrite(path: String, detail: String)
    case nothingToExport
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

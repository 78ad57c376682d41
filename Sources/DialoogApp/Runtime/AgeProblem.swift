import DialoogAge
import DialoogCore

/// What stops writing or reading an encrypted file or a key, with its sentence and sysexits
/// code: the one way export, import, backup and `dialoog key` report these.
package enum AgeProblem: Error, Equatable, Sendable {
    /// The age format refused `file` (nil: text given on the command line, such as `--to age1…`).
    case age(AgeError, file: String?)
    /// `dialoog key new` never replaces a key: files encrypted to it would be lost (EX_CANTCREAT).
    case keyExists(path: String)
    case keyMissing(path: String)
    /// An age file locked to keys, opened without `--identity` and with no stored coordinator key.
    case identityNeeded(path: String)
    case cannotWrite(path: String, detail: String)
    case cannotRead(path: String, detail: String)
    /// The passphrase file's first line is empty.
    case passphraseFileEmpty(path: String)
    case passphrasesDiffer
    /// No `--passphrase-file` and no terminal to ask on.
    case noPassphraseSource
    /// The terminal prompt was ended (Ctrl-D) before a passphrase was typed.
    case passphraseAborted

    package var exitCode: Int32 {
        switch self {
        case .age(.noRecipients, _), .age(.emptyPassphrase, _), .noPassphraseSource, .identityNeeded: 64
        case .age(.badKeyText, file: nil): 64
        case .age: 65
        case .passphraseFileEmpty, .passphrasesDiffer, .passphraseAborted: 65
        case .keyMissing, .cannotRead: 66
        case .keyExists, .cannotWrite: 73
        }
    }

    package func message(_ language: Language) -> String {
        switch self {
        case .age(.badKeyText(line: let line?), let file?):
            "\(file):\(line): " + AgeText.badKeyLine.localized(language)
        case .age(let error, let file?): "\(file): " + AgeText.error(error).localized(language)
        case .age(let error, nil): AgeText.error(error).localized(language)
        case .keyExists(let path): AgeText.keyExists(path: path).localized(language)
        case .keyMissing(let path): AgeText.keyMissing(path: path).localized(language)
        case .cannotWrite(let path, let detail): AgeText.cannotWrite(path: path, detail: detail).localized(language)
        case .cannotRead(let path, let detail): AgeText.cannotRead(path: path, detail: detail).localized(language)
        case .passphraseFileEmpty(let path): "\(path):1: " + AgeText.passphraseFileEmpty.localized(language)
        case .identityNeeded(let path): AgeText.identityNeeded(path: path).localized(language)
        case .passphrasesDiffer: AgeText.passphrasesDiffer.localized(language)
        case .noPassphraseSource: AgeText.noPassphraseSource.localized(language)
        case .passphraseAborted: AgeText.passphraseAborted.localized(language)
        }
    }
}

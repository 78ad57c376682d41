import DialoogAge
import DialoogCore

/// The words of encryption: the age format's refusals, `dialoog key` and the passphrase
/// prompts, in Dutch and English (exhaustive switches, like `CommandText`).
package enum AgeText: Equatable, Sendable {
    case error(AgeError)
    /// After `file:line:` of a key file.
    case badKeyLine
    case cliKeyAbstract
    case cliKeyNewAbstract
    case cliKeyShowAbstract
    case cliKeyOutput
    case cliKeyIdentity
    case cliPassphraseFile
    case keySaved(path: String)
    case keyHandOut
    /// The key file can be read by others than its owner (its mode, such as 644).
    case keyTooOpen(path: String, mode: String)
    case keyExists(path: String)
    case keyMissing(path: String)
    case identityNeeded(path: String)
    case cannotWrite(path: String, detail: String)
    case cannotRead(path: String, detail: String)
    case passphrasePrompt
    case passphraseRepeat
    case passphraseFileEmpty
    case passphrasesDiffer
    case noPassphraseSource
    case passphraseAborted
}

import DialoogAge
import DialoogCore

extension AgeText {
    package var english: String {
        switch self {
        case .error(let error): Self.english(error)
        case .badKeyLine: "not a valid secret key (one starts with AGE-SECRET-KEY-1)."
        case .cliKeyAbstract: "Makes or shows the key a coordinator opens encrypted bundles with."
        case .cliKeyNewAbstract:
            "Makes a new key pair: the secret part stays on this laptop, the public part (age1…) is handed out."
        case .cliKeyShowAbstract: "Shows the public key (age1…) of the stored secret key."
        case .cliKeyOutput: "Where the secret key goes (default $XDG_DATA_HOME/dialoog/keys/coordinator.age-key)."
        case .cliKeyIdentity: "The secret key file (default the one dialoog key new makes)."
        case .cliPassphraseFile: "Read the passphrase from the first line of this file instead of asking for it."
        case .keySaved(let path): "Secret key saved in \(path); only you can read that file."
        case .keyHandOut:
            "Give the public key above to the facilitators who send their bundles to you. "
                + "The secret file never leaves this laptop."
        case .keyTooOpen(let path, let mode):
            "Note: others can read \(path) too (mode \(mode)). Make it private with: chmod 600 \(path)"
        case .keyExists(let path):
            "There is a key in \(path) already. dialoog does not replace it: bundles encrypted to it would be lost. "
                + "Choose another file with --output."
        case .keyMissing(let path): "There is no key in \(path). Make one with: dialoog key new"
        case .identityNeeded(let path):
            "\(path) is encrypted to a key and there is no coordinator key here. Give --identity FILE. "
                + "Nothing was imported."
        case .cannotWrite(let path, let detail): "\(path) cannot be written: \(detail)."
        case .cannotRead(let path, let detail): "\(path) cannot be read: \(detail)."
        case .passphrasePrompt: "Passphrase: "
        case .passphraseRepeat: "The same passphrase again: "
        case .passphraseFileEmpty: "the first line is empty; the passphrase belongs there."
        case .passphrasesDiffer: "The two passphrases differ. Nothing was written; please try again."
        case .noPassphraseSource:
            "A passphrase is needed. Give --passphrase-file FILE, or run the command in a terminal and dialoog asks."
        case .passphraseAborted: "No passphrase entered; nothing was done."
        }
    }

    private static func english(_ error: AgeError) -> String {
        switch error {
        case .notAgeFile: "this is not an encrypted age file (it does not start with age-encryption.org/v1)."
        case .armored:
            "this age file is in text form (BEGIN AGE ENCRYPTED FILE); dialoog reads only the plain form. "
                + "Ask for the file without --armor."
        case .unsupportedVersion(let version):
            "this age file has version '\(version)'; dialoog reads age-encryption.org/v1."
        case .unsupportedStanza(let kind):
            "this file is encrypted to a key of the kind '\(kind)'; dialoog opens only age keys (age1…) and "
                + "passphrases."
        case .malformedHeader: "the file's header is damaged; it cannot be opened."
        case .noMatchingIdentity: "none of the given keys fits: the file was encrypted to another key."
        case .needsPassphrase: "this file is encrypted with a passphrase, not to a key."
        case .needsKey: "this file is encrypted to a key, not with a passphrase."
        case .wrongPassphrase: "the passphrase is wrong."
        case .truncated: "the file is cut short: its end is missing. Ask for it again."
        case .altered: "the file is damaged or changed: the check fails. Nothing from it was used."
        case .workFactorTooHigh(let factor, let maximum):
            "the passphrase asks for scrypt work factor \(factor); dialoog goes no higher than \(maximum), "
                + "or the laptop would hang."
        case .badKeyText(line: nil):
            "this is not a valid age key (a public one starts with age1, a secret one with AGE-SECRET-KEY-1)."
        case .badKeyText(let line?): "line \(line) is not a valid secret key."
        case .noIdentityInFile: "there is no secret key (AGE-SECRET-KEY-1…) in it."
        case .noRecipients: "there is no recipient: name at least one public key (age1…)."
        case .emptyPassphrase: "an empty passphrase protects nothing; choose a passphrase."
        }
    }
}

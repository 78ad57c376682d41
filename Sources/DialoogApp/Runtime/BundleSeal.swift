import Foundation

/// The one seam between what dialoog writes (a bundle's JSON, a backup's SQLite bytes) and
/// the bytes of the file, for `export`, `import`, `backup` and `restore` alike.
///
/// Encryption with age (`DialoogAge`) plugs in here and nowhere else: in `seal(_:)`, the case
/// `.recipients` becomes `Age.encrypt(data, to: recipients.map(AgeRecipient…))` and
/// `.passphrase` `Age.encrypt(data, passphrase: …)` with the file's first line; in
/// `open(_:path:)`, an age file becomes `Age.decrypt(data, identities: …)` with `--identity`
/// or `Age.decrypt(data, passphrase: …)` with `--passphrase-file`. Until then both refuse
/// with exit 69 and write or read nothing; `--plain` works in full.
struct BundleSeal: Equatable {
    enum Lock: Equatable {
        case plain
        /// Public keys (`age1…`) of the coordinators who may open the file.
        case recipients([String])
        /// A file whose first line is the passphrase.
        case passphrase(file: String)
    }

    var lock: Lock
    /// For opening an age file: a file with the secret key (`--identity`).
    var identity: String?

    /// The first bytes of every age file (age-encryption.org/v1).
    static let ageHeader = Data("age-encryption.org/v1\n".utf8)

    /// The lock the options ask for: exactly one of `--to` (repeatable), `--passphrase-file`
    /// and `--plain`.
    static func writing(to recipients: [String], passphraseFile: String?, plain: Bool) throws(BundleFailure)
        -> BundleSeal
    {
        if plain {
            guard recipients.isEmpty, passphraseFile == nil else {
                throw BundleFailure(text: .plainWithKey, exitCode: 64)
            }
            return BundleSeal(lock: .plain)
        }
        if let bad = recipients.first(where: { !$0.hasPrefix("age1") }) {
            throw BundleFailure(text: .badRecipient(bad), exitCode: 64)
        }
        if !recipients.isEmpty {
            guard passphraseFile == nil else { throw BundleFailure(text: .plainWithKey, exitCode: 64) }
            return BundleSeal(lock: .recipients(recipients))
        }
        if let passphraseFile { return BundleSeal(lock: .passphrase(file: passphraseFile)) }
        throw BundleFailure(text: .lockMissing, exitCode: 64)
    }

    /// The file's bytes for `data`.
    func seal(_ data: Data) throws(BundleFailure) -> Data {
        switch lock {
        case .plain: return data
        // AGE SEAM: encrypt here (see the type's comment).
        case .recipients, .passphrase: throw BundleFailure(text: .encryptionMissing, exitCode: 69)
        }
    }

    /// The bytes inside the file at `path` whose bytes are `data`: a plain file as it is, an
    /// age file decrypted.
    static func open(_ data: Data, path: String, identity: String?, passphraseFile: String?) throws(BundleFailure)
        -> Data
    {
        guard data.starts(with: ageHeader) else { return data }
        // AGE SEAM: decrypt here with `identity` or `passphraseFile` (see the type's comment).
        throw BundleFailure(text: .decryptionMissing(path: path), exitCode: 69)
    }
}

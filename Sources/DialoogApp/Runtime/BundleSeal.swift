import DialoogAge
import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one seam between what dialoog writes (a bundle's JSON, a backup's SQLite bytes) and
/// the bytes of the file, for `export`, `import`, `backup` and `restore` alike: an age file
/// (age-encryption.org/v1) to public keys or a passphrase, or plain only when asked.
struct BundleSeal {
    enum Lock {
        case plain
        /// The coordinators who may open the file (`--to age1…`, repeatable).
        case recipients([AgeRecipient])
        case passphrase(String)
    }

    var lock: Lock

    /// The first bytes of every age file (age-encryption.org/v1).
    static let ageHeader = Data("age-encryption.org/v1\n".utf8)

    /// The lock the options ask for: `--to` (repeatable), `--passphrase-file` or `--plain`,
    /// one kind at most; with none, a passphrase typed twice on the terminal when standard
    /// input is one. Encrypting is the default: without a terminal, no option is refused.
    static func writing(
        to recipients: [String], passphraseFile: String?, plain: Bool, language: Language,
        standardInputIsTerminal: Bool = isatty(STDIN_FILENO) == 1
    ) throws(BundleFailure) -> BundleSeal {
        if plain {
            guard recipients.isEmpty, passphraseFile == nil else {
                throw BundleFailure(text: .plainWithKey, exitCode: 64)
            }
            return BundleSeal(lock: .plain)
        }
        if !recipients.isEmpty {
            guard passphraseFile == nil else { throw BundleFailure(text: .plainWithKey, exitCode: 64) }
            var keys: [AgeRecipient] = []
            for text in recipients {
                do {
                    keys.append(try AgeRecipient(parsing: text.trimmingCharacters(in: .whitespaces)))
                } catch {
                    throw BundleFailure(text: .badRecipient(text), exitCode: 64)
                }
            }
            return BundleSeal(lock: .recipients(keys))
        }
        guard passphraseFile != nil || standardInputIsTerminal else {
            throw BundleFailure(text: .lockMissing, exitCode: 64)
        }
        do {
            let passphrase = try PassphraseReader.read(
                file: passphraseFile, confirm: true, language: language,
                standardInputIsTerminal: standardInputIsTerminal)
            return BundleSeal(lock: .passphrase(passphrase))
        } catch {
            throw BundleFailure(text: .age(error), exitCode: error.exitCode)
        }
    }

    /// Whether the file will be encrypted (`--with-names` needs it).
    var encrypts: Bool {
        if case .plain = lock { return false }
        return true
    }

    /// The file's bytes for `data`.
    func seal(_ data: Data) throws(BundleFailure) -> Data {
        switch lock {
        case .plain: return data
        case .recipients(let keys):
            do { return try Age.encrypt(data, to: keys) } catch { throw Self.failure(.age(error, file: nil)) }
        case .passphrase(let passphrase):
            do { return try Age.encrypt(data, passphrase: passphrase) } catch {
                throw Self.failure(.age(error, file: nil))
            }
        }
    }

    /// The command's refusal for `problem`, with its exit code.
    static func failure(_ problem: AgeProblem) -> BundleFailure {
        BundleFailure(text: .age(problem), exitCode: problem.exitCode)
    }
}

/// Opens the files of one `import` or `restore`: plain files as they are, age files with
/// `--identity` (else the stored coordinator key) or a passphrase (`--passphrase-file`, else
/// typed once on the terminal and kept for the other files of the same command).
final class BundleOpener {
    let identity: String?
    let passphraseFile: String?
    /// The stored coordinator key, used when `--identity` is not given and it exists.
    let defaultKey: String
    let language: Language
    let standardInputIsTerminal: Bool
    private var typed: String?
    private var identities: [AgeIdentity]?

    init(
        identity: String?, passphraseFile: String?, defaultKey: String, language: Language,
        standardInputIsTerminal: Bool = isatty(STDIN_FILENO) == 1
    ) {
        self.identity = identity
        self.passphraseFile = passphraseFile
        self.defaultKey = defaultKey
        self.language = language
        self.standardInputIsTerminal = standardInputIsTerminal
    }

    /// The bytes inside the file at `path` whose bytes are `data`: a plain file as it is, an
    /// age file decrypted. A wrong key or passphrase, a truncated or altered file: exit 65.
    func open(_ data: Data, path: String) throws(BundleFailure) -> Data {
        guard data.starts(with: BundleSeal.ageHeader) else { return data }
        do {
            return try decrypt(data, path: path)
        } catch {
            throw BundleSeal.failure(error)
        }
    }

    private func decrypt(_ data: Data, path: String) throws(AgeProblem) -> Data {
        // With no key at all, the header alone says which kind of lock the file has.
        var needsPassphrase = false
        do {
            _ = try Age.decrypt(data, identities: [])
        } catch {
            switch error {
            case .needsPassphrase: needsPassphrase = true
            case .noMatchingIdentity: needsPassphrase = false
            default: throw .age(error, file: path)
            }
        }
        if needsPassphrase {
            let passphrase = try self.passphrase()
            do { return try Age.decrypt(data, passphrase: passphrase) } catch { throw .age(error, file: path) }
        }
        let keys = try self.keys(for: path)
        do { return try Age.decrypt(data, identities: keys) } catch { throw .age(error, file: path) }
    }

    private func passphrase() throws(AgeProblem) -> String {
        if let passphraseFile { return try PassphraseReader.fromFile(passphraseFile) }
        if let typed { return typed }
        let read = try PassphraseReader.read(
            file: nil, confirm: false, language: language, standardInputIsTerminal: standardInputIsTerminal)
        typed = read
        return read
    }

    private func keys(for path: String) throws(AgeProblem) -> [AgeIdentity] {
        if let identities { return identities }
        let file = identity ?? defaultKey
        guard identity != nil || FileManager.default.fileExists(atPath: defaultKey) else {
            throw .identityNeeded(path: path)
        }
        let read = try KeyFile.read(file)
        identities = read
        return read
    }
}

import Crypto
import Foundation
import _CryptoExtras

/// The scrypt stanza: `-> scrypt <salt> <log2 N>` and the file key sealed with a key derived
/// from the passphrase. It must be the only stanza of its file.
enum AgeScrypt {
    static let type = "scrypt"
    private static let label = Data("age-encryption.org/v1/scrypt".utf8)

    static func wrap(_ fileKey: SymmetricKey, passphrase: String, workFactor: Int) throws(AgeError) -> AgeStanza {
        let salt = SymmetricKey(size: .bits128).bytes
        let key = try derive(passphrase, salt: salt, workFactor: workFactor)
        let body = try AgeSeal.seal(fileKey.bytes, with: key)
        return AgeStanza(type: type, arguments: [AgeBase64.encode(salt), String(workFactor)], body: body)
    }

    static func unwrap(_ stanza: AgeStanza, passphrase: String, maximumWorkFactor: Int) throws(AgeError)
        -> SymmetricKey
    {
        guard stanza.arguments.count == 2, let salt = AgeBase64.decode(Substring(stanza.arguments[0])),
            salt.count == 16, stanza.body.count == 32
        else { throw .malformedHeader }
        let digits = stanza.arguments[1]
        guard digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            !digits.hasPrefix("0")
        else { throw .malformedHeader }
        guard let workFactor = Int(digits), workFactor <= maximumWorkFactor else {
            throw .workFactorTooHigh(Int(digits) ?? Int.max, maximum: maximumWorkFactor)
        }
        let key = try derive(passphrase, salt: salt, workFactor: workFactor)
        guard let fileKey = AgeSeal.open(stanza.body, with: key) else { throw .wrongPassphrase }
        return SymmetricKey(data: fileKey)
    }

    private static func derive(_ passphrase: String, salt: Data, workFactor: Int) throws(AgeError) -> SymmetricKey {
        guard !passphrase.isEmpty else { throw .emptyPassphrase }
        do {
            return try KDF.Scrypt.deriveKey(
                from: Data(passphrase.utf8), salt: label + salt, outputByteCount: 32, rounds: 1 << workFactor,
                blockSize: 8, parallelism: 1)
        } catch {
            // BoringSSL refuses only what memory forbids: too much work for this machine.
            throw .workFactorTooHigh(workFactor, maximum: Age.maximumWorkFactor)
        }
    }
}

import Crypto
import Foundation

/// ChaCha20-Poly1305 under a key used once, so with the all-zero nonce, as the stanzas use it.
enum AgeSeal {
    static func seal(_ plaintext: Data, with key: SymmetricKey) throws(AgeError) -> Data {
        do {
            let box = try ChaChaPoly.seal(plaintext, using: key, nonce: ChaChaPoly.Nonce(data: Data(count: 12)))
            return box.ciphertext + box.tag
        } catch {
            throw .malformedHeader
        }
    }

    static func open(_ sealed: Data, with key: SymmetricKey) -> Data? {
        guard sealed.count >= 16,
            let box = try? ChaChaPoly.SealedBox(
                nonce: ChaChaPoly.Nonce(data: Data(count: 12)), ciphertext: sealed.dropLast(16),
                tag: sealed.suffix(16))
        else { return nil }
        return try? ChaChaPoly.open(box, using: key)
    }
}

extension SymmetricKey {
    var bytes: Data {
        withUnsafeBytes { Data($0) }
    }
}

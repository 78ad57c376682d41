import Crypto
import Foundation

/// The X25519 stanza: `-> X25519 <ephemeral share>` and the file key sealed with a key both
/// sides derive from the Diffie-Hellman secret.
enum AgeX25519 {
    static let type = "X25519"
    private static let info = Data("age-encryption.org/v1/X25519".utf8)

    static func wrap(_ fileKey: SymmetricKey, to recipient: AgeRecipient) throws(AgeError) -> AgeStanza {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = ephemeral.publicKey.rawRepresentation
        do {
            let theirs = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.publicKey)
            let secret = try ephemeral.sharedSecretFromKeyAgreement(with: theirs)
            guard !isZero(secret) else { throw AgeError.badKeyText(line: nil) }
            let key = secret.hkdfDerivedSymmetricKey(
                using: SHA256.self, salt: share + recipient.publicKey, sharedInfo: info, outputByteCount: 32)
            let body = try AgeSeal.seal(fileKey.bytes, with: key)
            return AgeStanza(type: type, arguments: [AgeBase64.encode(share)], body: body)
        } catch {
            // A public key whose shared secret is all zeros (a low-order point).
            throw .badKeyText(line: nil)
        }
    }

    /// The file key, when `stanza` was made for `identity`; nil when it was made for another key.
    static func unwrap(_ stanza: AgeStanza, with identity: AgeIdentity) throws(AgeError) -> SymmetricKey? {
        guard stanza.arguments.count == 1, let share = AgeBase64.decode(Substring(stanza.arguments[0])),
            share.count == 32, stanza.body.count == 32
        else { throw .malformedHeader }
        guard let theirs = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: share),
            let secret = try? identity.privateKey.sharedSecretFromKeyAgreement(with: theirs)
        else { throw .malformedHeader }
        // A low-order share gives the all-zero secret, which swift-crypto does not refuse itself.
        guard !isZero(secret) else { throw .malformedHeader }
        let ours = identity.privateKey.publicKey.rawRepresentation
        let key = secret.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: share + ours, sharedInfo: info, outputByteCount: 32)
        return AgeSeal.open(stanza.body, with: key).map { SymmetricKey(data: $0) }
    }
}

/// Whether a Diffie-Hellman result is all zeros: the peer's key was a low-order point.
private func isZero(_ secret: SharedSecret) -> Bool {
    secret.withUnsafeBytes { bytes in bytes.allSatisfy { $0 == 0 } }
}

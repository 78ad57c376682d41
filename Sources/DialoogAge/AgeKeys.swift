import Crypto
import Foundation

/// Someone a file is encrypted to: an X25519 public key, written `age1…`.
package struct AgeRecipient: Equatable, Sendable {
    let publicKey: Data

    /// Reads `age1…` text (surrounding spaces allowed).
    package init(parsing text: String) throws(AgeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased() == trimmed, let bytes = Bech32.decode(trimmed, hrp: "age"), bytes.count == 32
        else { throw .badKeyText(line: nil) }
        publicKey = Data(bytes)
    }

    init(publicKey: Data) {
        self.publicKey = publicKey
    }

    /// The `age1…` text to hand out.
    package var text: String {
        Bech32.encode(hrp: "age", [UInt8](publicKey))
    }
}

/// A secret X25519 key, written `AGE-SECRET-KEY-1…`: what opens files sent to its recipient.
package struct AgeIdentity: Sendable {
    let privateKey: Curve25519.KeyAgreement.PrivateKey

    /// A new key from the system's secure random source.
    package static func generate() -> AgeIdentity {
        AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
    }

    private init(privateKey: Curve25519.KeyAgreement.PrivateKey) {
        self.privateKey = privateKey
    }

    /// Reads one `AGE-SECRET-KEY-1…` line.
    package init(parsing text: String) throws(AgeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased() == trimmed, let bytes = Bech32.decode(trimmed, hrp: "AGE-SECRET-KEY-"),
            bytes.count == 32, let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: bytes)
        else { throw .badKeyText(line: nil) }
        privateKey = key
    }

    /// The keys of an identity file as age-keygen writes it: `#` comment lines, blank lines and
    /// one `AGE-SECRET-KEY-1…` per line, several allowed. A bad line is named by its number;
    /// its text is never repeated, since it may be most of a secret.
    package static func parsingFile(_ text: String) throws(AgeError) -> [AgeIdentity] {
        var identities: [AgeIdentity] = []
        for (index, line) in lines(text).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do {
                identities.append(try AgeIdentity(parsing: trimmed))
            } catch {
                throw .badKeyText(line: index + 1)
            }
        }
        guard !identities.isEmpty else { throw .noIdentityInFile }
        return identities
    }

    /// Lines ended by LF or CRLF (one Character in Swift, so splitting on "\n" misses it).
    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    package var recipient: AgeRecipient {
        AgeRecipient(publicKey: privateKey.publicKey.rawRepresentation)
    }

    /// The `AGE-SECRET-KEY-1…` line.
    package var secretText: String {
        Bech32.encode(hrp: "age-secret-key-", [UInt8](privateKey.rawRepresentation)).uppercased()
    }

    /// The identity file age-keygen would write: when it was made, the public key, the secret.
    package func fileText(created: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return "# created: \(formatter.string(from: created))\n# public key: \(recipient.text)\n\(secretText)\n"
    }
}

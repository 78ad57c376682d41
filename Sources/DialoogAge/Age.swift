import Crypto
import Foundation

/// The age file format, version 1 (age-encryption.org/v1): files the `age` tool opens, and
/// files it writes opened here. X25519 recipients and passphrases (scrypt); no armor, no plug-ins.
///
///     let file = try Age.encrypt(bundle, to: [try AgeRecipient(parsing: "age1…")])
///     let bundle = try Age.decrypt(file, identities: try AgeIdentity.parsingFile(keyText))
package enum Age {
    /// The scrypt work factor (log2 N) written, as age writes it: about a second and 256 MiB.
    package static let defaultWorkFactor = 18
    /// The most scrypt work a file may ask for: 2^20 rounds take 1 GiB, which a laptop has.
    package static let maximumWorkFactor = 20

    /// `plaintext` encrypted to each of `recipients`; any one of their keys opens it.
    package static func encrypt(_ plaintext: Data, to recipients: [AgeRecipient]) throws(AgeError) -> Data {
        guard !recipients.isEmpty else { throw .noRecipients }
        let fileKey = SymmetricKey(size: .bits128)
        var stanzas: [AgeStanza] = []
        for recipient in recipients { stanzas.append(try AgeX25519.wrap(fileKey, to: recipient)) }
        return try assemble(stanzas, plaintext, fileKey: fileKey)
    }

    /// `plaintext` encrypted with a passphrase, scrypt at `workFactor` (log2 N, 1 to the maximum).
    package static func encrypt(_ plaintext: Data, passphrase: String, workFactor: Int = defaultWorkFactor)
        throws(AgeError) -> Data
    {
        guard !passphrase.isEmpty else { throw .emptyPassphrase }
        guard (1...maximumWorkFactor).contains(workFactor) else {
            throw .workFactorTooHigh(workFactor, maximum: maximumWorkFactor)
        }
        let fileKey = SymmetricKey(size: .bits128)
        let stanza = try AgeScrypt.wrap(fileKey, passphrase: passphrase, workFactor: workFactor)
        return try assemble([stanza], plaintext, fileKey: fileKey)
    }

    /// The plaintext of `file`, opened with whichever of `identities` it was made for.
    package static func decrypt(_ file: Data, identities: [AgeIdentity]) throws(AgeError) -> Data {
        let header = try AgeHeader.parse(file)
        try checkScryptAlone(header)
        if header.stanzas.contains(where: { $0.type == AgeScrypt.type }) { throw .needsPassphrase }
        let ours = header.stanzas.filter { $0.type == AgeX25519.type }
        if ours.isEmpty, let other = header.stanzas.first { throw .unsupportedStanza(other.type) }
        for stanza in ours {
            for identity in identities {
                if let fileKey = try AgeX25519.unwrap(stanza, with: identity) {
                    return try payload(of: file, header: header, fileKey: fileKey)
                }
            }
        }
        throw .noMatchingIdentity
    }

    /// The plaintext of a passphrase file; a work factor above `maximumWorkFactor` is refused
    /// before any work is done.
    package static func decrypt(_ file: Data, passphrase: String, maximumWorkFactor: Int = maximumWorkFactor)
        throws(AgeError) -> Data
    {
        let header = try AgeHeader.parse(file)
        try checkScryptAlone(header)
        guard let stanza = header.stanzas.first(where: { $0.type == AgeScrypt.type }) else {
            if header.stanzas.contains(where: { $0.type == AgeX25519.type }) { throw .needsKey }
            throw .unsupportedStanza(header.stanzas[0].type)
        }
        guard !passphrase.isEmpty else { throw .emptyPassphrase }
        let fileKey = try AgeScrypt.unwrap(stanza, passphrase: passphrase, maximumWorkFactor: maximumWorkFactor)
        return try payload(of: file, header: header, fileKey: fileKey)
    }

    private static func assemble(_ stanzas: [AgeStanza], _ plaintext: Data, fileKey: SymmetricKey) throws(AgeError)
        -> Data
    {
        let macInput = AgeHeader.macInput(for: stanzas)
        let mac = HMAC<SHA256>.authenticationCode(for: macInput, using: headerKey(fileKey))
        var file = macInput
        file += Data((" " + AgeBase64.encode(Data(mac)) + "\n").utf8)
        file += try AgeStream.seal(plaintext, fileKey: fileKey)
        return file
    }

    /// The header MAC is checked before the payload is read: a changed header is refused.
    private static func payload(of file: Data, header: AgeHeader, fileKey: SymmetricKey) throws(AgeError) -> Data {
        guard
            HMAC<SHA256>.isValidAuthenticationCode(
                header.mac, authenticating: header.macInput, using: headerKey(fileKey))
        else { throw .altered }
        return try AgeStream.open(file.dropFirst(header.payloadStart), fileKey: fileKey)
    }

    private static func headerKey(_ fileKey: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: Data(), info: Data("header".utf8), outputByteCount: 32)
    }

    /// A passphrase stanza beside others would let a recipient learn the passphrase's file key.
    private static func checkScryptAlone(_ header: AgeHeader) throws(AgeError) {
        if header.stanzas.count > 1, header.stanzas.contains(where: { $0.type == AgeScrypt.type }) {
            throw .malformedHeader
        }
    }
}

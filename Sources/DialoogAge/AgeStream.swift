import Crypto
import Foundation

/// The payload: a 16-byte nonce, then the plaintext in chunks of 64 KiB, each sealed with
/// ChaCha20-Poly1305 under the payload key and a nonce of an 11-byte big-endian counter and a
/// last-chunk flag (age's STREAM).
enum AgeStream {
    static let chunkSize = 64 * 1024
    private static let tagSize = 16
    private static let info = Data("payload".utf8)

    static func seal(_ plaintext: Data, fileKey: SymmetricKey) throws(AgeError) -> Data {
        let nonce = SymmetricKey(size: .bits128).bytes
        let key = payloadKey(fileKey, nonce: nonce)
        var output = nonce
        output.reserveCapacity(nonce.count + plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var start = plaintext.startIndex
        var counter: UInt64 = 0
        repeat {
            let end = plaintext.index(start, offsetBy: chunkSize, limitedBy: plaintext.endIndex) ?? plaintext.endIndex
            let last = end == plaintext.endIndex
            do {
                let box = try ChaChaPoly.seal(
                    plaintext[start..<end], using: key, nonce: chunkNonce(counter, last: last))
                output += box.ciphertext
                output += box.tag
            } catch {
                throw .altered
            }
            start = end
            counter += 1
        } while start < plaintext.endIndex
        return output
    }

    /// The whole plaintext, or an error: every chunk is checked before any byte is returned.
    static func open(_ payload: Data, fileKey: SymmetricKey) throws(AgeError) -> Data {
        guard payload.count >= 16 + tagSize else { throw .truncated }
        let key = payloadKey(fileKey, nonce: payload.prefix(16))
        var plaintext = Data()
        plaintext.reserveCapacity(payload.count)
        var start = payload.startIndex + 16
        var counter: UInt64 = 0
        while start < payload.endIndex {
            let end =
                payload.index(start, offsetBy: chunkSize + tagSize, limitedBy: payload.endIndex) ?? payload.endIndex
            let chunk = payload[start..<end]
            guard chunk.count > tagSize || (counter == 0 && chunk.count == tagSize) else {
                // Only an empty file has an empty last chunk.
                throw chunk.count == tagSize ? .altered : .truncated
            }
            let last = end == payload.endIndex
            if let opened = open(chunk, key: key, counter: counter, last: last) {
                plaintext += opened
            } else if last, open(chunk, key: key, counter: counter, last: false) != nil {
                // A whole chunk that is not the last one: the rest of the file is missing.
                throw .truncated
            } else {
                throw .altered
            }
            start = end
            counter += 1
        }
        return plaintext
    }

    private static func open(_ chunk: Data, key: SymmetricKey, counter: UInt64, last: Bool) -> Data? {
        guard
            let box = try? ChaChaPoly.SealedBox(
                nonce: chunkNonce(counter, last: last), ciphertext: chunk.dropLast(tagSize), tag: chunk.suffix(tagSize))
        else { return nil }
        return try? ChaChaPoly.open(box, using: key)
    }

    private static func payloadKey(_ fileKey: SymmetricKey, nonce: Data) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: nonce, info: info, outputByteCount: 32)
    }

    private static func chunkNonce(_ counter: UInt64, last: Bool) -> ChaChaPoly.Nonce {
        var bytes = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { bytes[10 - index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index))) }
        bytes[11] = last ? 1 : 0
        // Twelve bytes is always a valid ChaCha20-Poly1305 nonce.
        return try! ChaChaPoly.Nonce(data: bytes)
    }
}

import Foundation
import Testing

@testable import DialoogAge

/// The age format on its own: round trips at the chunk edges, and each way a file can be
/// wrong refused with its own error and no plaintext.
@Suite("Age format")
struct AgeFormatTests {
    let coordinator = AgeIdentity.generate()
    let other = AgeIdentity.generate()

    static func bytes(_ count: Int) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) })
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_000])
    func aKeyRoundTripsEverySize(size: Int) throws {
        let plaintext = Self.bytes(size)
        let file = try Age.encrypt(plaintext, to: [coordinator.recipient])
        #expect(try Age.decrypt(file, identities: [coordinator]) == plaintext)
        // Header, 16-byte nonce, one tag per chunk (an empty file still has one chunk).
        let chunks = max(1, (size + 65_535) / 65_536)
        let header = try AgeHeader.parse(file)
        #expect(file.count == header.payloadStart + 16 + size + 16 * chunks)
    }

    @Test func severalRecipientsEachOpenTheFile() throws {
        let third = AgeIdentity.generate()
        let file = try Age.encrypt(Data("tellingen".utf8), to: [coordinator.recipient, other.recipient])
        #expect(try Age.decrypt(file, identities: [other]) == Data("tellingen".utf8))
        #expect(try Age.decrypt(file, identities: [third, coordinator]) == Data("tellingen".utf8))
        #expect(throws: AgeError.noMatchingIdentity) { try Age.decrypt(file, identities: [third]) }
        #expect(try AgeHeader.parse(file).stanzas.map(\.type) == ["X25519", "X25519"])
    }

    @Test func aPassphraseRoundTripsAndAWrongOneIsRefused() throws {
        let file = try Age.encrypt(Self.bytes(70_000), passphrase: "zomer in Tilburg", workFactor: 10)
        #expect(try Age.decrypt(file, passphrase: "zomer in Tilburg") == Self.bytes(70_000))
        #expect(throws: AgeError.wrongPassphrase) { try Age.decrypt(file, passphrase: "zomer in tilburg") }
        #expect(throws: AgeError.needsPassphrase) { try Age.decrypt(file, identities: [coordinator]) }
        #expect(throws: AgeError.emptyPassphrase) { try Age.encrypt(Data(), passphrase: "") }
    }

    @Test func theWrongKindOfSecretSaysWhichKindIsNeeded() throws {
        let file = try Age.encrypt(Data("x".utf8), to: [coordinator.recipient])
        #expect(throws: AgeError.needsKey) { try Age.decrypt(file, passphrase: "iets") }
        #expect(throws: AgeError.noMatchingIdentity) { try Age.decrypt(file, identities: [other]) }
        #expect(throws: AgeError.noRecipients) { try Age.encrypt(Data(), to: []) }
    }

    @Test func aHugeWorkFactorIsRefusedBeforeAnyWork() throws {
        let file = try Age.encrypt(Data("x".utf8), passphrase: "p", workFactor: 2)
        var text = String(decoding: file, as: UTF8.self)
        text = text.replacingOccurrences(of: #"(-> scrypt \S+) 2\n"#, with: "$1 40\n", options: .regularExpression)
        let start = Date()
        #expect(throws: AgeError.workFactorTooHigh(40, maximum: Age.maximumWorkFactor)) {
            try Age.decrypt(Data(text.utf8), passphrase: "p")
        }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(throws: AgeError.workFactorTooHigh(21, maximum: 20)) {
            try Age.encrypt(Data(), passphrase: "p", workFactor: 21)
        }
        let digits = String(repeating: "9", count: 30)
        let long = text.replacingOccurrences(of: " 40\n", with: " \(digits)\n")
        #expect(throws: AgeError.workFactorTooHigh(Int.max, maximum: 20)) {
            try Age.decrypt(Data(long.utf8), passphrase: "p")
        }
    }

    @Test func aPassphraseStanzaMustBeAlone() throws {
        let keyFile = String(decoding: try Age.encrypt(Data("x".utf8), to: [coordinator.recipient]), as: UTF8.self)
        let passFile = String(decoding: try Age.encrypt(Data("x".utf8), passphrase: "p", workFactor: 2), as: UTF8.self)
        let scryptStanza = passFile.split(separator: "\n")[1...2].joined(separator: "\n") + "\n"
        let mixed = keyFile.replacingOccurrences(of: "\n---", with: "\n" + scryptStanza + "---")
        #expect(throws: AgeError.malformedHeader) { try Age.decrypt(Data(mixed.utf8), identities: [coordinator]) }
        #expect(throws: AgeError.malformedHeader) { try Age.decrypt(Data(mixed.utf8), passphrase: "p") }
    }

    @Test func aHeaderWithoutStanzasIsRefused() {
        let file = Data("age-encryption.org/v1\n--- \(AgeBase64.encode(Data(count: 32)))\n".utf8) + Data(count: 40)
        #expect(throws: AgeError.malformedHeader) { try Age.decrypt(file, identities: [coordinator]) }
    }

    @Test func whatIsNoAgeFileIsSaidFirst() {
        let cases: [(String, AgeError)] = [
            ("", .notAgeFile),
            ("{\"format\": \"dialoog-bundle\"}", .notAgeFile),
            ("SQLite format 3\u{0}", .notAgeFile),
            ("age-encr", .truncated),
            ("age-encryption.org/v2\n-> X25519 abc\n", .unsupportedVersion("age-encryption.org/v2")),
            ("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n", .armored),
            ("age-encryption.org/v1\n-> X25519\n", .truncated),
            ("age-encryption.org/v1\nhello\n--- AAAA\n", .malformedHeader),
        ]
        for (text, error) in cases {
            #expect(throws: error, "\(text.debugDescription)") {
                try Age.decrypt(Data(text.utf8), identities: [coordinator])
            }
        }
    }

    @Test func onlyForeignStanzasSayWhichKind() throws {
        let file = try Age.encrypt(Data("x".utf8), to: [coordinator.recipient])
        let text = String(decoding: file, as: UTF8.self).replacingOccurrences(of: "-> X25519 ", with: "-> ssh-ed25519 ")
        #expect(throws: AgeError.unsupportedStanza("ssh-ed25519")) {
            try Age.decrypt(Data(text.utf8), identities: [coordinator])
        }
    }

    @Test func aFileCutShortIsRefusedWherever() throws {
        let plaintext = Self.bytes(2 * 65_536 + 100)
        let file = try Age.encrypt(plaintext, to: [coordinator.recipient])
        let payload = try AgeHeader.parse(file).payloadStart
        let cuts: [(Int, AgeError)] = [
            (10, .truncated),  // in the version line
            (40, .truncated),  // in the stanza
            (payload - 5, .truncated),  // in the MAC line
            (payload, .truncated),  // no payload at all
            (payload + 10, .truncated),  // in the nonce
            (payload + 16 + 65_552, .truncated),  // after a whole chunk: the rest is missing
            (payload + 16 + 2 * 65_552, .truncated),  // after two whole chunks
            (payload + 16 + 100, .altered),  // in a chunk: its tag cannot be checked
            (file.count - 1, .altered),  // the last byte of the last tag
        ]
        for (length, error) in cuts {
            #expect(throws: error, "cut at \(length)") {
                try Age.decrypt(file.prefix(length), identities: [coordinator])
            }
        }
    }

    @Test func oneFlippedByteAnywhereIsRefused() throws {
        let plaintext = Self.bytes(65_536 + 500)
        let file = try Age.encrypt(plaintext, to: [coordinator.recipient])
        let header = try AgeHeader.parse(file)
        let macText = header.payloadStart - 44
        let places: [(Int, AgeError, String)] = [
            (macText, .altered, "the header MAC"),
            (header.payloadStart + 3, .altered, "the payload nonce"),
            (header.payloadStart + 16 + 1_000, .altered, "the first chunk"),
            (header.payloadStart + 16 + 65_552 + 10, .altered, "the last chunk"),
            (file.count - 1, .altered, "the last tag"),
        ]
        for (offset, error, place) in places {
            var changed = file
            // Stays a base64 letter in the header, so only the check can notice.
            changed[offset] = changed[offset] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            if offset >= header.payloadStart { changed[offset] = file[offset] ^ 0x01 }
            #expect(throws: error, "\(place)") { try Age.decrypt(changed, identities: [coordinator]) }
        }
        // The wrapped file key changed: no key opens it any more.
        var stanza = file
        let lines = String(decoding: file.prefix(header.payloadStart), as: UTF8.self).split(separator: "\n")
        let bodyOffset = lines[0].utf8.count + 1 + lines[1].utf8.count + 1 + 5
        stanza[bodyOffset] = stanza[bodyOffset] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(throws: AgeError.noMatchingIdentity) { try Age.decrypt(stanza, identities: [coordinator]) }
    }

    @Test func aLowOrderKeyIsRefusedBothWays() throws {
        // The all-zero point gives the all-zero shared secret, which age refuses.
        let zero = try AgeRecipient(parsing: Bech32.encode(hrp: "age", [UInt8](repeating: 0, count: 32)))
        #expect(throws: AgeError.badKeyText(line: nil)) { try Age.encrypt(Data("x".utf8), to: [zero]) }
        let file = try Age.encrypt(Data("x".utf8), to: [coordinator.recipient])
        let text = String(decoding: file, as: UTF8.self)
        let share = try #require(text.split(separator: "\n")[1].split(separator: " ").last)
        let lowOrder = text.replacingOccurrences(of: String(share), with: String(repeating: "A", count: 43))
        #expect(throws: AgeError.malformedHeader) { try Age.decrypt(Data(lowOrder.utf8), identities: [coordinator]) }
    }

    @Test func anEmptyLastChunkAfterAFullOneIsRefused() throws {
        // 64 KiB exactly is one full last chunk; age never writes a full chunk and then an empty one.
        let file = try Age.encrypt(Self.bytes(65_536), to: [coordinator.recipient])
        let header = try AgeHeader.parse(file)
        #expect(file.count == header.payloadStart + 16 + 65_552)
        #expect(throws: AgeError.altered) { try Age.decrypt(file + Data(count: 16), identities: [coordinator]) }
        #expect(throws: AgeError.altered) { try Age.decrypt(file + Data(count: 5), identities: [coordinator]) }
    }
}

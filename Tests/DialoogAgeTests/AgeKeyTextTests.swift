import Foundation
import Testing

@testable import DialoogAge

@Suite("Age key text")
struct AgeKeyTextTests {
    // BIP 173's test vectors: the checksum and the alphabet are Bech32's own.
    @Test func bech32ReadsTheStandardVectors() {
        #expect(Bech32.decode("a12uel5l", hrp: "a") == [])
        #expect(Bech32.decode("A12UEL5L", hrp: "a") == [])
        #expect(Bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", hrp: "abcdef") != nil)
        #expect(Bech32.decode("A12uEL5L", hrp: "a") == nil)  // mixed case
        #expect(Bech32.decode("a12uel5m", hrp: "a") == nil)  // checksum
        #expect(Bech32.encode(hrp: "a", []) == "a12uel5l")
    }

    @Test func keysRoundTripThroughTheirText() throws {
        let identity = AgeIdentity.generate()
        #expect(identity.secretText.hasPrefix("AGE-SECRET-KEY-1"))
        #expect(identity.secretText.count == 74)
        #expect(identity.recipient.text.hasPrefix("age1"))
        #expect(identity.recipient.text.count == 62)
        #expect(try AgeRecipient(parsing: identity.recipient.text) == identity.recipient)
        #expect(try AgeIdentity(parsing: identity.secretText).recipient == identity.recipient)
        #expect(try AgeRecipient(parsing: "  \(identity.recipient.text) ") == identity.recipient)
    }

    // A fixed secret and the public key `age-keygen -y` derives from it.
    @Test func aKnownPairMatches() throws {
        let identity = try AgeIdentity(
            parsing: "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        #expect(identity.recipient.text == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj")
    }

    @Test(arguments: [
        "", "age1", "age1qqqq", "AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ",
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk",
        "bob1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj", "age1\u{1B}[2J",
    ])
    func badPublicKeysAreRefused(text: String) {
        #expect(throws: AgeError.badKeyText(line: nil)) { try AgeRecipient(parsing: text) }
    }

    @Test func anIdentityFileReadsCommentsAndSeveralKeys() throws {
        let one = AgeIdentity.generate()
        let two = AgeIdentity.generate()
        let text =
            one.fileText(created: Date(timeIntervalSince1970: 1_796_000_000)) + "\n# tweede\r\n"
            + two.secretText + "\r\n"
        #expect(text.hasPrefix("# created: 2026-"))
        #expect(text.contains("# public key: \(one.recipient.text)\n"))
        let read = try AgeIdentity.parsingFile(text)
        #expect(read.map(\.recipient) == [one.recipient, two.recipient])
    }

    @Test func aBadIdentityFileNamesTheLineButNeverRepeatsIt() {
        let secret = AgeIdentity.generate().secretText
        let damaged = "# created: x\n\n" + secret.dropLast() + (secret.hasSuffix("Q") ? "P" : "Q") + "\n"
        #expect(throws: AgeError.badKeyText(line: 3)) { try AgeIdentity.parsingFile(damaged) }
        #expect(throws: AgeError.noIdentityInFile) { try AgeIdentity.parsingFile("# only a comment\n\n") }
        #expect(throws: AgeError.badKeyText(line: 1)) {
            try AgeIdentity.parsingFile(AgeIdentity.generate().recipient.text)
        }
    }
}

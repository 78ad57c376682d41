import Foundation

/// The base64 age writes: standard alphabet, no `=` padding, and only the canonical encoding
/// is read (RFC 4648 §3.5), so one value has one spelling in a header.
enum AgeBase64 {
    static func encode(_ bytes: some DataProtocol) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    /// The bytes of unpadded canonical base64, or nil.
    static func decode(_ text: Substring) -> Data? {
        guard text.utf8.allSatisfy(isAlphabet), text.count % 4 != 1 else { return nil }
        let padding = String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: String(text) + padding), encode(data) == text else { return nil }
        return data
    }

    static func isAlphabet(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"):
            true
        default: false
        }
    }
}

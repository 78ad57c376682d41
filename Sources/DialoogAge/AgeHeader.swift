import Foundation

/// One recipient stanza: `-> type arg…` and a base64 body wrapped at 64 columns.
struct AgeStanza: Equatable {
    var type: String
    var arguments: [String]
    var body: Data

    var text: String {
        var text = "-> " + ([type] + arguments).joined(separator: " ") + "\n"
        var encoded = Substring(AgeBase64.encode(body))
        // Full lines of 64, then a shorter last line, empty when the body fills its lines.
        while encoded.count >= 64 {
            text += encoded.prefix(64) + "\n"
            encoded = encoded.dropFirst(64)
        }
        return text + encoded + "\n"
    }
}

/// The textual header of an age file: the version line, the stanzas and the MAC line.
struct AgeHeader {
    static let versionLine = "age-encryption.org/v1"
    static let armorLine = "-----BEGIN AGE ENCRYPTED FILE-----"
    /// A header longer than this is not one dialoog wrote or needs to read.
    static let maximumLength = 1 << 20

    var stanzas: [AgeStanza]
    var mac: Data
    /// What the MAC covers: the header up to and including `---`.
    var macInput: Data
    /// Where the payload starts in the file.
    var payloadStart: Int

    /// The header text before the MAC: version line, stanzas and `---`.
    static func macInput(for stanzas: [AgeStanza]) -> Data {
        Data((versionLine + "\n" + stanzas.map(\.text).joined() + "---").utf8)
    }

    /// Reads the header at the start of `file`.
    static func parse(_ file: Data) throws(AgeError) -> AgeHeader {
        let bytes = [UInt8](file.prefix(maximumLength))
        var reader = LineReader(bytes: bytes, fileIsLonger: file.count > maximumLength)
        let first = try reader.firstLine()
        guard first == versionLine else {
            if first.hasPrefix("age-encryption.org/") { throw .unsupportedVersion(first) }
            throw .notAgeFile
        }
        var stanzas: [AgeStanza] = []
        while true {
            let lineStart = reader.position
            let line = try reader.line()
            if line.hasPrefix("---") {
                guard line.hasPrefix("--- "), let mac = AgeBase64.decode(line.dropFirst(4)), mac.count == 32 else {
                    throw .malformedHeader
                }
                guard !stanzas.isEmpty else { throw .malformedHeader }
                return AgeHeader(
                    stanzas: stanzas, mac: mac, macInput: Data(bytes[0..<(lineStart + 3)]),
                    payloadStart: reader.position)
            }
            guard line.hasPrefix("-> ") else { throw .malformedHeader }
            let words = line.dropFirst(3).split(separator: " ", omittingEmptySubsequences: false)
            guard let type = words.first, words.allSatisfy({ !$0.isEmpty }) else { throw .malformedHeader }
            var encoded = ""
            while true {
                let bodyLine = try reader.line()
                guard bodyLine.count <= 64 else { throw .malformedHeader }
                encoded += bodyLine
                if bodyLine.count < 64 { break }
            }
            guard let body = AgeBase64.decode(Substring(encoded)) else { throw .malformedHeader }
            stanzas.append(AgeStanza(type: String(type), arguments: words.dropFirst().map(String.init), body: body))
        }
    }
}

/// Lines of a header: printable ASCII ended by a line feed, nothing else.
private struct LineReader {
    let bytes: [UInt8]
    let fileIsLonger: Bool
    var position = 0

    /// The version line; a file that is not age text says so before any other check.
    mutating func firstLine() throws(AgeError) -> String {
        let armor = Array(AgeHeader.armorLine.utf8)
        if bytes.starts(with: armor) { throw .armored }
        let family = Array("age-encryption.org/".utf8)
        if bytes.count < family.count {
            throw !bytes.isEmpty && family.starts(with: bytes) ? .truncated : .notAgeFile
        }
        guard bytes.starts(with: family) else { throw .notAgeFile }
        return try line()
    }

    mutating func line() throws(AgeError) -> String {
        guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else {
            throw fileIsLonger ? .malformedHeader : .truncated
        }
        let line = bytes[position..<end]
        guard line.allSatisfy({ (0x20...0x7E).contains($0) }) else {
            throw position == 0 ? .notAgeFile : .malformedHeader
        }
        position = end + 1
        return String(decoding: line, as: UTF8.self)
    }
}

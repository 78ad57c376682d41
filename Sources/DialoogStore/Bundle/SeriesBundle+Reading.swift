import DialoogCore
import Foundation

extension SeriesBundle {
    /// Reads the bytes of a bundle and checks everything that can be checked without a store:
    /// format and version, the shape of every id, the type and range of every value, control
    /// characters, and the counts `Limits` sets. The store's rules (its CHECKs, references
    /// and `StoreCheck`) are applied when the bundle is imported, inside the transaction.
    package static func read(_ data: Data, file: String) throws(BundleProblem) -> SeriesBundle {
        struct Head: Decodable {
            var format: String?
            var version: Int?
        }
        let head: Head
        do { head = try JSONDecoder().decode(Head.self, from: data) } catch {
            throw .unreadable(file: file, place: place(of: error))
        }
        guard head.format == formatName else { throw .notABundle(file: file) }
        let version = head.version ?? 0
        if version > currentVersion { throw .newerVersion(file: file, version: version) }
        guard version == currentVersion else { throw .badVersion(file: file, version: version) }
        let bundle: SeriesBundle
        do { bundle = try JSONDecoder().decode(SeriesBundle.self, from: data) } catch {
            throw .unreadable(file: file, place: place(of: error))
        }
        try bundle.check(file: file)
        return bundle
    }

    private func check(file: String) throws(BundleProblem) {
        try Self.checkId(laptop, file: file, place: "laptop")
        try Self.checkText(madeAt, file: file, place: "madeAt")
        for (index, erasure) in erasures.enumerated() {
            try Self.checkId(erasure.id, file: file, place: "erasures[\(index)].id")
            try Self.checkId(erasure.laptop, file: file, place: "erasures[\(index)].laptop")
            try Self.checkText(erasure.erasedAt, file: file, place: "erasures[\(index)].erasedAt")
        }
        for (index, series) in series.enumerated() {
            let place = "series[\(index)]"
            try Self.checkId(series.id, file: file, place: "\(place).id")
            try Self.checkId(series.origin, file: file, place: "\(place).origin")
            if !(0...Int64(Limits.storedNumber)).contains(series.revision) {
                throw .outOfRange(file: file, place: "\(place).revision", value: String(series.revision))
            }
            guard series.rows["series"]?.count == 1, series.rows["series"]?[0]["id"] == .text(series.id) else {
                throw .wrongSeries(file: file, place: "\(place).rows.series")
            }
            if case .text(let name) = series.rows["series"]?[0]["name"], name.count > Limits.name {
                throw .outOfRange(file: file, place: "\(place).rows.series[0].name", value: String(name.prefix(40)))
            }
            let meetings = series.rows["meeting"]?.count ?? 0
            if meetings > Limits.meetingsPerSeries {
                throw .tooMany(
                    file: file, place: "\(place).rows.meeting", count: meetings, limit: Limits.meetingsPerSeries)
            }
            var blocks: [BundleValue: Int] = [:]
            for block in series.rows["block"] ?? [] { blocks[block["meetingId"] ?? .null, default: 0] += 1 }
            if let most = blocks.values.max(), most > Limits.blocksPerMeeting {
                throw .tooMany(file: file, place: "\(place).rows.block", count: most, limit: Limits.blocksPerMeeting)
            }
            for (table, rows) in series.rows.sorted(by: { $0.key < $1.key }) {
                for (number, row) in rows.enumerated() {
                    for (column, value) in row {
                        let at = "\(place).rows.\(table)[\(number)].\(column)"
                        switch value {
                        case .null: break
                        case .integer(let number):
                            if abs(number) > Int64(Limits.storedNumber) {
                                throw .outOfRange(file: file, place: at, value: String(number))
                            }
                        case .text(let text):
                            try Self.checkText(text, file: file, place: at, allowingLines: true)
                        }
                    }
                }
            }
        }
    }

    /// An id as dialoog makes them: 36 characters of hex digits and dashes.
    static func checkId(_ id: String, file: String, place: String) throws(BundleProblem) {
        let shape = id.utf8.count == 36 && id.utf8.allSatisfy { $0 == UInt8(ascii: "-") || isHex($0) }
        guard shape else { throw .badId(file: file, place: place, value: String(id.prefix(40))) }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    static func checkText(
        _ text: String, file: String, place: String, allowingLines: Bool = false
    ) throws(BundleProblem) {
        if SafeText.containsUnsafe(text) || (!allowingLines && text.contains("\n")) {
            throw .unsafeText(file: file, place: place)
        }
        if text.utf8.count > Limits.storedText {
            throw .outOfRange(file: file, place: place, value: String(text.prefix(40)))
        }
    }

    private static func place(of error: any Error) -> String {
        let path: [any CodingKey]
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            path = context.codingPath
        default: path = []
        }
        return path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

import Foundation
import GRDB

/// One bundle: the JSON document `dialoog export` writes and `dialoog import` reads (README,
/// "Bundle format"). Rows travel as their table's columns, so a column the schema gains later
/// travels too; participants without their nicknames unless `withNames`, the notes typed
/// in a meeting only with `withNotes`, and a meeting's note draft never.
package struct SeriesBundle: Codable, Equatable, Sendable {
    package static let formatName = "dialoog-bundle"
    package static let currentVersion = 1

    package var format: String
    package var version: Int
    /// The id of the laptop that wrote the bundle.
    package var laptop: String
    /// When it was written, as the store writes dates.
    package var madeAt: String
    package var withNames: Bool
    package var withNotes: Bool
    package var series: [BundledSeries]
    package var erasures: [Erasure]

    package init(
        laptop: String, madeAt: String, withNames: Bool, withNotes: Bool, series: [BundledSeries],
        erasures: [Erasure]
    ) {
        format = Self.formatName
        version = Self.currentVersion
        self.laptop = laptop
        self.madeAt = madeAt
        self.withNames = withNames
        self.withNotes = withNotes
        self.series = series
        self.erasures = erasures
    }

    /// The bundle as bytes: sorted keys, so the same store gives the same bytes.
    package func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// One series in a bundle: its id, revision and laptop of origin, and its rows by table.
package struct BundledSeries: Codable, Equatable, Sendable {
    package var id: String
    package var revision: Int64
    /// The laptop where the series was made.
    package var origin: String
    /// The rows of `series` (one), `meeting`, `participant`, `attendance`, `block`, … by table.
    package var rows: [String: [BundleRow]]
}

/// One row: its columns' values.
package typealias BundleRow = [String: BundleValue]

/// A value of a column: SQLite's integer, text or NULL. A JSON number with a fraction, a
/// boolean, a list or an object is refused when the bundle is read.
package enum BundleValue: Codable, Hashable, Sendable {
    case null
    case integer(Int64)
    case text(String)

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .integer(try container.decode(Int64.self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        // The schema has no REAL columns; a real in a hand-edited file travels as text.
        case .double(let number): self = .text(String(number))
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}

/// An erasure record: what was erased (ids only), when and on which laptop.
package struct Erasure: Codable, Equatable, Hashable, Sendable {
    package enum Kind: String, Codable, CaseIterable, Sendable {
        case participant, series, meeting
    }

    package var kind: Kind
    package var id: String
    package var erasedAt: String
    package var laptop: String

    package init(kind: Kind, id: String, erasedAt: String, laptop: String) {
        self.kind = kind
        self.id = id
        self.erasedAt = erasedAt
        self.laptop = laptop
    }
}

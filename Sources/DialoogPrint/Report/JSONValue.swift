import DialoogCore
import Foundation

/// A JSON value written out by hand, so a report's keys are exactly as documented and a value
/// that is not known is `null` rather than a missing key.
package enum JSONValue: Encodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let fields): try container.encode(fields)
        }
    }

    static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// A mean, to two decimals.
    static func mean(_ value: Double?) -> JSONValue { value.map { .double(($0 * 100).rounded() / 100) } ?? .null }

    /// Pretty-printed, keys sorted, one newline at the end. JSON escapes C0 itself; DEL and C1
    /// (U+009B is a terminal's CSI) are escaped here the same way (`\u009b`), so no character
    /// that steers a terminal is written and the value reads back unchanged.
    var text: String { encoded + "\n" }

    /// As `text` writes it, escaped the same way, without the newline at the end.
    private var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("null".utf8)
        return SafeText.escaped(String(decoding: data, as: UTF8.self), as: .json)
    }

    /// As `text` writes this value `depth` levels deep in a larger document: every line
    /// indented by two spaces a level, no newline at the end.
    func nested(depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        return encoded.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
            .joined(separator: "\n")
    }
}

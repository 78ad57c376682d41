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

    /// Pretty-printed, keys sorted, one newline at the end, as `JSONEncoder` writes it with
    /// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` (`jsonMatchesFoundation`
    /// in the tests holds the two together). Written here in one pass rather than through
    /// `JSONEncoder`, which at 10,000 meetings spent most of a report's time (issue 18). Every
    /// character that may steer a terminal is escaped: C0 as JSON does, and DEL and C1 (U+009B
    /// is a terminal's CSI) the same way (`\u009b`), so the value reads back unchanged.
    var text: String {
        var out = ""
        write(to: &out, depth: 0)
        out += "\n"
        return out
    }

    /// As `text` writes this value `depth` levels deep in a larger document: every line
    /// indented by two spaces a level, no newline at the end.
    func nested(depth: Int) -> String {
        var out = String(repeating: "  ", count: depth)
        write(to: &out, depth: depth)
        return out
    }

    func write(to out: inout String, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += Self.number(value)
        case .string(let value): Self.quote(value, to: &out)
        case .array(let values):
            Self.container("[", "]", values.count, depth: depth, to: &out) { index, out in
                values[index].write(to: &out, depth: depth + 1)
            }
        case .object(let fields):
            let keys = fields.keys.sorted()
            Self.container("{", "}", keys.count, depth: depth, to: &out) { index, out in
                Self.quote(keys[index], to: &out)
                out += " : "
                fields[keys[index]]?.write(to: &out, depth: depth + 1)
            }
        }
    }

    /// An array or object: each element on its own line one level deeper; an empty one as
    /// `JSONEncoder` writes it, with an empty line inside.
    private static func container(
        _ open: String, _ close: String, _ count: Int, depth: Int, to out: inout String,
        element: (Int, inout String) -> Void
    ) {
        let inner = String(repeating: "  ", count: depth + 1)
        out += open + "\n"
        for index in 0..<count {
            if index > 0 { out += ",\n" }
            out += inner
            element(index, &out)
        }
        out += "\n" + String(repeating: "  ", count: depth) + close
    }

    /// A double as `JSONEncoder` writes it: a whole number without ".0", otherwise Swift's
    /// shortest spelling (`0.1`, `1e+20`).
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func quote(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                default:
                    if scalar.value < 0x20 || SafeText.isUnsafe(scalar) {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}

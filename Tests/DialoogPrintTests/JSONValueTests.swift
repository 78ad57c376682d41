import DialoogCore
import Foundation
import Testing

@testable import DialoogPrint

/// The report's JSON is written by hand (`JSONValue.text`) for speed; it must stay byte for
/// byte what `JSONEncoder` wrote before, with the terminal's control characters escaped.
@Suite struct JSONValueTests {
    /// Every kind of value, empty containers, nesting, and text a person or a hand edit could
    /// put in a series name: quotes, backslashes, slashes, C0 (ESC among them), DEL, C1 (CSI),
    /// accents, a non-BMP character.
    static let value = JSONValue.object([
        "empty_list": .array([]), "empty_object": .object([:]), "null": .null, "yes": .bool(true),
        "no": .bool(false), "count": .int(-3), "zero": .int(0), "mean": .double(3.14), "whole": .double(4),
        "half": .double(-0.5), "large": .double(1e20), "small": .double(1e-7), "tenth": .double(0.1),
        "text": .string("\u{1B}]0;title\u{7}\u{8}\u{C}\r\n\t\u{1F} a/b \"q\" \\ é ü \u{7F}\u{9B}31m \u{85} © 🙂"),
        "Upper": .string("plain"), "_under": .string(""),
        "nested": .array([
            .int(1), .object(["z": .null, "a": .array([.string("x"), .array([])])]), .mean(2.456),
        ]),
    ])

    @Test func jsonMatchesFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let foundation = String(decoding: try encoder.encode(Self.value), as: UTF8.self)
        #expect(Self.value.text == SafeText.escaped(foundation, as: .json) + "\n")
        // Nested two levels deep, each line indented two levels more (the empty line inside an
        // empty list stays empty).
        let nested = Self.value.nested(depth: 2)
        let indented = SafeText.escaped(foundation, as: .json).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        #expect(nested == indented)
    }

    @Test func theTextReadsBackAndNoCharacterCanSteerATerminal() throws {
        let text = Self.value.text
        #expect(!SafeText.containsUnsafe(text, allowing: ["\n"]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        guard case .object(let fields) = Self.value, case .string(let original) = fields["text"] else {
            Issue.record("the fixture changed")
            return
        }
        #expect(object["text"] as? String == original)
    }
}

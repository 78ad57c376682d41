/// Whose an agenda element is: the organisation's own way of working, described in the lines
/// `lines` of the methodology's source document, or a proposal of dialoog (an icebreaker, a
/// timing, most homework). A plan block the trainer changed in the planner is the trainer's.
package enum Provenance: Equatable, Hashable, Sendable {
    case organisation(lines: String)
    case dialoog
    /// A plan block changed by the trainer; never read from a content file.
    case trainer

    /// The words of `by:` in a content file, and of `by` in JSON.
    package enum Owner: String, CaseIterable, Sendable {
        case organisatie, dialoog
    }

    /// The `by` word of JSON and of the store: `organisatie`, `dialoog` or `trainer`.
    package var by: String {
        switch self {
        case .organisation: "organisatie"
        case .dialoog: "dialoog"
        case .trainer: "trainer"
        }
    }

    /// The lines of the source document, for the organisation's own elements.
    package var lines: String? {
        if case .organisation(let lines) = self { return lines }
        return nil
    }

    /// Line numbers and ranges separated by commas: "1790-1794", "1790-1794, 1801".
    package static func isValidLines(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            let bounds = String(part).trimmingWhitespace.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count) else { return false }
            let numbers = bounds.compactMap { bound -> Int? in
                guard !bound.isEmpty, bound.allSatisfy(\.isASCII), bound.allSatisfy(\.isNumber) else { return nil }
                return Int(bound)
            }
            guard numbers.count == bounds.count, numbers.allSatisfy({ $0 > 0 }) else { return false }
            return numbers.count == 1 || numbers[0] <= numbers[1]
        }
    }

    /// The store's form: "organisatie:1790-1794", "dialoog", "trainer"; nil for anything else.
    package init?(stored: String) {
        switch stored {
        case "dialoog": self = .dialoog
        case "trainer": self = .trainer
        default:
            let prefix = "organisatie:"
            guard stored.hasPrefix(prefix) else { return nil }
            let lines = String(stored.dropFirst(prefix.count))
            guard Self.isValidLines(lines) else { return nil }
            self = .organisation(lines: lines)
        }
    }

    package var stored: String {
        switch self {
        case .organisation(let lines): "organisatie:" + lines
        case .dialoog, .trainer: by
        }
    }
}

extension Provenance: Codable {
    private enum Key: String, CodingKey { case by, source }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(by, forKey: .by)
        try c.encodeIfPresent(lines, forKey: .source)
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let by = try c.decode(String.self, forKey: .by)
        let lines = try c.decodeIfPresent(String.self, forKey: .source)
        guard let value = Provenance(stored: lines.map { by + ":" + $0 } ?? by) else {
            throw DecodingError.dataCorruptedError(forKey: .by, in: c, debugDescription: "unknown provenance '\(by)'")
        }
        self = value
    }
}

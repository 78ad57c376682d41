import Yams

/// Reads one YAML mapping into model values. Every getter reports what is wrong (missing,
/// empty, wrong type, out of range) with the line it is on and returns nil; `finish()` reports
/// the keys nobody asked for as unknown, with the nearest known key as a suggestion. So a file
/// yields all of its mistakes in one pass, and the keys a type reads are its whole schema.
struct YAMLFields {
    let log: DiagnosticLog
    let line: Int
    private let entries: [(key: String, line: Int, value: Node)]
    private var asked: [String] = []
    /// Required keys that were absent; reported by `finish()` unless a misspelt key explains them.
    private var missing: [String] = []

    /// nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, log: DiagnosticLog, key: String?) {
        guard case .mapping(let mapping) = node else {
            if let key {
                log.report(.wrongType(key: key, expected: .mapping), line: node.line)
            } else {
                log.report(.notAMapping, line: node.line)
            }
            return nil
        }
        self.log = log
        self.line = node.line
        self.entries = mapping.map { pair in (pair.key.string ?? "", pair.key.line, pair.value) }
    }

    // MARK: Raw access

    /// The value under `key`, nil when absent or null. Remembers that `key` is known.
    mutating func node(_ key: String, required: Bool) -> Node? {
        asked.append(key)
        guard let entry = entries.first(where: { $0.key == key }) else {
            if required { missing.append(key) }
            return nil
        }
        if entry.value.isNull {
            if required { log.report(.emptyValue(key), line: entry.line) }
            return nil
        }
        return entry.value
    }

    /// Reports the missing keys and every key that no getter asked for. A misspelt key and the
    /// key it stands for are one mistake: only the misspelling is reported.
    func finish() {
        var explained: Set<String> = []
        for entry in entries where !asked.contains(entry.key) {
            let suggestion = Suggestion.closest(to: entry.key, in: asked)
            if let suggestion { explained.insert(suggestion) }
            log.report(.unknownKey(entry.key, suggestion: suggestion), line: entry.line)
        }
        for key in missing where !explained.contains(key) {
            log.report(.missingKey(key), line: line)
        }
    }

    // MARK: Scalars

    mutating func text(_ key: String, required: Bool = true) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard let text = node.scalarText else {
            log.report(.wrongType(key: key, expected: .text), line: node.line)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            if required { log.report(.emptyValue(key), line: node.line) }
            return nil
        }
        return text.trimmingWhitespace
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let node = node(key, required: required) else { return nil }
        guard let text = node.scalarText, let value = Int(text) else {
            log.report(.wrongType(key: key, expected: .number), line: node.line)
            return nil
        }
        guard range.contains(value) else {
            log.report(
                .outOfRange(key: key, value: value, min: range.lowerBound, max: range.upperBound), line: node.line)
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key, required: false) else { return nil }
        switch node.scalarText?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.report(.wrongType(key: key, expected: .bool), line: node.line)
            return nil
        }
    }

    /// One of a fixed set of words, e.g. a temperature.
    mutating func choice<E: RawRepresentable<String> & CaseIterable>(_ key: String, required: Bool = true) -> E? {
        guard let node = node(key, required: required) else { return nil }
        return Self.choice(node, key: key, log: log)
    }

    static func choice<E: RawRepresentable<String> & CaseIterable>(_ node: Node, key: String, log: DiagnosticLog) -> E?
    {
        guard let text = node.scalarText else {
            log.report(.wrongType(key: key, expected: .text), line: node.line)
            return nil
        }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        log.report(
            .badValue(key: key, value: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
            line: node.line)
        return nil
    }

    mutating func date(_ key: String) -> ContentDate? {
        guard let node = node(key, required: true) else { return nil }
        guard let text = node.scalarText else {
            log.report(.wrongType(key: key, expected: .date), line: node.line)
            return nil
        }
        guard let date = ContentDate(text) else {
            log.report(.badDate(key: key, value: text), line: node.line)
            return nil
        }
        return date
    }

    /// A reference to a theme or working form, checked once everything is loaded.
    mutating func reference(_ key: String, to kind: ContentKind, required: Bool = true) -> String? {
        guard let id = text(key, required: required) else { return nil }
        log.refer(to: kind, id: id, line: entryLine(key))
        return id
    }

    // MARK: Lists and nested mappings

    /// A list whose items `read` turns into values; items that fail are left out (and reported).
    mutating func list<T>(_ key: String, required: Bool = true, _ read: (Node) -> T?) -> [T] {
        guard let node = node(key, required: required) else { return [] }
        guard case .sequence(let sequence) = node else {
            log.report(.wrongType(key: key, expected: .list), line: node.line)
            return []
        }
        if sequence.isEmpty, required { log.report(.emptyValue(key), line: node.line) }
        return sequence.compactMap(read)
    }

    mutating func texts(_ key: String, required: Bool = true) -> [String] {
        let log = self.log
        return list(key, required: required) { item in
            guard let text = item.scalarText, !text.allSatisfy(\.isWhitespace) else {
                log.report(.wrongType(key: key, expected: .text), line: item.line)
                return nil
            }
            return text.trimmingWhitespace
        }
    }

    /// A list of ids; each is checked once everything is loaded, and against `rule` if given.
    mutating func references(
        _ key: String, to kind: ContentKind, required: Bool = true, rule: TemperatureRule? = nil
    ) -> [String] {
        let log = self.log
        return list(key, required: required) { item in
            guard let id = item.scalarText else {
                log.report(.wrongType(key: key, expected: .text), line: item.line)
                return nil
            }
            log.refer(to: kind, id: id, line: item.line)
            if let rule { log.require(theme: id, rule, line: item.line) }
            return id
        }
    }

    /// A list of mappings, each read by `read` and then checked for unknown keys.
    mutating func records<T>(_ key: String, required: Bool = true, _ read: (inout YAMLFields) -> T?) -> [T] {
        let log = self.log
        return list(key, required: required) { item in
            guard var fields = YAMLFields(item, log: log, key: key) else { return nil }
            defer { fields.finish() }
            return read(&fields)
        }
    }

    /// A nested mapping, read by `read` and then checked for unknown keys.
    mutating func record<T>(_ key: String, required: Bool = true, _ read: (inout YAMLFields) -> T?) -> T? {
        guard let node = node(key, required: required) else { return nil }
        guard var fields = YAMLFields(node, log: log, key: key) else { return nil }
        defer { fields.finish() }
        return read(&fields)
    }

    /// How many items the list under `key` has; nil when there is no such list.
    func itemCount(_ key: String) -> Int? {
        guard let entry = entries.first(where: { $0.key == key }), case .sequence(let items) = entry.value else {
            return nil
        }
        return items.count
    }

    /// The line of `key` itself; the mapping's line when the key is absent.
    func entryLine(_ key: String) -> Int {
        entries.first(where: { $0.key == key })?.line ?? line
    }
}

extension Node {
    var line: Int { mark?.line ?? 1 }

    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The text of a scalar; nil for mappings, sequences and null.
    var scalarText: String? {
        guard case .scalar(let scalar) = self, !isNull else { return nil }
        return scalar.string
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

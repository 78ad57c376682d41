import Foundation

/// A help entry written as the YAML of `content/hulp/<id>.yaml`, in the key order of the shipped
/// files, so a file the program writes reads like one written by hand and loads through the same
/// `ContentLoader`. Every text is a double-quoted scalar with YAML's escapes, so quotes, colons,
/// `#`, accents and newlines are safe; control characters (other than a newline or a tab) are
/// refused, because nobody types them on purpose and they cannot be checked by eye.
extension HelpEntry {
    /// What keeps an entry from being written.
    package enum WriteProblem: Error, Equatable, Sendable {
        /// A text holds a control character; `field` is its key (`name`, `phone`, …).
        case controlCharacter(field: String)
        /// A required text is empty.
        case empty(field: String)
        /// The id is not one a file name in `content/hulp/` can carry.
        case badID(String)
    }

    /// The file's text, or why it cannot be written.
    package func yamlText() -> Result<String, WriteProblem> {
        guard ContentDecoding.isValidID(id) else { return .failure(.badID(id)) }
        var lines: [String] = []
        func text(_ key: String, _ value: String?, required: Bool = false) -> WriteProblem? {
            guard let value = value?.trimmingWhitespace, !value.isEmpty else {
                return required ? .empty(field: key) : nil
            }
            guard !Self.hasControlCharacter(value) else { return .controlCharacter(field: key) }
            lines.append("\(key): \(Self.quoted(value))")
            return nil
        }
        func list(_ key: String, _ values: [String]) -> WriteProblem? {
            let values = values.map(\.trimmingWhitespace).filter { !$0.isEmpty }
            guard !values.isEmpty else { return nil }
            if values.contains(where: Self.hasControlCharacter) { return .controlCharacter(field: key) }
            lines.append("\(key): [" + values.map(Self.listItem).joined(separator: ", ") + "]")
            return nil
        }
        let steps: [() -> WriteProblem?] = [
            { text("name", name, required: true) },
            { text("what", what, required: true) },
            { text("for", forWhom, required: true) },
            { text("phone", phone) },
            { text("web", web) },
            { text("hours", hours) },
            { text("chat", chat) },
            { list("languages", languages) },
            {
                if let anonymous { lines.append("anonymous: \(anonymous.rawValue)") }
                lines.append("kind: \(kind.rawValue)")
                if let always { lines.append("always: \(always.rawValue)") }
                return nil
            },
            { list("signals", signals.map(\.rawValue)) },
            { themes.isEmpty ? .empty(field: "themes") : list("themes", themes) },
            { text("municipality", municipality) },
            {
                lines.append("checked: \(checked)")
                lines.append("source:")
                for (key, value) in [("document", source.document), ("section", source.section)] {
                    let value = value.trimmingWhitespace
                    if value.isEmpty { return .empty(field: "source") }
                    if Self.hasControlCharacter(value) { return .controlCharacter(field: "source") }
                    lines.append("  \(key): \(Self.quoted(value))")
                }
                if let text = source.lines?.trimmingWhitespace, !text.isEmpty {
                    if Self.hasControlCharacter(text) { return .controlCharacter(field: "source") }
                    lines.append("  lines: \(Self.quoted(text))")
                }
                return nil
            },
        ]
        for step in steps {
            if let problem = step() { return .failure(problem) }
        }
        return .success(lines.joined(separator: "\n") + "\n")
    }

    /// Control characters other than a newline or a tab (C0, DEL and C1), and the line and
    /// paragraph separators that would break a line where nobody sees one.
    package static func hasControlCharacter(_ text: String) -> Bool {
        SafeText.containsUnsafe(text) || text.unicodeScalars.contains { [0x2028, 0x2029, 0xFEFF].contains($0.value) }
    }

    /// A YAML double-quoted scalar: only `"`, `\`, a newline and a tab need escaping once control
    /// characters are refused.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An id or a language code as the shipped files write them (`[hulp-zoeken, tr]`); anything
    /// else quoted.
    private static func listItem(_ text: String) -> String {
        let plain =
            text.first?.isLetter == true
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !["yes", "no", "on", "off", "true", "false", "null", "y", "n"].contains(text)
        return plain ? text : quoted(text)
    }

    // MARK: Local entries

    /// The file name stem of a local entry: `lokaal-<municipality>-<name>`, both as slugs.
    package static func localID(municipality: String, name: String) -> String {
        let parts = [slug(municipality), slug(name)].filter { !$0.isEmpty }
        return (["lokaal"] + parts).joined(separator: "-")
    }

    /// Lower case ASCII letters, digits and single dashes: `Den Haag` → `den-haag`, `Café Één` →
    /// `cafe-een`.
    package static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for character in text.lowercased() {
            let folded = Self.folded(character)
            for scalar in folded.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if dash, !out.isEmpty { out += "-" }
                    dash = false
                    out.unicodeScalars.append(scalar)
                } else {
                    dash = true
                }
            }
        }
        return String(out.prefix(60)).trimmingDashes
    }

    /// A letter without its accents (`é` → `e`, `ß` → `ss`); others unchanged.
    private static func folded(_ character: Character) -> String {
        switch character {
        case "ß": return "ss"
        case "æ": return "ae"
        case "ø": return "o"
        case "ı": return "i"
        default:
            // The base letter of a letter with combining marks (canonical decomposition).
            let decomposed = String(character).decomposedStringWithCanonicalMapping
            return String(decomposed.unicodeScalars.filter { $0.value < 0x300 || $0.value > 0x36F })
        }
    }

    /// Whether this entry is one of the user's own local entries (a `lokaal-*` file), which the
    /// program may edit in place; a shipped entry is copied as a new local one instead.
    package var isLocal: Bool { id.hasPrefix("lokaal-") }
}

extension String {
    fileprivate var trimmingDashes: String {
        var text = Substring(self)
        while text.hasPrefix("-") { text = text.dropFirst() }
        while text.hasSuffix("-") { text = text.dropLast() }
        return String(text)
    }
}

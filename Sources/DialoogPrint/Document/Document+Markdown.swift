import Foundation

/// A document as Markdown, for a plan a gespreksleider prints or mails.
extension Document {
    package func markdown() -> String {
        var out: [String] = []
        var lastWasList = false
        func add(_ text: String, list: Bool = false) {
            if !out.isEmpty, !(list && lastWasList) { out.append("") }
            out.append(text)
            lastWasList = list
        }
        for block in blocks {
            switch block {
            case .title(let text): add("# " + Self.escape(text))
            case .heading(let text): add("## " + Self.escape(text))
            case .paragraph(let text, _): add(Self.escape(text).replacingOccurrences(of: "\n", with: "  \n"))
            case .bullets(let items):
                for item in items { add("- " + Self.escape(item), list: true) }
            case .chain(let steps):
                for (index, step) in steps.enumerated() { add("\(index + 1). " + Self.escape(step), list: true) }
            case .definitions(let items):
                for item in items {
                    add(
                        "**\(Self.escape(item.name))**  \n"
                            + Self.escape(item.text).replacingOccurrences(of: "\n", with: "  \n"))
                }
            case .detail(let items, let bullets):
                // Guidance is a paragraph of its own inside the list item above it (a blank
                // line, then indented); without the blank line it ran on into the heading.
                for item in items {
                    let text = Self.escape(item).replacingOccurrences(of: "\n", with: " ")
                    add("  " + (bullets ? "- " : "") + text, list: bullets)
                }
            case .pageBreak:
                break
            case .marked(let mark, _, let text):
                add(
                    "- " + (mark.trimmingCharacters(in: .whitespaces).isEmpty ? "" : mark + " ") + Self.escape(text),
                    list: true)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Keeps text literal: Markdown's own characters at the start of a line or around words
    /// would otherwise turn a sentence into a heading or emphasis.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        if let first = result.first, "#+-".contains(first) { result = "\\" + result }
        return result
    }
}

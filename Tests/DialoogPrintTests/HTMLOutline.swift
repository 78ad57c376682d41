import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An HTML file read back with an XML parser: whether it is well-formed, its elements with
/// their classes, and its text per element, so tests can ask where a text appears.
final class HTMLOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var classes: [String]
        var raw = ""
        /// The text directly and indirectly inside, spaces collapsed.
        var text: String { HTMLOutline.collapsed(raw) }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private var pending = ""

    private func flush() {
        let text = Self.collapsed(pending)
        if !text.isEmpty { lines.append(text) }
        pending = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var wellFormed = false
    private(set) var error: String?
    /// Every text, one line per text node, spaces collapsed: what a reader sees, in order.
    private(set) var lines: [String] = []

    init(_ html: String) {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
        if !wellFormed { error = parser.parserError.map { "\($0)" } ?? "line \(parser.lineNumber)" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        flush()
        open.append(elements.count)
        elements.append(
            Element(name: name, classes: (attributes["class"] ?? "").split(separator: " ").map(String.init)))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        flush()
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // The style sheet is not text anyone reads.
        if let last = open.last, elements[last].name == "style" { return }
        pending += string
        for index in open { elements[index].raw += string }
    }

    /// The elements named `name` that carry `className` (any class when nil).
    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className.map($0.classes.contains) ?? true) }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

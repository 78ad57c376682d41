import DialoogCore

/// A readable page of library content (a methodology, a theme, a help entry), built once and
/// laid out for any width: the bibliotheek draws it on screen, `dialoog methods show` prints it.
package struct Document: Equatable, Sendable {
    package enum Block: Equatable, Sendable {
        case title(String)
        case heading(String)
        case paragraph(String, style: Emphasis = .normal)
        case bullets([String])
        /// Ordered steps drawn with arrows between them (a theory of change).
        case chain([String])
        /// Named items: the name stands out, its explanation is indented below.
        case definitions([NamedText])
        /// A line with a temperature marker in front.
        case marked(String, style: Emphasis, text: String)
        /// Text that belongs to the marked line above it, indented under that line's text;
        /// with `bullets`, one bullet per item.
        case detail([String], bullets: Bool)
        /// A new sheet of paper: a form feed in plain text, a page break in HTML; nothing on
        /// screen or in Markdown.
        case pageBreak
    }

    package var blocks: [Block]

    package init(_ blocks: [Block] = []) { self.blocks = blocks }

    /// A run of text in one style.
    package struct Piece: Equatable, Sendable {
        package var text: String
        package var style: Emphasis
    }

    /// One laid-out line: pieces of text with their styles, starting at `indent`.
    package struct Line: Equatable, Sendable {
        package var indent: Int
        package var pieces: [Piece]

        package var text: String { String(repeating: " ", count: indent) + pieces.map(\.text).joined() }
    }

    /// The characters a document draws besides its text: a bullet and the arrow of a chain.
    package struct Marks: Equatable, Sendable {
        package var separator: String
        package var arrowDown: String

        package init(separator: String, arrowDown: String) {
            self.separator = separator
            self.arrowDown = arrowDown
        }

        package static let unicode = Marks(separator: "·", arrowDown: "↓")
        package static let ascii = Marks(separator: "-", arrowDown: "v")
        /// On paper the bullet is not `·`, which is also the mark of a lukewarm theme.
        package static let paper = Marks(separator: "•", arrowDown: "↓")
    }

    /// The lines of the document wrapped to `width` columns.
    package func lines(width: Int, marks glyphs: Marks) -> [Line] {
        let width = max(20, width)
        var out: [Line] = []
        func wrap(_ text: String, indent: Int, style: Emphasis = .normal, first: String = "", rest: String = "") {
            let prefixWidth = TextWidth.of(first)
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
                TextWidth.wrap(String($0), width: width - indent - prefixWidth)
            }
            for (index, part) in parts.enumerated() {
                let lead = index == 0 ? first : rest
                let text = Piece(text: part, style: style)
                out.append(
                    Line(indent: indent, pieces: lead.isEmpty ? [text] : [Piece(text: lead, style: .dim), text]))
            }
        }
        func gap() { if let last = out.last, !last.pieces.isEmpty { out.append(Line(indent: 0, pieces: [])) } }
        for block in blocks {
            switch block {
            case .title(let text):
                wrap(text, indent: 0, style: .title)
                gap()
            case .heading(let text):
                gap()
                wrap(text.uppercased(), indent: 0, style: .heading)
            case .paragraph(let text, let style):
                wrap(text, indent: 2, style: style)
            case .bullets(let items):
                for item in items { wrap(item, indent: 2, first: glyphs.separator + " ", rest: "  ") }
            case .chain(let steps):
                for (index, step) in steps.enumerated() {
                    wrap(
                        step, indent: 2, first: "\(index + 1). ",
                        rest: String(repeating: " ", count: "\(index + 1). ".count))
                    if index < steps.count - 1 {
                        out.append(Line(indent: 4, pieces: [Piece(text: glyphs.arrowDown, style: .accent)]))
                    }
                }
            case .definitions(let items):
                for item in items {
                    wrap(item.name, indent: 2, style: .accent)
                    wrap(item.text, indent: 4)
                }
            case .marked(let mark, let style, let text):
                let parts = TextWidth.wrap(text, width: width - 4 - TextWidth.of(mark))
                for (index, part) in parts.enumerated() {
                    let lead = index == 0 ? mark + " " : String(repeating: " ", count: TextWidth.of(mark) + 1)
                    out.append(
                        Line(indent: 2, pieces: [Piece(text: lead, style: style), Piece(text: part, style: .normal)]))
                }
            case .detail(let items, let bullets):
                for item in items {
                    if bullets {
                        wrap(item, indent: 4, first: glyphs.separator + " ", rest: "  ")
                    } else {
                        wrap(item, indent: 4)
                    }
                }
            case .pageBreak:
                gap()
            }
        }
        while let last = out.last, last.pieces.isEmpty { out.removeLast() }
        return out
    }

    /// Plain text for the command line; a page break is a form feed on a line of its own, so a
    /// printer starts a new sheet there.
    package func plainText(width: Int = 80, marks: Marks = .unicode) -> String {
        let pages = pages(width: width, marks: marks)
        return pages.isEmpty ? "\n" : pages.joined(separator: "\u{0C}\n")
    }

    /// The plain text of each sheet between page breaks, so a caller can make each safe before
    /// joining them with the form feed (a form feed typed into a text is not a page break).
    package func pages(width: Int = 80, marks: Marks = .unicode) -> [String] {
        blocks.split(separator: .pageBreak, omittingEmptySubsequences: true).map { page in
            Document(Array(page)).lines(width: width, marks: marks).map(\.text).joined(separator: "\n") + "\n"
        }
    }
}

import DialoogCore

/// A line of the live screen in parts of their own style, drawn left to right and cut at a width.
struct LiveLine: Equatable {
    struct Part: Equatable {
        var text: String
        var style: Style
    }

    var parts: [Part]
    /// Cells from the left edge of the area the line is drawn in.
    var indent: Int

    init(_ parts: [Part], indent: Int = 0) {
        self.parts = parts
        self.indent = indent
    }

    init(_ text: String, style: Style = .normal, indent: Int = 0) {
        self.init([Part(text: text, style: style)], indent: indent)
    }

    static let blank = LiveLine("")

    var isBlank: Bool { parts.allSatisfy { $0.text.isEmpty } }

    /// Draws the line at (x + indent, y), at most `width` cells from x; returns the cells used.
    @discardableResult
    func draw(x: Int, y: Int, width: Int, into canvas: inout Canvas) -> Int {
        var used = indent
        for part in parts where used < width && !part.text.isEmpty {
            used += canvas.text(part.text, x: x + used, y: y, style: part.style, maxWidth: width - used)
        }
        return used
    }

    /// `text` wrapped to `width`, the first line after `first` and the others indented as far
    /// (a bullet's hanging indent).
    static func wrapped(
        _ text: String, width: Int, style: Style = .normal, first: String = "", firstStyle: Style = .dim,
        indent: Int = 0
    ) -> [LiveLine] {
        let lead = TextWidth.of(first)
        let lines = TextWidth.wrap(text, width: max(1, width - indent - lead))
        return lines.enumerated().map { index, line in
            index == 0 && lead > 0
                ? LiveLine([Part(text: first, style: firstStyle), Part(text: line, style: style)], indent: indent)
                : LiveLine(line, style: style, indent: indent + lead)
        }
    }
}

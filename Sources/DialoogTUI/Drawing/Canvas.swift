import DialoogCore

/// Draws text into a `Screen`, clipping at its edges and at a given width, so that no screen
/// ever writes outside its box. Wide characters get their continuation cell; a wide
/// character that does not fit is replaced by a space.
package struct Canvas {
    package private(set) var screen: Screen
    package let glyphs: Glyphs
    /// Fold every grapheme to ASCII (a terminal that is not UTF-8).
    package let asciiOnly: Bool

    package init(size: TerminalSize, asciiOnly: Bool = false) {
        self.screen = Screen(size: size)
        self.asciiOnly = asciiOnly
        self.glyphs = asciiOnly ? .ascii : .unicode
    }

    package var width: Int { screen.size.width }
    package var height: Int { screen.size.height }

    /// Writes `text` at (x, y) and returns the cells used. Text longer than `maxWidth` ends
    /// in an ellipsis; text running off the screen is simply cut.
    @discardableResult
    package mutating func text(
        _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        var text = text
        if asciiOnly && !text.allSatisfy(\.isASCII) { text = ASCIIFolding.fold(text) }
        if let maxWidth, TextWidth.of(text) > maxWidth {
            text = TextWidth.truncate(text, to: maxWidth, ellipsis: asciiOnly ? "." : glyphs.ellipsis)
        }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            let w = TextWidth.of(character)
            if w == 0 { continue }
            if column + w > limit {
                // A wide character that would straddle the limit: blank its first half.
                if column < limit && column >= 0 { screen[column, y] = Cell(" ", style: style) }
                return max(0, min(column + 1, limit) - x)
            }
            if column >= 0 {
                screen[column, y] = Cell(String(character), style: style)
                if w == 2 { screen[column + 1, y] = .continuation(style) }
            }
            column += w
        }
        return column - x
    }

    /// Marks screen row `y` (from `x`, `count` cells) as the list row `steps` rows from the
    /// cursor, so a click there chooses it (`Screen.rowTarget`).
    package mutating func markRow(y: Int, steps: Int, x: Int = 0, count: Int? = nil) {
        guard y >= 0, y < height else { return }
        let lower = min(max(0, x), width)
        let upper = max(lower, min(width, x + (count ?? width)))
        screen.rows.append(.init(y: y, x: lower..<upper, steps: steps))
    }

    /// Marks `count` cells from (x, y) as the hint of `command`'s key, so a click there can
    /// give it (`Screen.buttonTarget`); a hint line drawn again replaces the one before.
    package mutating func markButton(y: Int, x: Int, count: Int, command: Command) {
        guard y >= 0, y < height else { return }
        let lower = min(max(0, x), width)
        let upper = max(lower, min(width, x + count))
        screen.buttons.append(.init(y: y, x: lower..<upper, command: command))
    }

    /// Forgets the key hints marked on row `y` (a hint line drawn over another).
    package mutating func clearButtons(y: Int) { screen.buttons.removeAll { $0.y == y } }

    /// An overlay covers what was under it: the rows and hints drawn before can no longer be
    /// clicked.
    package mutating func coverRows() {
        screen.rows = []
        screen.buttons = []
    }

    /// Paints `count` cells from (x, y) with spaces in `style` (a bar, a selection).
    package mutating func fill(x: Int = 0, y: Int, count: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (count ?? width - x))
        let blank = Cell(" ", style: style)
        for column in max(0, x)..<max(max(0, x), end) { screen[column, y] = blank }
    }

    /// A horizontal line across the screen (or `count` cells).
    package mutating func horizontalLine(x: Int = 0, y: Int, count: Int? = nil, style: Style = .border) {
        let n = count ?? width - x
        text(String(repeating: glyphs.horizontal, count: max(0, n)), x: x, y: y, style: style, maxWidth: n)
    }

    /// Writes `text` so that it ends at the right edge minus `margin`; returns its start column.
    @discardableResult
    package mutating func rightAligned(_ text: String, y: Int, margin: Int = 1, style: Style = .normal) -> Int {
        let w = TextWidth.of(text)
        let x = max(0, width - margin - w)
        self.text(text, x: x, y: y, style: style, maxWidth: width - margin - x)
        return x
    }

    /// A framed box with a title in its top edge, cleared inside.
    package mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String, style: Style = .border) {
        guard w >= 2, h >= 2 else { return }
        for row in y..<(y + h) { fill(x: x, y: row, count: w, style: .normal) }
        text(
            glyphs.topLeft + String(repeating: glyphs.horizontal, count: w - 2) + glyphs.topRight,
            x: x, y: y, style: style, maxWidth: w)
        for row in (y + 1)..<(y + h - 1) {
            text(glyphs.vertical, x: x, y: row, style: style)
            text(glyphs.vertical, x: x + w - 1, y: row, style: style)
        }
        text(
            glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: w - 2) + glyphs.bottomRight,
            x: x, y: y + h - 1, style: style, maxWidth: w)
        if !title.isEmpty { text(" \(title) ", x: x + 2, y: y, style: .heading, maxWidth: w - 4) }
    }
}

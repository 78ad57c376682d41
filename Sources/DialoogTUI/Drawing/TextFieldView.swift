import DialoogCore

/// Draws a `TextField`: on one line, scrolled sideways so the cursor is always in view, or
/// wrapped over a few rows (a note). Widths come from `TextWidth`, so CJK, emoji and
/// combining marks line up with the rest of the screen.
package enum TextFieldView {
    /// Which characters of a field show in a width, and where the cursor is.
    package struct Layout: Equatable, Sendable {
        /// The characters shown: `start..<end` of the field's text.
        package var start: Int
        package var end: Int
        /// Text is cut off on the left or the right; a mark there says so.
        package var cutLeft: Bool
        package var cutRight: Bool
        /// The cursor's column from the field's left edge.
        package var cursorColumn: Int
    }

    /// The one-line layout of `field` in `width` cells: the cursor is always inside, the
    /// cursor at the end takes a cell of its own.
    package static func layout(_ field: TextField, width: Int) -> Layout {
        let characters = Array(field.text)
        let widths = characters.map { TextWidth.of($0) }
        let cursor = field.cursor
        let atEnd = cursor == characters.count
        let cursorCell = atEnd ? 1 : max(1, widths[cursor])
        let before = widths[..<cursor].reduce(0, +)
        if widths.reduce(0, +) + (atEnd ? 1 : 0) <= width {
            return Layout(start: 0, end: characters.count, cutLeft: false, cutRight: false, cursorColumn: before)
        }
        // Something follows the cursor's character: keep a cell for the mark on the right.
        let more = !atEnd && cursor + 1 < characters.count
        var start = 0
        var shown = before
        if before + cursorCell + (more ? 1 : 0) > width {
            start = cursor
            shown = 0
            let room = width - 1 - cursorCell - (more ? 1 : 0)
            while start > 0, shown + widths[start - 1] <= room {
                start -= 1
                shown += widths[start]
            }
        }
        let left = start > 0 ? 1 : 0
        var end = cursor
        var used = left + shown
        while end < characters.count, used + widths[end] <= width {
            used += widths[end]
            end += 1
        }
        let cutRight = end < characters.count
        if cutRight {
            while used + 1 > width, end > cursor + 1 {
                end -= 1
                used -= widths[end]
            }
        }
        return Layout(start: start, end: end, cutLeft: left == 1, cutRight: cutRight, cursorColumn: left + shown)
    }

    /// Draws `field` on one line from (x, y) in `width` cells, with "used/limit" on the right
    /// where the field has a limit and there is room for it. Returns the cells used.
    @discardableResult
    package static func draw(
        _ field: TextField, x: Int, y: Int, width: Int, style: Style = .normal, counter: Bool = true,
        cursorStyle: Style = .selected, into canvas: inout Canvas
    ) -> Int {
        guard width > 0 else { return 0 }
        var fieldWidth = width
        if counter, let limit = field.limit {
            let count = "\(field.used)/\(limit)"
            let countWidth = TextWidth.of(count)
            // The text keeps at least ten cells; a narrow field goes without its counter.
            if width - countWidth - 1 >= 10 {
                fieldWidth = width - countWidth - 1
                canvas.text(
                    count, x: x + width - countWidth, y: y, style: field.isFull || field.overflowed ? .warning : .dim)
            }
        }
        let layout = layout(field, width: fieldWidth)
        let characters = Array(field.text)
        let left = layout.cutLeft ? 1 : 0
        if layout.cutLeft { canvas.text(canvas.glyphs.ellipsis, x: x, y: y, style: .dim) }
        canvas.text(
            String(characters[layout.start..<layout.end]), x: x + left, y: y, style: style,
            maxWidth: fieldWidth - left - (layout.cutRight ? 1 : 0))
        if layout.cutRight { canvas.text(canvas.glyphs.ellipsis, x: x + fieldWidth - 1, y: y, style: .dim) }
        drawCursor(field, characters: characters, x: x + layout.cursorColumn, y: y, style: cursorStyle, into: &canvas)
        return width
    }

    // MARK: - Wrapped over rows

    /// Lines of `field` wrapped at `width` cells, as ranges of its characters: words stay
    /// whole where they fit, spaces stay (so the cursor can stand on them), a word longer
    /// than a line is broken.
    package static func wrap(_ field: TextField, width: Int) -> [Range<Int>] {
        let characters = Array(field.text)
        guard width > 0, !characters.isEmpty else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let w = TextWidth.of(character)
            if character == " " {
                // A space may hang past the edge: it ends the line rather than starting one.
                used += w
                lastSpace = index
                index += 1
                if used >= width {
                    lines.append(start..<index)
                    start = index
                    used = 0
                    lastSpace = nil
                }
                continue
            }
            if used + w > width, index > start {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                lines.append(start..<breakAt)
                start = breakAt
                used = characters[start..<index].reduce(0) { $0 + TextWidth.of($1) }
                lastSpace = nil
                continue
            }
            used += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// Draws `field` wrapped into `rows` rows of `width` cells from (x, y), scrolled so the
    /// cursor's row is the last one shown when it would be below them.
    package static func drawWrapped(
        _ field: TextField, x: Int, y: Int, width: Int, rows: Int, style: Style = .normal,
        cursorStyle: Style = .selected, into canvas: inout Canvas
    ) {
        guard width > 1, rows > 0 else { return }
        let characters = Array(field.text)
        // One cell stays free for the cursor after the last character.
        var lines = wrap(field, width: width - 1)
        var cursorLine = lines.lastIndex { $0.lowerBound <= field.cursor } ?? 0
        if field.cursor == characters.count, let last = lines.last, !last.isEmpty,
            characters[last].reduce(0, { $0 + TextWidth.of($1) }) >= width
        {
            lines.append(characters.count..<characters.count)
            cursorLine = lines.count - 1
        }
        let first = max(0, cursorLine - rows + 1)
        for (offset, line) in lines[first..<min(lines.count, first + rows)].enumerated() {
            canvas.text(String(characters[line]), x: x, y: y + offset, style: style, maxWidth: width)
        }
        let line = lines[cursorLine]
        let column = characters[line.lowerBound..<field.cursor].reduce(0) { $0 + TextWidth.of($1) }
        drawCursor(
            field, characters: characters, x: x + min(column, width - 1), y: y + cursorLine - first, style: cursorStyle,
            into: &canvas)
    }

    /// The cursor: a block after the text, or the character under it in `style` (the
    /// selection's, unless the field is on a selected row).
    private static func drawCursor(
        _ field: TextField, characters: [Character], x: Int, y: Int, style: Style, into canvas: inout Canvas
    ) {
        if field.cursor < characters.count, characters[field.cursor] != " " {
            canvas.text(String(characters[field.cursor]), x: x, y: y, style: style)
        } else if field.cursor < characters.count {
            canvas.text(style == .selected ? " " : "_", x: x, y: y, style: style)
        } else {
            canvas.text(canvas.glyphs.cursor, x: x, y: y, style: .key)
        }
    }
}

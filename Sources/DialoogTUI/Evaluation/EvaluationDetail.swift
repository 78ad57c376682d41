import DialoogCore

/// The detail of the field under the cursor: its name, what it is for, its value or list, and
/// its keys at the foot (or the line being typed). When the room is short the explanation
/// gives way first, a long item shrinks to one line with an ellipsis, and a list scrolls so
/// that its cursor stays in view.
struct EvaluationDetail {
    /// A part of the detail that is shown whole or not at all: an explanation, a list item.
    struct Item {
        var lines: [LiveLine]
        /// The item on one line, cut with an ellipsis where it is too long.
        var oneLine: LiveLine

        init(_ lines: [LiveLine], oneLine: LiveLine? = nil) {
            self.lines = lines
            self.oneLine = oneLine ?? lines.first ?? .blank
        }

        init(_ line: LiveLine) {
            self.init([line])
        }
    }

    /// The name (always shown), then the explanation and notes, each whole or not at all.
    var title: LiveLine
    var head: [Item]
    /// The value or the list, item by item.
    var items: [Item]
    /// The items are a list with a cursor of its own (choices, lines, hand counts): the item
    /// under the cursor is shown whole when it fits, the others on one line each.
    var list = false
    /// The item the cursor within the field is on, highlighted.
    var selected: Int?
    /// The item kept in view: the selected one, or the end of the list while a line is added.
    var anchor: Int?
    /// The keys of the field, or the line being typed.
    var foot: [LiveLine]

    // MARK: - Drawing

    func draw(x: Int, width: Int, top: Int, bottom: Int, language: Language, into canvas: inout Canvas) {
        let rows = max(0, bottom - top)
        guard rows > 0 else { return }
        let footShown = Array(foot.prefix(max(0, rows - 1)))
        // The list keeps room for three of its items (all, when it has fewer).
        let itemNeed = min(items.count, 3)
        var headShown: [LiveLine] = [title]
        for item in head where headShown.count + item.lines.count + footShown.count + itemNeed <= rows {
            headShown += item.lines
        }
        for (offset, line) in headShown.prefix(rows).enumerated() {
            line.draw(x: x, y: top + offset, width: width, into: &canvas)
        }
        for (offset, line) in footShown.enumerated() {
            line.draw(x: x, y: bottom - footShown.count + offset, width: width, into: &canvas)
        }
        var free = rows - min(rows, headShown.count) - footShown.count
        var y = top + headShown.count
        // A blank line under the explanation, and one above the keys, when there is room.
        if free > listRows + 1 && !items.isEmpty {
            y += 1
            free -= 1
        }
        if free > listRows && !footShown.isEmpty { free -= 1 }
        drawItems(x: x, width: width, y: y, rows: free, language: language, into: &canvas)
    }

    /// The rows the items take: in a list the selected one whole and the others on a line.
    private var listRows: Int {
        items.indices.reduce(0) { $0 + (!list || $1 == selected ? items[$1].lines.count : 1) }
    }

    /// The items from the first one that keeps the anchor (the cursor's item) in view, with
    /// "↓ nog 3" under the last one drawn when some do not fit. An item that does not fit
    /// whole takes one line, cut with an ellipsis.
    private func drawItems(x: Int, width: Int, y: Int, rows: Int, language: Language, into canvas: inout Canvas) {
        guard rows > 0, !items.isEmpty else { return }
        // A list that fits whole is shown whole; otherwise its other items take a line each.
        let whole = items.reduce(0) { $0 + $1.lines.count } <= rows
        var shown: [[LiveLine]] = items.indices.map { index in
            whole || !list || index == selected ? items[index].lines : [items[index].oneLine]
        }
        var first = 0
        if let anchor, shown.indices.contains(anchor) {
            let below = anchor < shown.count - 1 ? 1 : 0
            if shown[anchor].count > rows - below { shown[anchor] = [items[anchor].oneLine] }
            func rowsNeeded(from start: Int) -> Int { shown[start...anchor].reduce(0) { $0 + $1.count } + below }
            while first < anchor && rowsNeeded(from: first) > rows { first += 1 }
        }
        var row = 0
        var index = first
        while index < shown.count {
            let remaining = shown.count - index - 1
            let room = rows - row - (remaining > 0 ? 1 : 0)
            var item = shown[index]
            if item.count > room {
                guard room >= 1 else { break }
                item = [items[index].oneLine]
            }
            let isSelected = index == selected
            for line in item {
                if isSelected { canvas.fill(x: x - 1, y: y + row, count: width + 1, style: .selected) }
                var drawn = line
                if isSelected { drawn.parts = drawn.parts.map { LiveLine.Part(text: $0.text, style: .selected) } }
                drawn.draw(x: x, y: y + row, width: width, into: &canvas)
                row += 1
            }
            index += 1
        }
        let hidden = shown.count - index
        if hidden > 0 && row < rows {
            canvas.text(LiveWords.moreItems(hidden).localized(language), x: x, y: y + row, style: .dim, maxWidth: width)
        }
    }
}

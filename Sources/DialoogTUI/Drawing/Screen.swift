import DialoogCore

/// A value grid of cells: what the terminal should show. Rendering builds one, the terminal
/// compares it with the last one it showed and writes only the difference.
package struct Screen: Equatable, Sendable {
    package let size: TerminalSize
    package private(set) var cells: [Cell]
    /// The list rows a mouse click can choose, as drawn (`Canvas.markRow`).
    package var rows: [RowTarget] = []

    /// A list row on the screen: clicking in it moves the list's cursor `steps` rows (down
    /// when positive), as that many arrow keys would.
    package struct RowTarget: Equatable, Sendable {
        package var y: Int
        package var x: Range<Int>
        package var steps: Int
    }

    /// The key hints a click can press, as drawn (`Canvas.markButton`).
    package var buttons: [ButtonTarget] = []

    /// A key hint on the screen ("! hulpkaart"): clicking it gives its command, as its key
    /// would, if `MouseMap` lets a click give that command.
    package struct ButtonTarget: Equatable, Sendable {
        package var y: Int
        package var x: Range<Int>
        package var command: Command
    }

    /// The row target under a click, if any; the last drawn wins (an overlay over a list).
    package func rowTarget(x: Int, y: Int) -> RowTarget? {
        rows.last { $0.y == y && $0.x.contains(x) }
    }

    /// The key hint under a click, if any.
    package func buttonTarget(x: Int, y: Int) -> ButtonTarget? {
        buttons.last { $0.y == y && $0.x.contains(x) }
    }

    package init(size: TerminalSize, filling cell: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: cell, count: max(0, size.width) * max(0, size.height))
    }

    package subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// A run of changed cells on one row, starting at `x`.
    package struct Change: Equatable, Sendable {
        package var x: Int
        package var y: Int
        package var cells: [Cell]

        package init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }
    }

    /// The runs of cells that differ from `previous`, row by row, left to right. A wide
    /// character and its continuation always travel together. A screen of another size
    /// (or none) changes everywhere.
    package func changes(since previous: Screen?) -> [Change] {
        guard let previous, previous.size == size else { return allRows() }
        var result: [Change] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                guard self[x, y] != previous[x, y] else { x += 1; continue }
                // Start at the left half if the change falls on a continuation.
                var start = x
                if start > 0 && (self[start, y].isContinuation || previous[start, y].isContinuation) {
                    start -= 1
                }
                var end = x
                while end < size.width && self[end, y] != previous[end, y] { end += 1 }
                // Take the right half of a wide character along.
                while end < size.width && (self[end, y].isContinuation || previous[end, y].isContinuation) {
                    end += 1
                }
                if let last = result.last, last.y == y, last.x + last.cells.count >= start {
                    // Overlapping the previous run (a widened start): merge.
                    let from = last.x
                    result[result.count - 1] = Change(x: from, y: y, cells: row(y, from: from, to: end))
                } else {
                    result.append(Change(x: start, y: y, cells: row(y, from: start, to: end)))
                }
                x = end
            }
        }
        return result
    }

    private func allRows() -> [Change] {
        (0..<size.height).map { Change(x: 0, y: $0, cells: row($0, from: 0, to: size.width)) }
    }

    private func row(_ y: Int, from: Int, to: Int) -> [Cell] {
        Array(cells[(y * size.width + from)..<(y * size.width + to)])
    }

    /// The screen as plain text, one line per row, trailing spaces kept: for snapshots.
    package var text: String {
        (0..<size.height).map { y in
            (0..<size.width).map { self[$0, y].text }.joined()
        }.joined(separator: "\n")
    }
}

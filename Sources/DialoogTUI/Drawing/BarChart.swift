import DialoogCore

/// Horizontal bars in terminal cells: a label column, a bar scaled to the largest value, and
/// the value after it. Also the meter of a figure against a goal ("▇▇▇▇░░░░"). ASCII terminals
/// get `#` for the bar and `.` for the track.
package struct BarChart {
    package struct Bar: Equatable, Sendable {
        package var label: String
        package var value: Int
        package var style: Style

        package init(label: String, value: Int, style: Style = .accent) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    package var bars: [Bar]
    /// The value a full bar stands for: the largest bar unless given.
    package var scale: Int

    package init(_ bars: [Bar], scale: Int? = nil) {
        self.bars = bars
        self.scale = max(1, scale ?? bars.map(\.value).max() ?? 1)
    }

    /// The label column: as wide as the longest label, but never more than two fifths of `width`.
    package func labelWidth(in width: Int) -> Int {
        min(bars.map { TextWidth.of($0.label) }.max() ?? 0, max(4, width * 2 / 5))
    }

    /// Draws bar `index` on row `y`, from `x`, in `width` cells, with labels `labelWidth` wide.
    package func draw(_ index: Int, x: Int, y: Int, width: Int, labelWidth: Int, into canvas: inout Canvas) {
        let bar = bars[index]
        let valueWidth = bars.map { String($0.value).count }.max() ?? 1
        canvas.text(bar.label, x: x, y: y, maxWidth: labelWidth)
        let room = max(1, width - labelWidth - 1 - valueWidth - 1)
        let cells = Self.cells(bar.value, of: scale, in: room)
        let start = x + labelWidth + 1
        let drawn = canvas.text(
            String(repeating: Self.block(ascii: canvas.asciiOnly), count: cells), x: start, y: y, style: bar.style,
            maxWidth: room)
        canvas.text(String(bar.value), x: start + drawn + (cells > 0 ? 1 : 0), y: y, style: .normal)
    }

    /// Cells for `value` when `scale` fills `room`: at least one for anything above zero, so a
    /// small count is still seen.
    package static func cells(_ value: Int, of scale: Int, in room: Int) -> Int {
        guard value > 0, scale > 0, room > 0 else { return 0 }
        return min(room, max(1, Int((Double(value) / Double(scale) * Double(room)).rounded())))
    }

    package static func block(ascii: Bool) -> String { ascii ? "#" : "▇" }
    package static func track(ascii: Bool) -> String { ascii ? "." : "░" }

    /// Draws a meter `width` cells wide at (x, y): `value` filled in `style`, the rest of
    /// `goal` as track; both scaled to `scale` (the goal unless given). Returns the cells used.
    @discardableResult
    package static func meter(
        _ value: Int, goal: Int, scale: Int? = nil, x: Int, y: Int, width: Int, style: Style = .accent,
        into canvas: inout Canvas
    ) -> Int {
        let scale = max(1, scale ?? goal)
        let filled = cells(value, of: scale, in: width)
        let track = max(0, cells(goal, of: scale, in: width) - filled)
        let ascii = canvas.asciiOnly
        let used = canvas.text(
            String(repeating: block(ascii: ascii), count: filled), x: x, y: y, style: style, maxWidth: width)
        return used
            + canvas.text(
                String(repeating: Self.track(ascii: ascii), count: track), x: x + used, y: y, style: .dim,
                maxWidth: width - used)
    }
}

import DialoogCore
import Plot

/// A horizontal bar chart as inline SVG: one row per name, the bar's length in proportion to
/// the largest count, the count written after it. No script, no outside file; the chart's
/// title is its accessible name.
enum BarChart {
    static let width = 640
    static let labelWidth = 230
    static let barWidth = 330
    static let rowHeight = 22

    static func svg(_ rows: [(name: String, count: Int)], title: String, language: DialoogCore.Language)
        -> Node<HTML.BodyContext>
    {
        let largest = max(1, rows.map(\.count).max() ?? 1)
        let height = rows.count * rowHeight + 4
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "width", value: "\(width)"),
            .attribute(named: "height", value: "\(height)"),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
            .attribute(named: "role", value: "img"),
            .element(
                named: "title", nodes: [HTMLPage.text(PrintText.chartDescription(title).localized(language))]),
        ]
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            let length = max(row.count > 0 ? 2 : 0, row.count * barWidth / largest)
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(named: "x", value: "0"), .attribute(named: "y", value: "\(y + 15)"),
                        HTMLPage.text(TextWidth.truncate(row.name, to: 34)),
                    ]))
            nodes.append(
                .selfClosedElement(
                    named: "rect",
                    attributes: [
                        .attribute(named: "x", value: "\(labelWidth)"), .attribute(named: "y", value: "\(y + 4)"),
                        .attribute(named: "width", value: "\(length)"), .attribute(named: "height", value: "14"),
                        .attribute(named: "fill", value: "#4a6fa5"),
                    ]))
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(named: "x", value: "\(labelWidth + length + 6)"),
                        .attribute(named: "y", value: "\(y + 15)"), HTMLPage.text("\(row.count)"),
                    ]))
        }
        return .element(named: "svg", nodes: nodes)
    }
}

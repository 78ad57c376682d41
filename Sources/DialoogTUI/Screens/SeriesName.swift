import DialoogCore

/// A series' name as lists show it: with a DEMO mark after it for series `dialoog demo`
/// made, so demo data is never taken for a real group.
enum SeriesName {
    static func draw(
        _ series: Series, x: Int, y: Int, width: Int, selected: Bool, _ language: Language, into canvas: inout Canvas
    ) {
        guard series.demo else {
            canvas.text(series.name, x: x, y: y, style: selected ? .selected : .normal, maxWidth: width)
            return
        }
        let mark = OverviewWords.demo.localized(language)
        let used = canvas.text(
            series.name, x: x, y: y, style: selected ? .selected : .normal,
            maxWidth: max(1, width - TextWidth.of(mark) - 1))
        canvas.text(mark, x: x + used + 1, y: y, style: selected ? .selected : .warning, maxWidth: width - used - 1)
    }
}

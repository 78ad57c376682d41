/// The start screen's slice: the series in start-screen order and the cursor on them.
package struct StartState: Equatable, Sendable {
    /// The series, in start-screen order (see `SeriesOverview.startOrder`).
    package var series: [SeriesOverview] = []
    /// False until the first load has answered, so the empty state is not shown too early.
    package var loaded = false
    package var selection = 0

    package init() {}

    /// The series under the cursor.
    package var selectedSeries: SeriesOverview? {
        series.indices.contains(selection) ? series[selection] : nil
    }
}

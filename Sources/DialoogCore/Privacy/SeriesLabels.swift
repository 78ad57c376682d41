import Foundation

/// The neutral names series carry in reports: "organisation · municipality · number", the
/// number counting the series of that organisation and municipality in the order they were
/// made (demo series apart, as "demo 1", so loading or removing the demo never renumbers a
/// real group). A group's name often holds a person's name or a place a reader can trace
/// ("Vrouwen Fatima Yilmaz"), so reports use these unless `--with-series-names`.
package struct SeriesLabels: Equatable, Sendable {
    /// Labels by series id.
    package var labels: [String: String]

    package init(_ labels: [String: String] = [:]) {
        self.labels = labels
    }

    /// The label of one series: its organisation, municipality (when set) and number.
    package static func label(organisation: String, municipality: String?, number: Int, demo: Bool) -> String {
        let place = municipality.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        return
            ([organisation.trimmingCharacters(in: .whitespaces), place].compactMap { $0 }.filter { !$0.isEmpty }
            + [demo ? "demo \(number)" : "\(number)"]).joined(separator: " · ")
    }

    /// `overview` with every series named by its label.
    package func apply(to overview: Overview) -> Overview {
        var overview = overview
        for index in overview.series.indices {
            overview.series[index].series.name = name(of: overview.series[index].series.id)
        }
        return overview
    }

    /// Names the series of `meetings` by their labels, in place: a copy of 10,000 meetings
    /// was 6 MB of a report's peak memory.
    package func apply(to meetings: inout [MeetingFigures]) {
        for index in meetings.indices { meetings[index].seriesName = name(of: meetings[index].seriesId) }
    }

    /// A series' label; a series the labels do not know (none should be) gets no name at all
    /// rather than its own.
    private func name(of id: String) -> String { labels[id] ?? "–" }
}

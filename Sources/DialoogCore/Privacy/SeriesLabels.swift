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
        var label = ""
        for part in [trimmed(organisation), municipality.map(trimmed) ?? ""] where !part.isEmpty {
            label += part + " · "
        }
        return label + (demo ? "demo \(number)" : "\(number)")
    }

    /// `text` without spaces around it (`CharacterSet.whitespaces`); Foundation is asked only
    /// when it starts or ends with a byte that may be one, not for each of thousands of series.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let plain = { (byte: UInt8) in byte > 0x20 && byte < 0x80 }
        return plain(first) && plain(last) ? text : text.trimmingCharacters(in: .whitespaces)
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

import Foundation

/// Which series and meetings the overzicht and `dialoog report` count. Each field narrows;
/// nil lets everything through. Text fields match whole values, ignoring the case of ASCII
/// letters (SQLite's NOCASE; the choices offered are the stored values, so this suffices).
/// A meeting is counted when it and its series pass; a series is listed when one of its
/// meetings is counted, or, without a period, also when it has no meetings yet.
package struct OverviewFilter: Codable, Equatable, Hashable, Sendable {
    package var organisation: String?
    package var methodId: String?
    package var municipality: String?
    /// A gespreksleider, as written in the series' list of facilitators (one element of it).
    package var facilitator: String?
    /// The period, from `from` (inclusive) to `to` (exclusive), applied to a meeting's date:
    /// its planned start, or when it ended if it had none. A meeting without either falls
    /// outside every period. Retention and open follow-ups are those of the whole series.
    package var from: Date?
    package var to: Date?
    /// Demo series are counted only when asked for: `counted`, the overzicht's and every
    /// report's default, leaves them out.
    package var includeDemo: Bool
    /// The laptop a series was made on (its id, or the start of it): an imported series has
    /// the laptop it came from, a series made here this store's own.
    package var laptop: String?

    package init(
        organisation: String? = nil, methodId: String? = nil, municipality: String? = nil,
        facilitator: String? = nil, from: Date? = nil, to: Date? = nil, includeDemo: Bool = true,
        laptop: String? = nil
    ) {
        self.organisation = organisation
        self.methodId = methodId
        self.municipality = municipality
        self.facilitator = facilitator
        self.from = from
        self.to = to
        self.includeDemo = includeDemo
        self.laptop = laptop
    }

    /// No narrowing at all (demo included).
    package var isEmpty: Bool { self == OverviewFilter() }

    /// What the overzicht opens with and `dialoog report` counts unless told otherwise:
    /// everything but demo series, so the screen and the reports give the same figures.
    package static let counted = OverviewFilter(includeDemo: false)
}

import Foundation

/// Which series and meetings the overzicht and `dialoog report` count. Each field narrows;
/// nil lets everything through. Text fields match whole values, ignoring case.
package struct OverviewFilter: Codable, Equatable, Hashable, Sendable {
    package var organisation: String?
    package var methodId: String?
    package var municipality: String?
    /// A gespreksleider, as written in the series' list of facilitators.
    package var facilitator: String?
    /// The period, from `from` (inclusive) to `to` (exclusive), applied to a meeting's date:
    /// its planned start, or when it ended if it had none.
    package var from: Date?
    package var to: Date?
    /// Demo series are counted only when asked for (the demo shows them; reports skip them).
    package var includeDemo: Bool

    package init(
        organisation: String? = nil, methodId: String? = nil, municipality: String? = nil,
        facilitator: String? = nil, from: Date? = nil, to: Date? = nil, includeDemo: Bool = true
    ) {
        self.organisation = organisation
        self.methodId = methodId
        self.municipality = municipality
        self.facilitator = facilitator
        self.from = from
        self.to = to
        self.includeDemo = includeDemo
    }

    /// No narrowing at all (demo included).
    package var isEmpty: Bool { self == OverviewFilter() }
}

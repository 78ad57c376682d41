import Foundation

/// What the coordinator aims for: a number of meetings held in a period, from `from`
/// (inclusive) to `to` (exclusive). The overzicht shows progress toward it.
package struct OverviewTarget: Codable, Equatable, Hashable, Sendable {
    package var meetings: Int
    package var from: Date
    package var to: Date

    package init(meetings: Int, from: Date, to: Date) {
        self.meetings = meetings
        self.from = from
        self.to = to
    }

    /// The largest target the form takes.
    package static let maximum = 100_000
}

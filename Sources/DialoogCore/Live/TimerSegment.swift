import Foundation

/// A stretch of time a block's timer ran: from `start` until `end`, or until now while it runs.
/// A block's time is the sum of its segments, so a timer survives a kill: the running segment
/// simply has no end yet.
package struct TimerSegment: Codable, Equatable, Hashable, Sendable {
    package var blockId: String
    package var start: Date
    package var end: Date?

    package init(blockId: String, start: Date, end: Date? = nil) {
        self.blockId = blockId
        self.start = start
        self.end = end
    }

    /// How long the segment ran up to `now`.
    package func seconds(at now: Date) -> TimeInterval {
        max(0, (end ?? now).timeIntervalSince(start))
    }
}

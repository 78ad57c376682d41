import DialoogCore
import Foundation
import GRDB

/// A row of `timerSegment`: a stretch of a meeting's timer, at `position` in its list.
struct TimerSegmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "timerSegment"

    var meetingId: String
    var position: Int
    var blockId: String
    var start: Date
    var end: Date?

    init(_ segment: TimerSegment, meetingId: String, position: Int) {
        self.meetingId = meetingId
        self.position = position
        blockId = segment.blockId
        start = segment.start
        end = segment.end
    }

    var segment: TimerSegment { TimerSegment(blockId: blockId, start: start, end: end) }
}

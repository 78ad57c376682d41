import DialoogCore
import Foundation
import GRDB

/// A row of `signal`: a category, what was done and when to follow up, at `position` in the
/// meeting's list. Nothing about who.
struct SignalRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "signal"

    var id: String
    var meetingId: String
    var position: Int
    var blockId: String?
    var at: Date
    var category: Signal.Category
    var response: Signal.Response
    var followUp: Date?
    var followedUpAt: Date?

    init(_ signal: Signal, meetingId: String, position: Int) {
        id = signal.id
        self.meetingId = meetingId
        self.position = position
        blockId = signal.blockId
        at = signal.at
        category = signal.category
        response = signal.response
        followUp = signal.followUp
        followedUpAt = signal.followedUpAt
    }

    var signal: Signal {
        Signal(
            id: id, meetingId: meetingId, blockId: blockId, at: at, category: category, response: response,
            followUp: followUp, followedUpAt: followedUpAt)
    }
}

extension Signal.Category: DatabaseValueConvertible {}
extension Signal.Response: DatabaseValueConvertible {}

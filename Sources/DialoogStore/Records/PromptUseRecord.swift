import DialoogCore
import Foundation
import GRDB

/// A row of `promptUse`: a prompt used in a block, at `position` in the meeting's list.
struct PromptUseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "promptUse"

    var id: String
    var meetingId: String
    var position: Int
    var blockId: String
    var promptId: String
    var planned: Bool
    var usedAt: Date
    var response: PromptUse.Response?

    init(_ use: PromptUse, meetingId: String, position: Int) {
        id = use.id
        self.meetingId = meetingId
        self.position = position
        blockId = use.blockId
        promptId = use.promptId
        planned = use.planned
        usedAt = use.usedAt
        response = use.response
    }

    var promptUse: PromptUse {
        PromptUse(
            id: id, meetingId: meetingId, blockId: blockId, promptId: promptId, planned: planned, usedAt: usedAt,
            response: response)
    }
}

extension PromptUse.Response: DatabaseValueConvertible {}

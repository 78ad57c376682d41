import DialoogCore
import Foundation
import GRDB

/// A row of `note`: a quick note of the meeting, at `position` in its list.
struct NoteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "note"

    var id: String
    var meetingId: String
    var position: Int
    var blockId: String?
    var at: Date
    var text: String

    init(_ note: LiveNote, meetingId: String, position: Int) {
        id = note.id
        self.meetingId = meetingId
        self.position = position
        blockId = note.blockId
        at = note.at
        text = note.text
    }

    var note: LiveNote { LiveNote(id: id, meetingId: meetingId, blockId: blockId, at: at, text: text) }
}

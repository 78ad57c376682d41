import DialoogCore
import Foundation
import GRDB

/// A row of `raisedTheme`: a theme the group brought up, at `position` in the meeting's list.
struct RaisedThemeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "raisedTheme"

    var id: String
    var meetingId: String
    var position: Int
    var blockId: String?
    var at: Date
    var text: String

    init(_ theme: RaisedTheme, meetingId: String, position: Int) {
        id = theme.id
        self.meetingId = meetingId
        self.position = position
        blockId = theme.blockId
        at = theme.at
        text = theme.text
    }

    var raisedTheme: RaisedTheme { RaisedTheme(id: id, meetingId: meetingId, blockId: blockId, at: at, text: text) }
}

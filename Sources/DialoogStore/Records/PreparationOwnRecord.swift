import DialoogCore
import Foundation
import GRDB

/// A row of `preparationOwn`: an item a series added to its checklist itself, its place in
/// the list, and when it was ticked off (NULL: not yet).
struct PreparationOwnRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "preparationOwn"

    var id: String
    var seriesId: String
    var position: Int
    var text: String
    var doneAt: Date?
}

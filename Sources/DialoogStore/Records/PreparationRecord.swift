import DialoogCore
import Foundation
import GRDB

/// A row of `preparation`: an item of a series' checklist, and when it was ticked off.
struct PreparationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "preparation"

    var seriesId: String
    var item: PreparationItem
    var doneAt: Date
}

extension PreparationItem: DatabaseValueConvertible {}

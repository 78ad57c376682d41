import DialoogCore
import GRDB

extension Series: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "series"
}

extension Venue: DatabaseValueConvertible {}

import DialoogCore
import GRDB

extension Meeting: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "meeting"
}

extension Meeting.Kind: DatabaseValueConvertible {}
extension Meeting.State: DatabaseValueConvertible {}

import DialoogCore
import GRDB

extension Participant: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "participant"
}

import DialoogCore
import GRDB

extension Attendance: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "attendance"
}

import GRDB

/// A row of `blockExtra`: minutes added to (or taken from) a block during its meeting. A block
/// without a change has no row.
struct BlockExtraRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "blockExtra"

    var meetingId: String
    var blockId: String
    var minutes: Int
}

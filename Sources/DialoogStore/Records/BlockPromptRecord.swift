import GRDB

/// A row of `blockPrompt`: the prompt (a content id, not a foreign key) at `position` in a
/// block's list.
struct BlockPromptRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "blockPrompt"

    var blockId: String
    var position: Int
    var promptId: String
}

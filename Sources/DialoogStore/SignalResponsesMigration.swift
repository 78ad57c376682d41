import GRDB

/// The migration `v11-live3-signal-responses`, apart because it rebuilds a table. SQLite
/// cannot change a CHECK, so the signal table is made anew from the text SQLite keeps of it
/// (with every column any migration added), only the CHECK on `response` wider; its rows are
/// copied over, and its indexes and the bundle's revision triggers made again from their
/// text. GRDB runs a migration with foreign keys off and checks them at its end. Like every
/// migration it is never edited.
enum SignalResponsesMigration {
    /// The CHECK as `v3-live` wrote it, and the one that replaces it.
    static let oldCheck = "CHECK (response IN ('hulpkaart', 'warme-verwijzing', 'acuut-112'))"
    static let newCheck = """
        CHECK (response IN ('hulpkaart', 'onder-vier-ogen', 'coordinator', 'veilig-thuis-advies', \
        'warme-verwijzing', 'acuut-112'))
        """

    static func apply(_ db: Database) throws {
        guard
            let table = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'signal'"),
            table.contains(oldCheck), table.hasPrefix("CREATE TABLE signal (")
        else {
            throw DatabaseError(message: "v11-live3-signal-responses: the signal table is not the one v3 made")
        }
        // DROP TABLE takes the indexes and triggers along: keep their text first.
        let kept = try String.fetchAll(
            db,
            sql: """
                SELECT sql FROM sqlite_master
                WHERE tbl_name = 'signal' AND type IN ('index', 'trigger') AND sql IS NOT NULL
                ORDER BY type, name
                """)
        let created =
            "CREATE TABLE signalNew ("
            + table.dropFirst("CREATE TABLE signal (".count).replacingOccurrences(of: oldCheck, with: newCheck)
        try db.execute(sql: created)
        try db.execute(sql: "INSERT INTO signalNew SELECT * FROM signal")
        try db.execute(sql: "DROP TABLE signal")
        try db.execute(sql: "ALTER TABLE signalNew RENAME TO signal")
        for statement in kept { try db.execute(sql: statement) }
    }
}

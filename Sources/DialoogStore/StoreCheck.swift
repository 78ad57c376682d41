import DialoogCore
import GRDB

/// The check of what a database file holds before dialoog reads it: every value must be one
/// dialoog can decode and compute with. A file from another laptop, a hand edit (with the
/// schema's CHECKs switched off) or a later version can bring a state dialoog does not know,
/// a date that is no date, or a number whose sum overflows; each is refused with
/// `StoreError.badValue`, naming the table, column and row, instead of a trap.
///
/// The rules follow each column's declared type (so a later migration's columns are checked
/// too): INTEGER within `Limits.storedNumber`, BOOLEAN 0 or 1, DATETIME a date as GRDB writes
/// it, TEXT text within `Limits.storedText`, JSON lists (a default of '[]') valid lists, and
/// the columns with a fixed set of words one of those words. One scan per table.
enum StoreCheck {
    /// The words each column with a fixed set may hold, as the migrations' CHECKs say.
    static let words: [String: [String: [String]]] = [
        "meeting": ["kind": ["regular", "extra", "aftercare"], "state": ["planned", "running", "ended"]],
        "participant": ["role": ["deelnemer", "spreker", "professional", "waarnemer"]],
        "series": ["venue": ["buurthuis", "moskee", "huiskamer", "school", "sportclub", "anders"]],
        "block": ["kind": ["welkom", "spelregels", "terugblik", "kennis", "kern", "pauze", "afsluiting"]],
        "preparation": [
            "item": [
                "sleutelpersonen", "locatie", "groepssamenstelling", "taal", "vertrouwelijkheid", "hulplijst",
                "gemeente",
            ]
        ],
        "promptUse": ["response": ["open", "gemengd", "weerstand", "stilte"]],
        "panelOpening": ["panel": ["rules"]],
        "recordCorrection": ["kind": ["signal", "note", "promptUse", "raisedTheme"]],
        "signal": [
            "category": [
                "huiselijk-geweld", "huwelijksdwang", "eergerelateerd-geweld", "achterlating", "vgv",
                "seksueel-geweld", "uitbuiting", "anders",
            ],
            "response": [
                "hulpkaart", "onder-vier-ogen", "coordinator", "veilig-thuis-advies", "warme-verwijzing", "acuut-112",
            ],
        ],
    ]

    /// Narrower ranges than `Limits.storedNumber`, for the numbers dialoog adds up per meeting.
    static let ranges: [String: [String: ClosedRange<Int>]] = [
        "block": ["minutes": Limits.blockMinutes],
        "blockExtra": ["minutes": -239...239],
        "meeting": ["plannedMinutes": 1...(Limits.blockMinutes.upperBound * Limits.blocksPerMeeting)],
        "evaluation": [
            "collaboration": Evaluation.scale, "volunteerHours": Evaluation.hoursRange,
            "expenses": Evaluation.expensesRange,
        ],
    ]

    /// Throws `.badValue` for the first value in the file that dialoog cannot read.
    static func run(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name
                """)
        // The figure tallies are derived, and computed again after this check.
        for table in tables where !FigureTallyMigration.tables.contains(table) {
            let columns = try Row.fetchAll(
                db, sql: "SELECT name, upper(coalesce(type, '')), \"notnull\", dflt_value FROM pragma_table_info(?)",
                arguments: [table])
            var cases: [String] = []
            var hasId = false
            for column in columns {
                guard let name = text(column, 0) else { continue }
                hasId = hasId || name == "id"
                let required = Int.fromDatabaseValue(column[2] as DatabaseValue) != 0
                guard
                    let bad = condition(
                        table: table, column: name, type: text(column, 1) ?? "", defaultValue: text(column, 3))
                else { continue }
                let quoted = name.quotedDatabaseIdentifier
                let whenBad = required ? "\(quoted) IS NULL OR (\(bad))" : "\(quoted) IS NOT NULL AND (\(bad))"
                cases.append("WHEN \(whenBad) THEN '\(name)'")
            }
            guard !cases.isEmpty else { continue }
            let sql = """
                SELECT \(hasId ? "CAST(id AS TEXT)" : "'rowid ' || rowid") AS row, bad FROM (
                    SELECT *, rowid, CASE \(cases.joined(separator: " ")) END AS bad FROM \(table.quotedDatabaseIdentifier)
                ) WHERE bad IS NOT NULL LIMIT 1
                """
            guard let found = try Row.fetchOne(db, sql: sql) else { continue }
            let column = text(found, 1) ?? "?"
            let row = text(found, 0)
            let value =
                try String.fetchOne(
                    db,
                    sql:
                        "SELECT substr(CAST(\(column.quotedDatabaseIdentifier) AS TEXT), 1, 40) FROM \(table.quotedDatabaseIdentifier) WHERE \(hasId ? "CAST(id AS TEXT)" : "'rowid ' || rowid") = ?",
                    arguments: [row]) ?? "NULL"
            throw StoreError.badValue(path: path, table: table, column: column, row: row ?? "?", value: value)
        }
    }

    /// Column `index` of `row` as text, or nil: never traps, whatever the value is.
    private static func text(_ row: Row, _ index: Int) -> String? {
        String.fromDatabaseValue(row[index] as DatabaseValue)
    }

    /// The SQL that is true for a value dialoog cannot read, or nil for a column it does not check.
    static func condition(table: String, column: String, type: String, defaultValue: String?) -> String? {
        let c = column.quotedDatabaseIdentifier
        if let words = words[table]?[column] {
            return "\(c) NOT IN (\(words.map { "'\($0)'" }.joined(separator: ", ")))"
        }
        switch type {
        case "INTEGER":
            let range = ranges[table]?[column] ?? -Limits.storedNumber...Limits.storedNumber
            return "typeof(\(c)) != 'integer' OR \(c) NOT BETWEEN \(range.lowerBound) AND \(range.upperBound)"
        case "BOOLEAN":
            return "typeof(\(c)) != 'integer' OR \(c) NOT IN (0, 1)"
        case "DATETIME":
            return """
                typeof(\(c)) != 'text' OR length(\(c)) > 40 \
                OR \(c) NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' OR datetime(\(c)) IS NULL
                """
        case "TEXT":
            if defaultValue == "'[]'" {
                return "typeof(\(c)) != 'text' OR NOT json_valid(\(c)) OR json_type(\(c)) != 'array'"
            }
            return "typeof(\(c)) != 'text' OR length(\(c)) > \(Limits.storedText)"
        default:
            return nil
        }
    }
}

extension AppDatabase {
    /// The first value in the file dialoog cannot read, found by the same scan as at open; nil
    /// when there is none. For a read that failed while the program ran: the file may have been
    /// changed by another tool since it was opened, and this names the table, column and row.
    package func badValue() -> StoreError? {
        do {
            try reader.read { try StoreCheck.run($0, path: path) }
            return nil
        } catch {
            return error as? StoreError
        }
    }
}

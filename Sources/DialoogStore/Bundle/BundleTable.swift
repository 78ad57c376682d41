import DialoogCore
import Foundation
import GRDB

/// Which tables a bundle carries and how each reaches its series, found from the schema, so
/// that a table or column a later migration adds travels without a change here: a table with
/// a `seriesId`, a `meetingId` or a `blockId` column is under a series.
struct BundleTable: Equatable {
    var name: String
    var columns: [String]
    /// SQL true for the rows of the series bound as `:seriesId`.
    var ofSeries: String
    /// The columns to sort by: the primary key, so the same store gives the same bundle.
    var order: [String]
    /// Each column's declared type (upper case) and whether its default is an empty list.
    var types: [String: String] = [:]
    var lists: Set<String> = []

    /// Columns that never travel: the series' bookkeeping of bundles (carried as the bundled
    /// series' own fields) and the note being typed in a running meeting.
    static let localColumns: [String: Set<String>] = [
        "series": ["revision", "originLaptop", "importedAt", "importedRevision"],
        "meeting": ["noteDraft"],
    ]
    /// Tables of free text typed in a meeting: only with `--with-notes`. The gespreksleider's
    /// notes, and the group's own words typed live (a statement kept as the series' prompt, an
    /// agreement typed over the ground rules): they stay on the laptop unless asked for.
    /// The themes a group raised travel: they are a figure of every report.
    static let noteTables: Set<String> = ["note", "seriesPrompt", "groupAgreement"]
    /// Tables that are the store's own, not a series'.
    static let storeTables: Set<String> = ["series", "laptop", "erasure", "target"]

    /// The series table followed by every table under a series, parents before children.
    static func all(_ db: Database) throws -> [BundleTable] {
        let names = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name
                """)
        var tables = [try table("series", ofSeries: "id = :seriesId", db)].compactMap { $0 }
        var rest: [BundleTable] = []
        for name in names where !storeTables.contains(name) && !FigureTallyMigration.tables.contains(name) {
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [name])
            let link: String
            if columns.contains("seriesId") {
                link = "seriesId = :seriesId"
            } else if columns.contains("meetingId") {
                link = "meetingId IN (SELECT id FROM meeting WHERE seriesId = :seriesId)"
            } else if columns.contains("blockId") {
                link = """
                    blockId IN (SELECT block.id FROM block JOIN meeting ON meeting.id = block.meetingId \
                    WHERE meeting.seriesId = :seriesId)
                    """
            } else {
                continue
            }
            if let table = try table(name, ofSeries: link, db) { rest.append(table) }
        }
        // Parents first: meetings, then what hangs from a meeting, then from a block.
        let rank = { (table: BundleTable) -> Int in
            table.name == "meeting" ? 0 : table.ofSeries.hasPrefix("seriesId") ? 1 : table.name == "block" ? 2 : 3
        }
        tables += rest.sorted { (rank($0), $0.name) < (rank($1), $1.name) }
        return tables
    }

    private static func table(_ name: String, ofSeries: String, _ db: Database) throws -> BundleTable? {
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT name, pk, upper(coalesce(type, '')) AS type, dflt_value FROM pragma_table_info(?) ORDER BY cid",
            arguments: [name])
        let local = localColumns[name] ?? []
        let columns = rows.compactMap { row -> String? in
            let column: String? = row["name"]
            return column.flatMap { local.contains($0) ? nil : $0 }
        }
        guard !columns.isEmpty else { return nil }
        let keyed = rows.compactMap { row -> (Int, String)? in
            let key: Int = row["pk"] ?? 0
            let column: String? = row["name"]
            return key > 0 ? column.map { (key, $0) } : nil
        }
        let order = keyed.isEmpty ? columns : keyed.sorted { $0.0 < $1.0 }.map(\.1)
        var table = BundleTable(name: name, columns: columns, ofSeries: ofSeries, order: order)
        for row in rows {
            guard let column: String = row["name"] else { continue }
            table.types[column] = row["type"]
            if (row["dflt_value"] as String?) == "'[]'" { table.lists.insert(column) }
        }
        return table
    }

    /// The first column of `row` whose value this store could not read, by the rules
    /// `StoreCheck` applies to a stored row: the words a column may hold, INTEGER and BOOLEAN
    /// as numbers in range, DATETIME as a date, lists as JSON lists. Checked for every row of
    /// a bundle, also of a series the import then leaves alone.
    func badColumn(in row: BundleRow) -> String? {
        for column in row.keys.sorted() {
            guard let value = row[column], value != .null else { continue }
            if let words = StoreCheck.words[name]?[column] {
                guard case .text(let text) = value, words.contains(text) else { return column }
                continue
            }
            switch (types[column], value) {
            case ("INTEGER", .integer(let number)):
                let range = StoreCheck.ranges[name]?[column] ?? -Limits.storedNumber...Limits.storedNumber
                if !range.contains(Int(number)) { return column }
            case ("BOOLEAN", .integer(let number)):
                if number != 0 && number != 1 { return column }
            case ("DATETIME", .text(let text)):
                if !Self.isDate(text) { return column }
            case ("TEXT", .text(let text)):
                if lists.contains(column), !Self.isList(text) { return column }
            case ("INTEGER", _), ("BOOLEAN", _), ("DATETIME", _), ("TEXT", _):
                return column
            default:
                break
            }
        }
        return nil
    }

    /// A date as the store writes one: `YYYY-MM-DD`, optionally followed by a time.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes.count <= 40 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ (48...57).contains(bytes[$0]) }), bytes[4] == 45, bytes[7] == 45 else { return false }
        let month = Int(bytes[5] - 48) * 10 + Int(bytes[6] - 48)
        let day = Int(bytes[8] - 48) * 10 + Int(bytes[9] - 48)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func isList(_ text: String) -> Bool {
        guard let data = text.data(using: .utf8) else { return false }
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) is [Any]
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The neutral label of every series (`SeriesLabels`): each is numbered among the series
    /// of its organisation and municipality (spaces around them and ASCII case ignored, as the
    /// filters do) and demo state, in the order they were made (`createdAt`, then id).
    ///
    /// Numbered here rather than with SQL's `ROW_NUMBER() OVER (PARTITION BY …)`: the window
    /// took 10 ms for 3,334 series, eight times as long as reading them.
    package func seriesLabels() throws -> SeriesLabels {
        do {
            return try reader.read { db in
                struct Made {
                    var id, organisation: String
                    var municipality: String?
                    var demo: Bool
                    var createdAt: String
                }
                struct Group: Hashable {
                    var organisation, municipality: String
                    var demo: Bool
                }
                var groups: [Group: [Made]] = [:]
                let statement = try db.makeStatement(
                    sql: "SELECT id, organisation, municipality, demo, createdAt FROM series")
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    let row = SQLiteRow(statement.sqliteStatement, row: row)
                    let made = Made(
                        id: row.text(0), organisation: row.text(1), municipality: row.optionalText(2),
                        demo: row.bool(3), createdAt: row.text(4))
                    let group = Group(
                        organisation: Self.partitionKey(made.organisation),
                        municipality: Self.partitionKey(made.municipality ?? ""), demo: made.demo)
                    groups[group, default: []].append(made)
                }
                var labels: [String: String] = [:]
                for series in groups.values {
                    let ordered = series.sorted {
                        $0.createdAt != $1.createdAt
                            ? $0.createdAt.utf8.lexicographicallyPrecedes($1.createdAt.utf8)
                            : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8)
                    }
                    for (index, made) in ordered.enumerated() {
                        labels[made.id] = SeriesLabels.label(
                            organisation: made.organisation, municipality: made.municipality, number: index + 1,
                            demo: made.demo)
                    }
                }
                return SeriesLabels(labels)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// What SQLite's `lower(trim(text))` makes of `text`: spaces (only U+0020) taken off both
    /// ends, then ASCII letters in lower case; other characters are left as they are.
    static func partitionKey(_ text: String) -> String {
        var bytes = Array(text.utf8)
        while bytes.last == 0x20 { bytes.removeLast() }
        let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.endIndex
        return String(decoding: bytes[start...].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

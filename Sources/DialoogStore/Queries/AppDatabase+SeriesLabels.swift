import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The neutral label of every series (`SeriesLabels`): each is numbered among the series
    /// of its organisation and municipality (spaces around them and ASCII case ignored, as the
    /// filters do) and demo state, in the order they were made (`createdAt`, then id).
    ///
    /// Numbered here, counting along the series in the order they were made, rather than with
    /// SQL's `ROW_NUMBER() OVER (PARTITION BY …)`: the window took 10 ms for 3,334 series,
    /// eight times as long as reading them in order.
    package func seriesLabels() throws -> SeriesLabels {
        do {
            return try reader.read { db in
                struct Group: Hashable {
                    var organisation, municipality: String
                    var demo: Bool
                }
                var numbers: [Group: Int] = [:]
                var labels: [String: String] = [:]
                // Each spelling's key made once: a store has a few organisations and places.
                var keys: [String: String] = [:]
                func key(_ text: String) -> String { keys.memo(text, Self.partitionKey) }
                let statement = try db.makeStatement(
                    sql: "SELECT id, organisation, municipality, demo FROM series ORDER BY createdAt, id")
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    let row = SQLiteRow(statement.sqliteStatement, row: row)
                    let (organisation, municipality, demo) = (row.text(1), row.optionalText(2), row.bool(3))
                    let group = Group(
                        organisation: key(organisation), municipality: key(municipality ?? ""), demo: demo)
                    let number = numbers[group, default: 0] + 1
                    numbers[group] = number
                    labels[row.text(0)] = SeriesLabels.label(
                        organisation: organisation, municipality: municipality, number: number, demo: demo)
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

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// This laptop's id, made once by the migration and kept in the store.
    package func laptopId() throws -> String {
        try reader.read { db in try Self.laptopId(db) }
    }

    static func laptopId(_ db: Database) throws -> String {
        guard let id = try String.fetchOne(db, sql: "SELECT id FROM laptop LIMIT 1") else {
            throw StoreError.notSaved(detail: "laptop")
        }
        return id
    }

    /// The bundle of the series `seriesIds` (sorted by id), with every erasure record this
    /// store holds. Participants go without their nicknames unless `withNames`; notes only
    /// `withNotes`.
    package func bundle(seriesIds: [String], withNames: Bool, withNotes: Bool, madeAt: Date) throws -> SeriesBundle {
        do {
            return try reader.read { db in
                let laptop = try Self.laptopId(db)
                let tables = try BundleTable.all(db).filter { withNotes || !BundleTable.noteTables.contains($0.name) }
                var series: [BundledSeries] = []
                for id in Set(seriesIds).sorted() {
                    guard
                        let head = try Row.fetchOne(
                            db, sql: "SELECT revision, originLaptop FROM series WHERE id = ?", arguments: [id])
                    else { continue }
                    var rows: [String: [BundleRow]] = [:]
                    for table in tables {
                        let columns = table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                        let order = table.order.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                        let found = try Row.fetchAll(
                            db,
                            sql:
                                "SELECT \(columns) FROM \(table.name.quotedDatabaseIdentifier) WHERE \(table.ofSeries) ORDER BY \(order)",
                            arguments: ["seriesId": id])
                        rows[table.name] = found.map { row in
                            var values: BundleRow = [:]
                            for (index, column) in table.columns.enumerated() {
                                if table.name == "participant", column == "nickname", !withNames { continue }
                                values[column] = BundleValue(row[index] as DatabaseValue)
                            }
                            return values
                        }
                    }
                    let revision: Int64 = head["revision"] ?? 0
                    let origin: String? = head["originLaptop"]
                    series.append(BundledSeries(id: id, revision: revision, origin: origin ?? laptop, rows: rows))
                }
                let erasures = try Row.fetchAll(
                    db, sql: "SELECT kind, id, erasedAt, laptop FROM erasure ORDER BY kind, id"
                ).compactMap { row -> Erasure? in
                    guard let kind = Erasure.Kind(rawValue: row["kind"] ?? "") else { return nil }
                    return Erasure(
                        kind: kind, id: row["id"] ?? "", erasedAt: row["erasedAt"] ?? "", laptop: row["laptop"] ?? "")
                }
                return SeriesBundle(
                    laptop: laptop, madeAt: madeAt.storageText, withNames: withNames, withNotes: withNotes,
                    series: series, erasures: erasures)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

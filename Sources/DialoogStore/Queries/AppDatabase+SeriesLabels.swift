import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The neutral label of every series (`SeriesLabels`), in one query: each is numbered
    /// among the series of its organisation and municipality (ignoring ASCII case, as the
    /// filters do) and demo state, in the order they were made.
    package func seriesLabels() throws -> SeriesLabels {
        do {
            return try reader.read { db in
                var labels: [String: String] = [:]
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT id, organisation, municipality, demo, ROW_NUMBER() OVER (
                            PARTITION BY lower(trim(organisation)), lower(trim(coalesce(municipality, ''))), demo
                            ORDER BY createdAt, id) AS number
                        FROM series
                        """)
                while let row = try rows.next() {
                    labels[row["id"]] = SeriesLabels.label(
                        organisation: row["organisation"], municipality: row["municipality"], number: row["number"],
                        demo: row["demo"])
                }
                return SeriesLabels(labels)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

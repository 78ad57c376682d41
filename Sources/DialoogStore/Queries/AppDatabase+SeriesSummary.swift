import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// A series at a glance; nil when there is no such series.
    package func seriesSummary(seriesId: String) throws -> SeriesSummary? {
        nil
    }
}

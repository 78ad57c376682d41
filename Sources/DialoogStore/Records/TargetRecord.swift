import DialoogCore
import Foundation
import GRDB

/// The single row of `target`: the coordinator's target, always with id 1.
struct TargetRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "target"
    /// The id of the one row the table may hold.
    static let singleId = 1

    var id: Int
    var meetings: Int
    var from: Date
    var to: Date
    /// Set by `dialoog demo`; a target set in the overzicht is the coordinator's own.
    var demo: Bool

    init(_ target: OverviewTarget, demo: Bool = false) {
        id = Self.singleId
        meetings = target.meetings
        from = target.from
        to = target.to
        self.demo = demo
    }

    var target: OverviewTarget { OverviewTarget(meetings: meetings, from: from, to: to) }
}

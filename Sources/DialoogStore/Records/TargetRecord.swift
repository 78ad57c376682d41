import DialoogCore
import Foundation
import GRDB

/// A row of `target`: one of the coordinator's targets.
struct TargetRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "target"

    var id: Int64?
    var figure: String
    var amount: Int
    var from: Date
    var to: Date
    var organisation: String?
    var methodId: String?
    var municipality: String?
    /// Set by `dialoog demo`; a target set in the overzicht or with `dialoog target` is the
    /// coordinator's own.
    var demo: Bool

    init(_ target: OverviewTarget, demo: Bool = false) {
        id = target.id
        figure = target.figure.rawValue
        amount = target.amount
        from = target.from
        to = target.to
        organisation = target.organisation
        methodId = target.methodId
        municipality = target.municipality
        self.demo = demo
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The target; a figure the schema does not know cannot be stored (CHECK), so the
    /// fallback is never taken.
    var target: OverviewTarget {
        OverviewTarget(
            id: id, figure: TargetFigure(rawValue: figure) ?? .meetingsHeld, amount: amount, from: from, to: to,
            organisation: organisation, methodId: methodId, municipality: municipality)
    }
}

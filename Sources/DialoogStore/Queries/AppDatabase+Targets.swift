import DialoogCore
import Foundation
import GRDB

/// The coordinator's targets: set in the overzicht (one for meetings held over the whole
/// programme) or with `dialoog target add|list|remove` (any number, any figure and scope).
extension AppDatabase {
    /// Every target in the order it was set.
    package func targets() throws -> [OverviewTarget] {
        do {
            return try reader.read { db in try TargetRecord.order(Column("id")).fetchAll(db).map(\.target) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The overzicht's own target (`Overview.target`): the first for meetings held over the
    /// whole programme, if any.
    package func target() throws -> OverviewTarget? {
        try targets().first { $0.figure == .meetingsHeld && $0.isProgrammeWide }
    }

    /// Adds a target and returns it with its id. One the schema refuses (no amount, or a
    /// period that ends before it starts) throws `StoreError.notSaved`.
    @discardableResult
    package func addTarget(_ target: OverviewTarget) throws -> OverviewTarget {
        do {
            return try writer.write { db in
                var record = TargetRecord(target)
                record.id = nil
                try record.insert(db)
                return record.target
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Removes the target `id`; false when there is none.
    package func removeTarget(id: Int64) throws -> Bool {
        do {
            return try writer.write { db in try TargetRecord.deleteOne(db, key: id) }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The overzicht's form: replaces its target (`target()`) with `target`, keeping its place
    /// among the others, adds it when there was none, or removes it with nil. The other
    /// targets stay.
    package func setTarget(_ target: OverviewTarget?) throws {
        do {
            try writer.write { db in
                let current = try TargetRecord.order(Column("id")).fetchAll(db).first {
                    $0.target.figure == .meetingsHeld && $0.target.isProgrammeWide
                }
                guard var target else {
                    if let id = current?.id { _ = try TargetRecord.deleteOne(db, key: id) }
                    return
                }
                target.figure = .meetingsHeld
                (target.organisation, target.methodId, target.municipality) = (nil, nil, nil)
                var record = TargetRecord(target)
                record.id = current?.id
                try record.save(db)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Each target with its progress; demo series count when `filter` includes them, the
    /// filter's other fields do not narrow a target.
    static func targetProgress(_ db: Database, filter: OverviewFilter) throws -> [TargetProgress] {
        try TargetRecord.order(Column("id")).fetchAll(db).map { record in
            let target = record.target
            let arguments = figureArguments(OverviewFilter(includeDemo: filter.includeDemo), target: target)
            let reached = try Int.fetchOne(db, sql: targetProgressSQL(target.figure), arguments: arguments) ?? 0
            return TargetProgress(target: target, reached: reached)
        }
    }
}

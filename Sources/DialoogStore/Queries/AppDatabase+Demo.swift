import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// What `insertDemo` loaded, and how many demo series it replaced.
    package struct DemoCounts: Equatable, Sendable {
        package var series = 0
        package var meetings = 0
        package var held = 0
        /// Distinct participants (role deelnemer) present at a held meeting, over all series.
        package var participants = 0
        package var evaluations = 0
        package var replaced = 0
        /// The demo's target was set (no target was set before).
        package var targetSet = false

        package init() {}
    }

    /// Replaces the demo series with `data`, in one transaction: every series marked demo is
    /// deleted (with all it holds), then each demo series is written as `insertPlan`,
    /// `saveLive` and `saveEvaluation` would (agreements carried into the next planned meeting). The demo's target is set only when no target is
    /// set. Series that are not demo are never touched. On any error nothing changes.
    package func insertDemo(_ data: DemoData) throws -> DemoCounts {
        do {
            return try writer.write { db in
                try Self.pausingRevisions(in: db) {
                    try FigureTallyMigration.withoutTriggers(db) { try Self.insertDemo(data, in: db) }
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The demo's one transaction, written with the revision triggers paused: a demo series is
    /// made whole, at revision 0.
    private static func insertDemo(_ data: DemoData, in db: Database) throws -> DemoCounts {
        var counts = DemoCounts()
        // A larger page cache for this one long transaction: with SQLite's default
        // (2 MB) a demo at scale spills its pages to the WAL and reads them back.
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = \(Self.demoCacheSize)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        counts.replaced = try Self.deleteDemo(in: db)
        for index in 0..<data.seriesCount {
            let demo = data.series(at: index)
            try Self.insert(demo.plan, now: data.now, in: db)
            // Each record lists every participant known so far; those written with an
            // earlier meeting are left out of the next write. They came to that meeting,
            // so the writer keeps them, and the rows come out the same with a third of
            // the work (participants were most of a demo at scale).
            var written = Set<String>()
            for var record in demo.records {
                record.participants.removeAll { written.contains($0.id) }
                written.formUnion(record.participants.map(\.id))
                try Self.write(record, in: db)
            }
            for evaluation in demo.evaluations { try EvaluationRecord(evaluation).insert(db) }
            try Self.carryDemoAgreements(demo, in: db)
            counts.series += 1
            counts.meetings += demo.plan.meetings.count
            counts.held += demo.records.count
            counts.participants += demo.participants
            counts.evaluations += demo.evaluations.count
        }
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM target") == 0 {
            var record = TargetRecord(data.target, demo: true)
            try record.insert(db)
            counts.targetSet = true
        }
        return counts
    }

    /// Deletes every demo series with everything recorded in it, in one transaction, and
    /// returns how many there were. The target goes too when the demo set it and nobody has
    /// set one since (`target.demo`); the coordinator's own target always stays.
    package func removeDemo() throws -> Int {
        do {
            // As loading it: the figure tallies are computed once at the end instead of at
            // each of the demo's rows.
            return try writer.write { db in
                try Self.pausingRevisions(in: db) {
                    try FigureTallyMigration.withoutTriggers(db) {
                        let removed = try Self.deleteDemo(in: db)
                        try db.execute(sql: "DELETE FROM target WHERE demo = 1")
                        return removed
                    }
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The page cache while the demo is written, in KiB (negative, as SQLite takes it): 16 MB
    /// took a demo of 10,000 meetings from 33 to 29 s.
    static let demoCacheSize = -16_000

    /// How many series are demo series.
    package func demoSeriesCount() throws -> Int {
        try reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM series WHERE demo") ?? 0 }
    }

    /// Brings each evaluation's agreements into the next meeting still planned, as saving the
    /// evaluation in the form would have done.
    private static func carryDemoAgreements(_ demo: DemoSeries, in db: Database) throws {
        let evaluated = demo.evaluations.filter { !$0.agreements.isEmpty }
        guard !evaluated.isEmpty else { return }
        let meetings = try meetingsInPlanOrder(seriesId: demo.plan.series.id, in: db)
        for evaluation in evaluated {
            guard let index = meetings.firstIndex(where: { $0.id == evaluation.meetingId }) else { continue }
            let next = meetings[(index + 1)...].first { $0.state != .ended }
            try carryAgreements(evaluation.agreements, of: meetings[index], into: next, in: db)
        }
    }

    /// Deletes the demo series; their meetings, participants and records go with them
    /// (ON DELETE CASCADE).
    private static func deleteDemo(in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM series WHERE demo")
        return db.changesCount
    }
}

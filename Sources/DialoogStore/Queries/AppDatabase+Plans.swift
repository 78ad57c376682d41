import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    // MARK: - Writing plans

    /// Stores a new series with its meetings, their blocks and prompts, and its checklist, in
    /// one transaction. Items on the checklist are recorded as done at `now`. Throws
    /// `StoreError.seriesAlreadyExists` when the series id is taken, and leaves the database as
    /// it was on any error.
    package func insertPlan(_ plan: SeriesPlan, now: Date) throws {
        try writer.write { db in try Self.insert(plan, now: now, in: db) }
    }

    /// A plan file cannot set a meeting's state: every meeting of a new series read from a
    /// file is planned, or `StoreError.planSetsState` is thrown. (A plan for a stored series
    /// keeps the stored states, whatever it says.)
    package static func refuseStates(in plan: SeriesPlan) throws(StoreError) {
        if let set = plan.meetings.first(where: { $0.meeting.state != .planned }) {
            throw .planSetsState(
                series: plan.series.name, number: set.meeting.number, state: set.meeting.state.rawValue)
        }
    }

    /// Inserts a new plan inside a transaction the caller holds (`insertPlan`, and the demo data).
    static func insert(_ plan: SeriesPlan, now: Date, in db: Database) throws {
        if let existing = try Series.fetchOne(db, id: plan.series.id) {
            throw StoreError.seriesAlreadyExists(id: existing.id, name: existing.name)
        }
        try refuseForeignIds(in: plan, db: db)
        try plan.series.insert(db)
        for meeting in plan.meetings {
            try meeting.meeting.insert(db)
            try write(meeting, in: db, replacing: false)
        }
        try writeChecklist(of: plan, now: now, in: db)
    }

    /// Makes the stored plan equal `plan`, in one transaction, updating the rows that stay in
    /// place (their ids keep what live mode records against them):
    /// - the series, each meeting and each block are updated, or inserted when new; a block's
    ///   position is its index in `blocks`, and its prompts are written afresh;
    /// - blocks of the plan's meetings that are not in the plan are deleted, and so are the
    ///   series' meetings that are not in the plan, as long as they are still planned: without
    ///   a meeting that has started or ended, the save throws `StoreError.meetingAlreadyHeld`;
    /// - the checklist's items keep when they were done; new ones are done at `now`;
    /// - a meeting's state is left as stored (live mode sets it), and the blocks of a meeting
    ///   that has started or ended must be as stored, else the save throws
    ///   `StoreError.agendaAlreadyHeld`: live mode recorded against them.
    /// With `expecting` (the planner: the revision it read), a series whose stored plan has
    /// another revision is not overwritten: `StoreError.planChanged`. Every save moves the
    /// revision one up, with or without it (a plan import).
    /// The series' demo flag is kept as stored: a plan file does not carry it.
    /// On any error, nothing is changed.
    package func savePlan(_ plan: SeriesPlan, now: Date, expecting revision: Int? = nil) throws {
        try writer.write { db in
            var series = plan.series
            // A plan file does not say whether its series is demo data: the stored flag holds, so
            // a demo series imported again never starts counting as a real group.
            if try Bool.fetchOne(db, sql: "SELECT demo FROM series WHERE id = ?", arguments: [series.id]) == true {
                series.demo = true
            }
            if let revision,
                let stored = try Int.fetchOne(
                    db, sql: "SELECT planRevision FROM series WHERE id = ?", arguments: [series.id]),
                stored != revision
            {
                throw StoreError.planChanged(series: series.name)
            }
            try Self.refuseForeignIds(in: plan, db: db)
            try series.save(db)
            try db.execute(
                sql: "UPDATE series SET planRevision = min(planRevision, 1000000000) + 1 WHERE id = ?",
                arguments: [series.id])

            let planned = Dictionary(plan.meetings.map { ($0.meeting.id, $0.meeting) }, uniquingKeysWith: { a, _ in a })
            let stored = try Meeting.filter(Column("seriesId") == series.id).fetchAll(db)
            let removed = stored.filter { planned[$0.id] == nil }
            if let held = removed.filter({ $0.state != .planned }).min(by: { $0.number < $1.number }) {
                throw StoreError.meetingAlreadyHeld(series: series.name, number: held.number)
            }
            _ = try Meeting.deleteAll(db, ids: removed.map(\.id))
            let held = Set(stored.filter { $0.state != .planned }.map(\.id))
            for meeting in plan.meetings where held.contains(meeting.meeting.id) {
                if try Self.blocks(of: meeting.meeting.id, in: db) != meeting.blocks {
                    throw StoreError.agendaAlreadyHeld(series: series.name, number: meeting.meeting.number)
                }
            }

            // Numbers are unique within a series: when meetings trade numbers, the ones that
            // stay first step aside (still valid numbers), so no update meets its neighbour.
            let renumbered = stored.contains { meeting in
                planned[meeting.id].map { $0.number != meeting.number } ?? false
            }
            if renumbered {
                try db.execute(
                    sql: "UPDATE meeting SET number = number + 1000000 WHERE seriesId = ?", arguments: [series.id])
            }

            let existing = Set(stored.map(\.id))
            for meeting in plan.meetings {
                if existing.contains(meeting.meeting.id) {
                    // A plan read before a meeting started still says `planned`: the state is not the plan's.
                    try meeting.meeting.update(db, columns: Self.plannedColumns)
                } else {
                    try meeting.meeting.insert(db)
                }
                if !held.contains(meeting.meeting.id) { try Self.write(meeting, in: db, replacing: true) }
            }
            let blockIds = plan.meetings.flatMap { $0.blocks.map(\.id) }
            _ =
                try BlockRecord
                .filter(planned.keys.contains(Column("meetingId")) && !blockIds.contains(Column("id")))
                .deleteAll(db)

            try Self.writeChecklist(of: plan, now: now, in: db)
        }
    }

    /// The columns of `meeting` a plan sets; the others belong to live mode.
    private static let plannedColumns = [
        "seriesId", "number", "kind", "startsAt", "plannedMinutes", "purpose", "helpCard",
    ]

    /// Throws when a meeting or block id of the plan belongs to another series: `save` would
    /// otherwise move that row over to this series.
    private static func refuseForeignIds(in plan: SeriesPlan, db: Database) throws {
        let meetingIds = plan.meetings.map(\.meeting.id)
        let blockIds = plan.meetings.flatMap { $0.blocks.map(\.id) }
        let blockMeetings = try BlockRecord.filter(blockIds.contains(Column("id"))).fetchAll(db).map(\.meetingId)
        let owners = try Meeting.filter((meetingIds + blockMeetings).contains(Column("id"))).fetchAll(db)
        guard let foreign = owners.first(where: { $0.seriesId != plan.series.id }) else { return }
        let name = try Series.fetchOne(db, id: foreign.seriesId)?.name ?? foreign.seriesId
        let id =
            meetingIds.contains(foreign.id)
            ? foreign.id
            : (try BlockRecord.filter(blockIds.contains(Column("id")) && Column("meetingId") == foreign.id).fetchOne(
                db)?.id ?? foreign.id)
        throw StoreError.idInOtherSeries(id: id, series: name)
    }

    /// Writes a meeting's blocks at their positions and their prompts. With `replacing`, a
    /// block that exists is updated and its prompts are written afresh; without, every block
    /// must be new.
    private static func write(_ meeting: MeetingPlan, in db: Database, replacing: Bool) throws {
        for (position, block) in meeting.blocks.enumerated() {
            let record = BlockRecord(block, meetingId: meeting.meeting.id, position: position)
            if replacing {
                try record.save(db)
                _ = try BlockPromptRecord.filter(Column("blockId") == block.id).deleteAll(db)
            } else {
                try record.insert(db)
            }
            for (index, prompt) in block.prompts.enumerated() {
                try BlockPromptRecord(blockId: block.id, position: index, promptId: prompt).insert(db)
            }
        }
    }

    /// Makes the series' `preparation` rows equal its checklist, keeping the time of the items
    /// already done.
    private static func writeChecklist(of plan: SeriesPlan, now: Date, in db: Database) throws {
        let seriesId = plan.series.id
        let done = Set(
            try PreparationRecord.filter(Column("seriesId") == seriesId).fetchAll(db).map(\.item))
        _ =
            try PreparationRecord
            .filter(Column("seriesId") == seriesId && !plan.checklist.map(\.rawValue).contains(Column("item")))
            .deleteAll(db)
        for item in plan.checklist.subtracting(done).sorted() {
            try PreparationRecord(seriesId: seriesId, item: item, doneAt: now).insert(db)
        }
        try writeOwnChecklist(of: plan, now: now, in: db)
    }

    /// Makes the series' `preparationOwn` rows equal its own items, in their order; an item
    /// done before keeps when it was done, one ticked now is done at `now`.
    private static func writeOwnChecklist(of plan: SeriesPlan, now: Date, in db: Database) throws {
        let seriesId = plan.series.id
        let stored = try PreparationOwnRecord.filter(Column("seriesId") == seriesId).fetchAll(db)
        let doneAt = Dictionary(stored.map { ($0.id, $0.doneAt) }, uniquingKeysWith: { first, _ in first })
        _ = try PreparationOwnRecord.filter(Column("seriesId") == seriesId).deleteAll(db)
        for (position, item) in plan.ownChecklist.enumerated() {
            let done = item.done ? ((doneAt[item.id] ?? nil) ?? now) : nil
            try PreparationOwnRecord(id: item.id, seriesId: seriesId, position: position, text: item.text, doneAt: done)
                .insert(db)
        }
    }

    // MARK: - Reading plans

    /// The series with everything planned for it, or nil when there is no such series. Meetings
    /// come regular ones by number, then extra ones by number, then aftercare; blocks and
    /// prompts in their order.
    package func plan(seriesId: String) throws -> SeriesPlan? {
        try reader.read { db in
            guard let series = try Series.fetchOne(db, id: seriesId) else { return nil }
            let meetings = try Meeting.fetchAll(
                db,
                sql: """
                    SELECT * FROM meeting
                    WHERE seriesId = ?
                    ORDER BY CASE kind WHEN 'regular' THEN 0 WHEN 'extra' THEN 1 ELSE 2 END, number
                    """,
                arguments: [seriesId])
            let blocks = try BlockRecord.fetchAll(
                db,
                sql: """
                    SELECT block.* FROM block
                    JOIN meeting ON meeting.id = block.meetingId
                    WHERE meeting.seriesId = ?
                    ORDER BY block.meetingId, block.position
                    """,
                arguments: [seriesId])
            let promptRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT blockPrompt.blockId, blockPrompt.promptId FROM blockPrompt
                    JOIN block ON block.id = blockPrompt.blockId
                    JOIN meeting ON meeting.id = block.meetingId
                    WHERE meeting.seriesId = ?
                    ORDER BY blockPrompt.blockId, blockPrompt.position
                    """,
                arguments: [seriesId])
            var prompts: [String: [String]] = [:]
            for row in promptRows { prompts[row["blockId"], default: []].append(row["promptId"]) }
            var agendas: [String: [PlanBlock]] = [:]
            for block in blocks {
                agendas[block.meetingId, default: []].append(block.planBlock(prompts: prompts[block.id] ?? []))
            }
            let checklist = try PreparationRecord.filter(Column("seriesId") == seriesId).fetchAll(db).map(\.item)
            var plan = SeriesPlan(
                series: series,
                meetings: meetings.map { MeetingPlan(meeting: $0, blocks: agendas[$0.id] ?? []) },
                checklist: Set(checklist))
            plan.ownChecklist = try PreparationOwnRecord.filter(Column("seriesId") == seriesId)
                .order(Column("position")).fetchAll(db)
                .map { OwnPreparation(id: $0.id, text: $0.text, done: $0.doneAt != nil) }
            plan.revision =
                try Int.fetchOne(db, sql: "SELECT planRevision FROM series WHERE id = ?", arguments: [seriesId]) ?? 0
            return plan
        }
    }

    /// Every series, oldest first, then by name.
    package func allSeries() throws -> [Series] {
        try reader.read { db in
            try Series.order(Column("createdAt"), Column("name")).fetchAll(db)
        }
    }

    /// The series a user means by `reference`: the one with exactly that id, else those whose
    /// id starts with it (at least 4 characters), else those with that name, ignoring case and
    /// surrounding spaces. All matches are returned, so the caller can report an ambiguity.
    package func findSeries(_ reference: String) throws -> [Series] {
        let wanted = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !wanted.isEmpty else { return [] }
        let all = try allSeries()
        let id = wanted.lowercased()
        let exact = all.filter { $0.id.lowercased() == id }
        if !exact.isEmpty { return exact }
        if id.count >= 4 {
            let prefixed = all.filter { $0.id.lowercased().hasPrefix(id) }
            if !prefixed.isEmpty { return prefixed }
        }
        return all.filter {
            $0.name.trimmingCharacters(in: .whitespacesAndNewlines).caseInsensitiveCompare(wanted) == .orderedSame
        }
    }

    /// Whether any meeting of the series has started or ended.
    package func hasStarted(seriesId: String) throws -> Bool {
        try reader.read { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM meeting WHERE seriesId = ? AND state != 'planned')",
                arguments: [seriesId]) ?? false
        }
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// Imports the bundles of `files` in one transaction, each read by `load` when its turn
    /// comes (so one bundle at a time is in memory): all of them or,
    /// on any refusal, nothing. A series is added when new, replaced when the bundle holds a
    /// newer revision and nothing changed here since it was last imported, and left alone when
    /// the bundle's is the same or older; changed on both sides it is a conflict, settled by
    /// `prefer`. Erasure records are kept and applied, and a series, meeting or participant
    /// they name is never brought back. With `dryRun` the transaction is rolled back: the
    /// answer says what would have happened.
    package func importBundles(
        files: [String], load: (String) throws -> SeriesBundle, prefer: BundleImport.Preference, dryRun: Bool,
        now: Date
    ) throws -> BundleImport {
        var result = BundleImport()
        do {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    // Series come in whole with their revisions, and erasure records the origin
                    // made are no change here: the revision triggers wait.
                    result = try Self.pausingRevisions(in: db) {
                        try Self.importBundles(files: files, load: load, prefer: prefer, now: now, path: path, in: db)
                    }
                    return dryRun ? .rollback : .commit
                }
            }
            if !dryRun, result.erased > 0 { try checkpoint() }
            return result
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path)
        } catch {
            // A refused bundle, or what `load` threw, as it is.
            throw error
        }
    }

    private static func importBundles(
        files: [String], load: (String) throws -> SeriesBundle, prefer: BundleImport.Preference, now: Date,
        path: String, in db: Database
    ) throws -> BundleImport {
        var result = BundleImport()
        let laptop = try laptopId(db)
        let tables = try BundleTable.all(db)
        for file in files {
            let bundle = try load(file)
            try checkValues(file, bundle, tables: tables)
            for erasure in bundle.erasures {
                try record(erasure, in: db)
                result.newErasures += db.changesCount
            }
            let erasedSeries = Set(try String.fetchAll(db, sql: "SELECT id FROM erasure WHERE kind = 'series'"))
            for series in bundle.series {
                let name: String = {
                    if case .text(let name) = series.rows["series"]?.first?["name"] { return name }
                    return series.id
                }()
                let entry = BundleImport.Entry(
                    id: series.id, name: name, origin: series.origin, revision: series.revision)
                if erasedSeries.contains(series.id) {
                    result.erasedSeries.append(entry)
                    continue
                }
                guard
                    let local = try Row.fetchOne(
                        db, sql: "SELECT revision, importedRevision FROM series WHERE id = ?", arguments: [series.id])
                else {
                    try replace(series, from: bundle, file: file, tables: tables, laptop: laptop, now: now, in: db)
                    result.added.append(entry)
                    continue
                }
                let here: Int64 = local["revision"]
                let base: Int64? = local["importedRevision"]
                // Without a base (made here, never imported) the revisions compare directly;
                // with one, each side changed when its revision moved away from it.
                let changedHere = base.map { here != $0 } ?? true
                let changedThere = base.map { series.revision != $0 } ?? (series.revision != here)
                if !changedThere {
                    result.unchanged.append(entry)
                } else if !changedHere, let base, series.revision > base {
                    try replace(series, from: bundle, file: file, tables: tables, laptop: laptop, now: now, in: db)
                    result.updated.append(entry)
                } else if series.revision < (base ?? here) {
                    result.older.append(entry)
                } else {
                    let keep: Bool =
                        switch prefer {
                        case .newer: series.revision >= here
                        case .bundle: true
                        case .here: false
                        }
                    let hereSide = try side(seriesId: series.id, revision: here, in: db)
                    let bundleSide = side(of: series)
                    if keep {
                        try replace(series, from: bundle, file: file, tables: tables, laptop: laptop, now: now, in: db)
                    }
                    result.conflicts.append(
                        BundleImport.Conflict(entry: entry, here: hereSide, bundle: bundleSide, keptBundle: keep))
                }
            }
        }
        // Every erasure this store knows, applied again: an older bundle may have brought back
        // a meeting or a participant an erasure removed.
        let erasures = try Row.fetchAll(db, sql: "SELECT kind, id, erasedAt, laptop FROM erasure ORDER BY kind, id")
        for row in erasures {
            guard let kind = Erasure.Kind(rawValue: row["kind"] ?? "") else { continue }
            let erasure = Erasure(kind: kind, id: row["id"], erasedAt: row["erasedAt"], laptop: row["laptop"])
            if try apply(erasure, in: db) { result.erased += 1 }
        }
        try check(files.count == 1 ? files[0] : files.joined(separator: ", "), path: path, in: db)
        return result
    }

    /// Replaces the series (if held here) with the bundle's rows. What the bundle does not
    /// carry is kept from this store's copy: the nicknames (a bundle without names gives a
    /// participant a stand-in nickname only when this store has none) and the notes of
    /// meetings that stay.
    private static func replace(
        _ series: BundledSeries, from bundle: SeriesBundle, file: String, tables: [BundleTable], laptop: String,
        now: Date, in db: Database
    ) throws {
        var nicknames: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, nickname FROM participant WHERE seriesId = ?", arguments: [series.id])
        {
            nicknames[row["id"]] = row["nickname"]
        }
        let kept = bundle.withNotes ? [] : tables.filter { BundleTable.noteTables.contains($0.name) }
        for table in kept {
            try db.execute(sql: "DROP TABLE IF EXISTS temp.\"kept_\(table.name)\"")
            try db.execute(
                sql: "CREATE TEMP TABLE \"kept_\(table.name)\" AS SELECT * FROM \(table.name) WHERE \(table.ofSeries)",
                arguments: ["seriesId": series.id])
        }
        try db.execute(sql: "DELETE FROM series WHERE id = ?", arguments: [series.id])
        let known = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        let index = bundleIndex(of: bundle, series)
        for name in series.rows.keys where known[name] == nil {
            throw BundleProblem.unknownTable(file: file, place: "series[\(index)].rows.\(name)")
        }
        for table in tables {
            guard let rows = series.rows[table.name], !rows.isEmpty else { continue }
            let allowed = Set(table.columns)
            for (number, row) in rows.enumerated() {
                var values = row
                if let column = values.keys.first(where: { !allowed.contains($0) }) {
                    throw BundleProblem.unknownTable(
                        file: file, place: "series[\(index)].rows.\(table.name)[\(number)].\(column)")
                }
                if table.name == "participant", case .text(let id) = values["id"] ?? .null,
                    values["nickname"] == nil || values["nickname"] == .null
                {
                    values["nickname"] = .text(nicknames[id] ?? "#" + id.prefix(8))
                }
                let columns = values.keys.sorted()
                let sql = """
                    INSERT INTO \(table.name.quotedDatabaseIdentifier) \
                    (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) \
                    VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
                    """
                do {
                    try db.cachedStatement(sql: sql).execute(
                        arguments: StatementArguments(columns.map { values[$0]?.databaseValue ?? .null }))
                } catch let error as DatabaseError {
                    throw BundleProblem.refused(
                        file: file, series: series.id,
                        detail:
                            "series[\(index)].rows.\(table.name)[\(number)]: \(error.message ?? "\(error.resultCode)")")
                }
            }
            // Every row must be of this series: a meeting id of another series would move it.
            let count =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table.name.quotedDatabaseIdentifier) WHERE \(table.ofSeries)",
                    arguments: ["seriesId": series.id]) ?? 0
            if count != rows.count {
                throw BundleProblem.wrongSeries(file: file, place: "series[\(index)].rows.\(table.name)")
            }
        }
        for table in kept {
            if table.columns.contains("blockId") {
                try db.execute(
                    sql:
                        "UPDATE temp.\"kept_\(table.name)\" SET blockId = NULL WHERE blockId NOT IN (SELECT id FROM block)"
                )
            }
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO \(table.name) SELECT * FROM temp."kept_\(table.name)"
                    WHERE meetingId IN (SELECT id FROM meeting WHERE seriesId = ?)
                    """, arguments: [series.id])
            try db.execute(sql: "DROP TABLE temp.\"kept_\(table.name)\"")
        }
        try db.execute(
            sql: """
                UPDATE series SET revision = ?, importedRevision = ?, originLaptop = ?, importedAt = ? WHERE id = ?
                """,
            arguments: [
                series.revision, series.revision, series.origin == laptop ? nil : series.origin, now, series.id,
            ])
    }

    /// Every row of every bundle against the store's tables and rules, whether or not the
    /// import will write it: a bad value is refused even in a series held here already.
    private static func checkValues(_ file: String, _ bundle: SeriesBundle, tables: [BundleTable]) throws {
        let known = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        do {
            for (index, series) in bundle.series.enumerated() {
                for (name, rows) in series.rows.sorted(by: { $0.key < $1.key }) {
                    guard let table = known[name] else {
                        throw BundleProblem.unknownTable(file: file, place: "series[\(index)].rows.\(name)")
                    }
                    for (number, row) in rows.enumerated() {
                        if let column = row.keys.sorted().first(where: { !table.columns.contains($0) }) {
                            throw BundleProblem.unknownTable(
                                file: file, place: "series[\(index)].rows.\(name)[\(number)].\(column)")
                        }
                        if let column = table.badColumn(in: row) {
                            throw BundleProblem.refused(
                                file: file, series: series.id,
                                detail: "series[\(index)].rows.\(name)[\(number)].\(column)")
                        }
                    }
                }
            }
        }
    }

    private static func bundleIndex(of bundle: SeriesBundle, _ series: BundledSeries) -> Int {
        bundle.series.firstIndex { $0.id == series.id } ?? 0
    }

    /// What this store holds of a series, for a conflict's report.
    private static func side(seriesId: String, revision: Int64, in db: Database) throws -> BundleImport.Side {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*), SUM(state = 'ended'),
                    (SELECT COUNT(*) FROM evaluation JOIN meeting ON meeting.id = evaluation.meetingId WHERE seriesId = ?)
                FROM meeting WHERE seriesId = ?
                """, arguments: [seriesId, seriesId])
        return BundleImport.Side(
            revision: revision, meetings: row?[0] ?? 0, held: row?[1] ?? 0, evaluations: row?[2] ?? 0)
    }

    private static func side(of series: BundledSeries) -> BundleImport.Side {
        let meetings = series.rows["meeting"] ?? []
        return BundleImport.Side(
            revision: series.revision, meetings: meetings.count,
            held: meetings.filter { $0["state"] == .text("ended") }.count,
            evaluations: series.rows["evaluation"]?.count ?? 0)
    }

    /// The store's rules over what the import wrote, before it commits: every reference points
    /// at a row (the foreign keys were deferred), and every value is one dialoog can read.
    private static func check(_ file: String, path: String, in db: Database) throws {
        if let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0] ?? "?"
            let parent: String = row[2] ?? "?"
            throw BundleProblem.refused(file: file, series: "", detail: "\(table) → \(parent)")
        }
        do { try StoreCheck.run(db, path: path) } catch let error as StoreError {
            guard case .badValue(_, let table, let column, let row, let value) = error else { throw error }
            throw BundleProblem.refused(file: file, series: "", detail: "\(table).\(column) (\(row)): \(value)")
        }
    }
}

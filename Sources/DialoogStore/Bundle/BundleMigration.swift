import GRDB

/// The migration `v8-bundle-revisions`, apart because it writes one trigger per table and
/// change. Like every migration it names tables as they were when it shipped and is never
/// edited: a table added later gets its own triggers in its own migration.
enum BundleMigration {
    /// The tables under a series at v7, each with the SQL that finds its series from a row
    /// (`ROW` stands for NEW or OLD).
    static let tables: [(table: String, series: String)] = [
        ("participant", "ROW.seriesId"),
        ("preparation", "ROW.seriesId"),
        ("attendance", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("block", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("timerSegment", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("blockExtra", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("headcount", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("promptUse", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("note", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("signal", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("raisedTheme", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        ("evaluation", "(SELECT seriesId FROM meeting WHERE id = ROW.meetingId)"),
        (
            "blockPrompt",
            "(SELECT meeting.seriesId FROM block JOIN meeting ON meeting.id = block.meetingId WHERE block.id = ROW.blockId)"
        ),
    ]

    /// The meeting's columns whose change is a change of the series: not `noteDraft`, which
    /// live mode saves while a note is typed and which never leaves the laptop.
    static let meetingColumns =
        "id, seriesId, number, kind, startsAt, plannedMinutes, state, purpose, helpCard, currentBlockId, endedAt, countOnly"

    static func apply(_ db: Database) throws {
        try db.execute(
            sql: """
                -- The laptop's own id, made once when this migration runs; a copy of the file keeps it.
                CREATE TABLE laptop (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                    createdAt DATETIME NOT NULL
                );
                INSERT INTO laptop (id, createdAt) VALUES (
                    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
                        || substr(lower(hex(randomblob(2))), 2) || '-'
                        || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2)
                        || '-' || lower(hex(randomblob(6))),
                    datetime('now'));
                -- revision: raised by the triggers below at every change of the series or anything under
                -- it. originLaptop: the laptop an imported series came from (NULL: made here).
                -- importedRevision: the revision the series had when it was last imported, so that a
                -- change made here since then is seen.
                ALTER TABLE series ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
                ALTER TABLE series ADD COLUMN originLaptop TEXT CHECK (originLaptop IS NULL OR length(originLaptop) = 36);
                ALTER TABLE series ADD COLUMN importedAt DATETIME;
                ALTER TABLE series ADD COLUMN importedRevision INTEGER CHECK (importedRevision >= 0);
                CREATE INDEX series_on_originLaptop ON series(originLaptop);
                -- What was erased, by id only: it travels in bundles so other stores forget too, and an
                -- older bundle never brings it back.
                CREATE TABLE erasure (
                    kind TEXT NOT NULL CHECK (kind IN ('participant', 'series', 'meeting')),
                    id TEXT NOT NULL CHECK (length(id) = 36),
                    erasedAt DATETIME NOT NULL,
                    laptop TEXT NOT NULL CHECK (length(laptop) = 36),
                    PRIMARY KEY (kind, id)
                );
                -- A row here while a transaction writes series whole (the demo, an import), which set
                -- their revisions themselves: the triggers then do nothing. Never left behind: the
                -- writer deletes it in the same transaction.
                CREATE TABLE revisionPause (id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1));
                -- An import sets the revision it brings together with importedRevision: not a change here.
                CREATE TRIGGER bundle_revision_series AFTER UPDATE ON series
                    WHEN NEW.revision = OLD.revision AND NEW.importedRevision IS OLD.importedRevision
                        AND NOT EXISTS (SELECT 1 FROM revisionPause)
                    BEGIN UPDATE series SET revision = OLD.revision + 1 WHERE id = NEW.id; END;
                CREATE TRIGGER bundle_revision_meeting_insert AFTER INSERT ON meeting
                    WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                    BEGIN UPDATE series SET revision = revision + 1 WHERE id = NEW.seriesId; END;
                CREATE TRIGGER bundle_revision_meeting_update AFTER UPDATE OF \(meetingColumns) ON meeting
                    WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                    BEGIN UPDATE series SET revision = revision + 1 WHERE id = NEW.seriesId; END;
                CREATE TRIGGER bundle_revision_meeting_delete AFTER DELETE ON meeting
                    WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                    BEGIN UPDATE series SET revision = revision + 1 WHERE id = OLD.seriesId; END;
                """)
        for (table, series) in tables {
            for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                let id = series.replacingOccurrences(of: "ROW.", with: "\(row).")
                try db.execute(
                    sql: """
                        CREATE TRIGGER bundle_revision_\(table)_\(change.lowercased()) AFTER \(change) ON \(table)
                            WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                            BEGIN UPDATE series SET revision = revision + 1 WHERE id = \(id); END;
                        """)
            }
        }
    }
}

extension AppDatabase {
    /// Runs `body` with the revision triggers paused (`revisionPause`), for a transaction that
    /// writes series whole and sets their revisions itself: the demo, an import. The figure
    /// tallies of the series it wrote are brought up to date at the end. The pause is
    /// lifted before the transaction commits; on an error the transaction rolls it back.
    static func pausingRevisions<T>(in db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "INSERT OR IGNORE INTO revisionPause (id) VALUES (1)")
        let result = try body()
        // The figure tallies of the series written meanwhile, in one pass each.
        try FigureTallyMigration.refreshStale(db)
        try db.execute(sql: "DELETE FROM revisionPause")
        return result
    }
}

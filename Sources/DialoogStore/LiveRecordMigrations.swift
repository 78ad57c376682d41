import GRDB

/// The migrations of live mode's records added in v11, apart so that `Migrations` stays
/// readable: the agreements a group made and the rules opened (`v11-live3-agreements-openings`),
/// and the block questions asked (`v11-live3-question-uses`); the series' own prompts
/// (`v11-statement-series-prompts`). Each new table is under a meeting,
/// so it travels in bundles, and has the bundle's revision triggers. Never edited.
enum LiveRecordMigrations {
    static func agreementsAndOpenings(_ db: Database) throws {
        try db.execute(
            sql: """
                -- One short line about the group, never about a person: as long as the evaluation's.
                CREATE TABLE groupAgreement (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                    meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    at DATETIME NOT NULL,
                    text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 120)
                );
                CREATE INDEX groupAgreement_on_meetingId ON groupAgreement(meetingId);
                -- What was opened and when; never what it showed.
                CREATE TABLE panelOpening (
                    meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    panel TEXT NOT NULL CHECK (panel IN ('rules')),
                    at DATETIME NOT NULL,
                    PRIMARY KEY (meetingId, position)
                );
                """)
        for table in ["groupAgreement", "panelOpening"] {
            for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER bundle_revision_\(table)_\(change.lowercased()) AFTER \(change) ON \(table)
                            WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                            BEGIN UPDATE series SET revision = revision + 1
                                WHERE id = (SELECT seriesId FROM meeting WHERE id = \(row).meetingId); END;
                        """)
            }
        }
    }

    static func questionUses(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE questionUse (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                    meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                    text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
                    at DATETIME NOT NULL,
                    UNIQUE (meetingId, blockId, text)
                );
                CREATE INDEX questionUse_on_blockId ON questionUse(blockId);
                """)
        for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER bundle_revision_questionUse_\(change.lowercased()) AFTER \(change) ON questionUse
                        WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                        BEGIN UPDATE series SET revision = revision + 1
                            WHERE id = (SELECT seriesId FROM meeting WHERE id = \(row).meetingId); END;
                    """)
        }
    }

    /// The series' own prompts: under the series, like `preparationOwn`, and with the meeting
    /// they were phrased in (the live record that writes them). A prompt line, never a story.
    static func seriesPrompts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE seriesPrompt (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                    seriesId TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                    meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    at DATETIME NOT NULL,
                    text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200)
                );
                CREATE INDEX seriesPrompt_on_seriesId ON seriesPrompt(seriesId);
                CREATE INDEX seriesPrompt_on_meetingId ON seriesPrompt(meetingId);
                """)
        for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER bundle_revision_seriesPrompt_\(change.lowercased()) AFTER \(change) ON seriesPrompt
                        WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                        BEGIN UPDATE series SET revision = revision + 1 WHERE id = \(row).seriesId; END;
                    """)
        }
    }
}

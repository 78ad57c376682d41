import GRDB

/// The schema, as a list of migrations with stable ids. A shipped migration is never edited:
/// a change to the schema is a new migration at the end. Migrations use SQL and table names,
/// not app types, so that they mean the same thing forever.
enum Migrations {
    /// The id of the first migration: a SQLite file without it is not a dialoog database.
    static let first = "v1-series-meetings-participants"
    /// `PRAGMA user_version` of a database with every migration of this version applied
    /// (their number): a file with a higher one is from a newer dialoog, even when its
    /// migration table says otherwise.
    static var schemaVersion: Int { migrator.migrations.count }
    /// Series plans: the series' people, place and languages, each meeting's purpose and help
    /// card, the blocks of its agenda with their prompts, and the preparation checklist.
    static let seriesPlan = "v2-series-plan"
    /// Live mode: where a running meeting is, its timer, who came, the prompts used, and the
    /// notes, signals and themes of the meeting.
    static let live = "v3-live"
    /// Evaluation and the coordinator's overview: each meeting's evaluation with its
    /// follow-ups, a signal's follow-up done, demo series, the agreements block carried into
    /// the next meeting, and the coordinator's target.
    static let evaluation = "v4-evaluation"
    /// The quick note being typed in a running meeting, kept with the meeting so that a kill
    /// or a flat battery does not take it; cleared when the note is stored.
    static let noteDraft = "v5-note-draft"
    /// A series' plan revision, one up at every stored change of its plan: the planner sends
    /// the revision it read, and a plan changed meanwhile (`dialoog plan import`) is not
    /// overwritten.
    static let planRevision = "v6-plan-revision"
    /// When an evaluation was changed from the overzicht or a summary, after confirming: the
    /// form and the summary say "bewerkt op".
    static let evaluationEdited = "v7-evaluation-edited"
    /// The coordinator's review of the themes groups raised in their own words: a wording
    /// approved here may reach reports and charts; any other stays on the laptop.
    static let privacyThemeReview = "v8-privacy-theme-review"
    /// Bundles between laptops (`BundleMigration`): the laptop's own id, a revision per series
    /// raised by triggers on every write under it, where an imported series came from and when,
    /// and the erasure records (ids only).
    static let bundle = "v8-bundle-revisions"
    /// Corrections after a meeting: one row per signal, note, prompt use or raised theme that
    /// was corrected or withdrawn, with the day. A withdrawn record is deleted from its own
    /// table (so no figure counts it, whichever query asks) and keeps here only its kind and
    /// time, never what it said.
    static let recordCorrections = "v8-fix-record-corrections"
    /// People present without a nickname, counted beside the named ones in a meeting.
    static let liveUnnamed = "v8-live-unnamed"
    /// Any number of targets, each for one figure over a period of any length and optionally
    /// one organisation, method or municipality; the single target of v4 becomes the first.
    static let targetMany = "v9-target-many"
    /// What to bring for a block (a film, the flip-over).
    static let plannerMaterials = "v10-planner-block-materials"
    /// The items a series adds to its preparation checklist itself ("tolk bevestigd"), in
    /// their order, each done or not; with the revision triggers of every table under a series.
    static let plannerOwnChecklist = "v11-planner3-own-checklist"
    /// Whose a plan block is (issue 15): the method's provenance of the block it was made from,
    /// or the trainer's, and a fingerprint of the method's words to see when the trainer changed it.
    static let provenanceBlock = "v11-provenance-block"
    /// What the sources ask an evaluation for and dialoog did not collect: advice to the
    /// municipality (free text, released only through the coordinator's review, whose wordings
    /// may now be as long as a recommendation), the collaboration with local professionals,
    /// and the volunteers' hours and expenses.
    static let reportsEvaluationFields = "v11-reports-evaluation-fields"
    /// More of what a gespreksleider did at a signal: talked in private after the meeting,
    /// consulted the coordinator, called Veilig Thuis for advice. SQLite cannot change a
    /// CHECK, so the signal table is made anew with the wider one (`SignalResponsesMigration`).
    static let signalResponses = "v11-live3-signal-responses"
    /// The agreements a group made during a meeting, typed in over the ground rules, and when
    /// a reading panel (the ground rules) was opened: what and when, no text. Both under a
    /// meeting, so they travel in bundles; with their revision triggers.
    static let liveAgreements = "v11-live3-agreements-openings"
    /// The method's block questions marked asked in live mode, like prompts: the ledger marks
    /// them in later meetings. The question's text is the method's, never anyone's words.
    static let questionUses = "v11-live3-question-uses"
    /// The statements participants phrased in a meeting, typed in live and kept as the series'
    /// own prompts: under the series (with its revision triggers), with the meeting they were
    /// phrased and used in, so that saving that meeting's record writes them afresh.
    static let statementSeriesPrompts = "v11-statement-series-prompts"
    /// The figures of the overzicht and the reports kept per meeting and per series by
    /// triggers (`FigureTallyMigration`), so that reading them does not walk every row of
    /// attendance each time (issue 18).
    static let figureTallies = "v12-figure-tallies"
    /// The meeting tally also keeps the timer's first start and the lengths of the
    /// evaluation's lists, the last columns of a report row that read other rows each time
    /// (issue 18). The tallies are derived, so the change drops them and applies their
    /// current definition afresh (`FigureTallyMigration.reapply`).
    static let meetingTallyReportRow = "v13-meeting-tally-report-row"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in
            try db.execute(
                sql: """
                    CREATE TABLE series (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        methodId TEXT NOT NULL CHECK (length(methodId) > 0),
                        organisation TEXT NOT NULL,
                        municipality TEXT,
                        expectedGroupSize INTEGER CHECK (expectedGroupSize > 0),
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE meeting (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        seriesId TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                        number INTEGER NOT NULL CHECK (number >= 1),
                        kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'extra', 'aftercare')),
                        startsAt DATETIME,
                        plannedMinutes INTEGER CHECK (plannedMinutes > 0),
                        state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'running', 'ended')),
                        UNIQUE (seriesId, number)
                    );
                    CREATE INDEX meeting_on_seriesId_state ON meeting(seriesId, state);
                    CREATE INDEX meeting_on_startsAt ON meeting(startsAt);
                    CREATE TABLE participant (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        seriesId TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                        nickname TEXT NOT NULL CHECK (length(trim(nickname)) BETWEEN 1 AND 40),
                        role TEXT NOT NULL DEFAULT 'deelnemer'
                            CHECK (role IN ('deelnemer', 'spreker', 'professional', 'waarnemer')),
                        UNIQUE (seriesId, nickname)
                    );
                    CREATE TABLE attendance (
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        participantId TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                        present BOOLEAN NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
                        PRIMARY KEY (meetingId, participantId)
                    );
                    CREATE INDEX attendance_on_participantId ON attendance(participantId);
                    """)
        }
        migrator.registerMigration(seriesPlan) { db in
            try db.execute(
                sql: """
                    ALTER TABLE series ADD COLUMN facilitators TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(facilitators) AND json_type(facilitators) = 'array');
                    ALTER TABLE series ADD COLUMN venue TEXT
                        CHECK (venue IN ('buurthuis', 'moskee', 'huiskamer', 'school', 'sportclub', 'anders'));
                    ALTER TABLE series ADD COLUMN languages TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(languages) AND json_type(languages) = 'array');
                    ALTER TABLE series ADD COLUMN "groups" TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid("groups") AND json_type("groups") = 'array');
                    ALTER TABLE series ADD COLUMN groupChoice TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(groupChoice) AND json_type(groupChoice) = 'array');
                    ALTER TABLE meeting ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
                    ALTER TABLE meeting ADD COLUMN helpCard TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(helpCard) AND json_type(helpCard) = 'array');
                    CREATE TABLE block (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                        kind TEXT NOT NULL
                            CHECK (kind IN ('welkom', 'spelregels', 'terugblik', 'kennis', 'kern', 'pauze', 'afsluiting')),
                        form TEXT NOT NULL,
                        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 240),
                        theme TEXT,
                        guidance TEXT NOT NULL DEFAULT '',
                        questions TEXT NOT NULL DEFAULT '[]'
                            CHECK (json_valid(questions) AND json_type(questions) = 'array'),
                        chosenByGroup BOOLEAN NOT NULL DEFAULT 0 CHECK (chosenByGroup IN (0, 1))
                    );
                    -- Not UNIQUE: moving a block would collide with its neighbour halfway through.
                    CREATE INDEX block_on_meetingId_position ON block(meetingId, position);
                    CREATE TABLE blockPrompt (
                        blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        -- A content id (content/prompts/), not a foreign key: prompts live in files.
                        promptId TEXT NOT NULL CHECK (length(promptId) > 0),
                        PRIMARY KEY (blockId, position)
                    );
                    CREATE INDEX blockPrompt_on_promptId ON blockPrompt(promptId);
                    CREATE TABLE preparation (
                        seriesId TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                        item TEXT NOT NULL CHECK (item IN ('sleutelpersonen', 'locatie', 'groepssamenstelling',
                            'taal', 'vertrouwelijkheid', 'hulplijst', 'gemeente')),
                        doneAt DATETIME NOT NULL,
                        PRIMARY KEY (seriesId, item)
                    );
                    """)
        }
        migrator.registerMigration(live) { db in
            // Every list of the record keeps its order in `position`: two notes can be made in the
            // same second, and the order on screen is the order they were made.
            try db.execute(
                sql: """
                    ALTER TABLE meeting ADD COLUMN currentBlockId TEXT REFERENCES block(id) ON DELETE SET NULL;
                    ALTER TABLE meeting ADD COLUMN endedAt DATETIME CHECK (endedAt IS NULL OR state = 'ended');
                    ALTER TABLE meeting ADD COLUMN countOnly BOOLEAN NOT NULL DEFAULT 0 CHECK (countOnly IN (0, 1));
                    CREATE TABLE timerSegment (
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                        start DATETIME NOT NULL,
                        "end" DATETIME CHECK ("end" IS NULL OR "end" >= start),
                        PRIMARY KEY (meetingId, position)
                    );
                    -- The timer runs for one block at a time: one open segment per meeting.
                    CREATE UNIQUE INDEX timerSegment_running ON timerSegment(meetingId) WHERE "end" IS NULL;
                    CREATE INDEX timerSegment_on_blockId ON timerSegment(blockId);
                    CREATE TABLE blockExtra (
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                        minutes INTEGER NOT NULL CHECK (minutes BETWEEN -239 AND 239 AND minutes != 0),
                        PRIMARY KEY (meetingId, blockId)
                    );
                    CREATE INDEX blockExtra_on_blockId ON blockExtra(blockId);
                    CREATE TABLE headcount (
                        meetingId TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 500),
                        women INTEGER CHECK (women BETWEEN 0 AND 500),
                        men INTEGER CHECK (men BETWEEN 0 AND 500),
                        young INTEGER CHECK (young BETWEEN 0 AND 500)
                    );
                    CREATE TABLE promptUse (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                        -- A content id (content/prompts/), not a foreign key: prompts live in files.
                        promptId TEXT NOT NULL CHECK (length(promptId) > 0),
                        planned BOOLEAN NOT NULL CHECK (planned IN (0, 1)),
                        usedAt DATETIME NOT NULL,
                        response TEXT CHECK (response IN ('open', 'gemengd', 'weerstand', 'stilte')),
                        UNIQUE (meetingId, blockId, promptId)
                    );
                    CREATE INDEX promptUse_on_blockId ON promptUse(blockId);
                    CREATE INDEX promptUse_on_promptId ON promptUse(promptId);
                    -- Free text only here and in raisedTheme, and short: a reminder, not a report.
                    CREATE TABLE note (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        blockId TEXT REFERENCES block(id) ON DELETE SET NULL,
                        at DATETIME NOT NULL,
                        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 280)
                    );
                    CREATE INDEX note_on_meetingId ON note(meetingId);
                    CREATE INDEX note_on_blockId ON note(blockId);
                    -- No identity and no details: a category, what was done, when to follow up.
                    CREATE TABLE signal (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        blockId TEXT REFERENCES block(id) ON DELETE SET NULL,
                        at DATETIME NOT NULL,
                        category TEXT NOT NULL CHECK (category IN ('huiselijk-geweld', 'huwelijksdwang',
                            'eergerelateerd-geweld', 'achterlating', 'vgv', 'seksueel-geweld', 'uitbuiting', 'anders')),
                        response TEXT NOT NULL CHECK (response IN ('hulpkaart', 'warme-verwijzing', 'acuut-112')),
                        followUp DATETIME
                    );
                    CREATE INDEX signal_on_meetingId ON signal(meetingId);
                    CREATE INDEX signal_on_blockId ON signal(blockId);
                    CREATE INDEX signal_on_followUp ON signal(followUp) WHERE followUp IS NOT NULL;
                    CREATE TABLE raisedTheme (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        blockId TEXT REFERENCES block(id) ON DELETE SET NULL,
                        at DATETIME NOT NULL,
                        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 60)
                    );
                    CREATE INDEX raisedTheme_on_meetingId ON raisedTheme(meetingId);
                    CREATE INDEX raisedTheme_on_blockId ON raisedTheme(blockId);
                    CREATE INDEX meeting_on_currentBlockId ON meeting(currentBlockId);
                    """)
        }
        migrator.registerMigration(evaluation) { db in
            try db.execute(
                sql: """
                    ALTER TABLE series ADD COLUMN demo BOOLEAN NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));
                    ALTER TABLE signal ADD COLUMN followedUpAt DATETIME;
                    -- The block in a meeting's plan that returns to the agreements of meeting `agreementsOf`.
                    ALTER TABLE block ADD COLUMN agreementsOf TEXT REFERENCES meeting(id) ON DELETE SET NULL;
                    CREATE INDEX block_on_agreementsOf ON block(agreementsOf) WHERE agreementsOf IS NOT NULL;
                    -- Scores and counts of hands, never names: agreements are the group's, one short line each.
                    CREATE TABLE evaluation (
                        meetingId TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        expected INTEGER CHECK (expected BETWEEN 1 AND 500),
                        atmosphere INTEGER CHECK (atmosphere BETWEEN 1 AND 5),
                        safety INTEGER CHECK (safety BETWEEN 1 AND 5),
                        openness INTEGER CHECK (openness BETWEEN 1 AND 5),
                        resistanceMoments INTEGER CHECK (resistanceMoments BETWEEN 0 AND 500),
                        resistanceMet TEXT NOT NULL DEFAULT '[]'
                            CHECK (json_valid(resistanceMet) AND json_type(resistanceMet) = 'array'),
                        landed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(landed) AND json_type(landed) = 'array'),
                        agreements TEXT NOT NULL DEFAULT '[]'
                            CHECK (json_valid(agreements) AND json_type(agreements) = 'array'),
                        usefulYes INTEGER CHECK (usefulYes BETWEEN 0 AND 500),
                        usefulPartly INTEGER CHECK (usefulPartly BETWEEN 0 AND 500),
                        usefulNo INTEGER CHECK (usefulNo BETWEEN 0 AND 500),
                        heardYes INTEGER CHECK (heardYes BETWEEN 0 AND 500),
                        heardPartly INTEGER CHECK (heardPartly BETWEEN 0 AND 500),
                        heardNo INTEGER CHECK (heardNo BETWEEN 0 AND 500),
                        wellbeing INTEGER CHECK (wellbeing BETWEEN 1 AND 5),
                        aftercareDue DATETIME,
                        aftercareDoneAt DATETIME CHECK (aftercareDoneAt IS NULL OR aftercareDue IS NOT NULL),
                        intervisieDue DATETIME,
                        intervisieDoneAt DATETIME CHECK (intervisieDoneAt IS NULL OR intervisieDue IS NOT NULL),
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE INDEX evaluation_on_aftercareDue ON evaluation(aftercareDue)
                        WHERE aftercareDue IS NOT NULL AND aftercareDoneAt IS NULL;
                    CREATE INDEX evaluation_on_intervisieDue ON evaluation(intervisieDue)
                        WHERE intervisieDue IS NOT NULL AND intervisieDoneAt IS NULL;
                    -- One target at a time: a number of meetings held in a period. `demo`: set by
                    -- `dialoog demo`, so removing the demo removes it and never the coordinator's own.
                    CREATE TABLE target (
                        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                        meetings INTEGER NOT NULL CHECK (meetings BETWEEN 1 AND 100000),
                        "from" DATETIME NOT NULL,
                        "to" DATETIME NOT NULL CHECK ("to" > "from"),
                        demo BOOLEAN NOT NULL DEFAULT 0 CHECK (demo IN (0, 1))
                    );
                    CREATE INDEX series_on_organisation ON series(organisation);
                    CREATE INDEX meeting_on_state ON meeting(state);
                    """)
        }
        migrator.registerMigration(noteDraft) { db in
            try db.execute(
                sql: """
                    ALTER TABLE meeting ADD COLUMN noteDraft TEXT
                        CHECK (noteDraft IS NULL OR length(noteDraft) <= 280);
                    """)
        }
        migrator.registerMigration(planRevision) { db in
            try db.execute(
                sql: """
                    ALTER TABLE series ADD COLUMN planRevision INTEGER NOT NULL DEFAULT 0
                        CHECK (planRevision >= 0);
                    """)
        }
        migrator.registerMigration(evaluationEdited) { db in
            try db.execute(sql: "ALTER TABLE evaluation ADD COLUMN editedAt DATETIME;")
        }
        migrator.registerMigration(privacyThemeReview) { db in
            try db.execute(
                sql: """
                    -- One decision per wording: `key` is the text folded (no capitals, accents or
                    -- extra spaces), `text` the spelling shown once approved.
                    CREATE TABLE themeReview (
                        "key" TEXT PRIMARY KEY NOT NULL CHECK (length("key") BETWEEN 1 AND 240),
                        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 60),
                        approved BOOLEAN NOT NULL CHECK (approved IN (0, 1)),
                        decidedAt DATETIME NOT NULL
                    );
                    """)
        }
        migrator.registerMigration(bundle) { db in try BundleMigration.apply(db) }
        migrator.registerMigration(recordCorrections) { db in
            try db.execute(
                sql: """
                    CREATE TABLE recordCorrection (
                        recordId TEXT PRIMARY KEY NOT NULL CHECK (length(recordId) = 36),
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('signal', 'note', 'promptUse', 'raisedTheme')),
                        recordedAt DATETIME NOT NULL,
                        withdrawn BOOLEAN NOT NULL CHECK (withdrawn IN (0, 1)),
                        correctedAt DATETIME NOT NULL
                    );
                    CREATE INDEX recordCorrection_on_meetingId ON recordCorrection(meetingId);
                    """)
        }
        migrator.registerMigration(liveUnnamed) { db in
            try db.execute(
                sql: """
                    ALTER TABLE meeting ADD COLUMN unnamed INTEGER NOT NULL DEFAULT 0
                        CHECK (unnamed BETWEEN 0 AND 500);
                    """)
        }
        migrator.registerMigration(targetMany) { db in
            try db.execute(
                sql: """
                    -- `figure`: meetings (held), series (completed) or people (reached); the
                    -- scope columns are NULL for the whole programme. `demo`: set by `dialoog demo`.
                    CREATE TABLE targetNew (
                        id INTEGER PRIMARY KEY NOT NULL,
                        figure TEXT NOT NULL CHECK (figure IN ('meetings', 'series', 'people')),
                        amount INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 100000),
                        "from" DATETIME NOT NULL,
                        "to" DATETIME NOT NULL CHECK ("to" > "from"),
                        organisation TEXT CHECK (organisation IS NULL OR length(trim(organisation)) BETWEEN 1 AND 200),
                        methodId TEXT CHECK (methodId IS NULL OR length(trim(methodId)) BETWEEN 1 AND 200),
                        municipality TEXT CHECK (municipality IS NULL OR length(trim(municipality)) BETWEEN 1 AND 200),
                        demo BOOLEAN NOT NULL DEFAULT 0 CHECK (demo IN (0, 1))
                    );
                    INSERT INTO targetNew (figure, amount, "from", "to", demo)
                        SELECT 'meetings', meetings, "from", "to", demo FROM target;
                    DROP TABLE target;
                    ALTER TABLE targetNew RENAME TO target;
                    """)
        }
        migrator.registerMigration(plannerMaterials) { db in
            try db.execute(
                sql: """
                    -- What to bring for a block (a film, the flip-over); empty for most blocks.
                    ALTER TABLE block ADD COLUMN materials TEXT NOT NULL DEFAULT '' CHECK (length(materials) <= 200);
                    """)
        }
        migrator.registerMigration(plannerOwnChecklist) { db in
            try db.execute(
                sql: """
                    CREATE TABLE preparationOwn (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
                        seriesId TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL CHECK (position >= 0),
                        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200),
                        doneAt DATETIME
                    );
                    CREATE INDEX preparationOwn_on_seriesId ON preparationOwn(seriesId, position);
                    """)
            for (change, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER bundle_revision_preparationOwn_\(change.lowercased()) AFTER \(change) ON preparationOwn
                            WHEN NOT EXISTS (SELECT 1 FROM revisionPause)
                            BEGIN UPDATE series SET revision = revision + 1 WHERE id = \(row).seriesId; END;
                        """)
            }
        }
        migrator.registerMigration(provenanceBlock) { db in
            try db.execute(
                sql: """
                    -- NULL: a block saved before provenance was kept; its mark is left out.
                    ALTER TABLE block ADD COLUMN provenance TEXT CHECK (
                        provenance IS NULL OR provenance IN ('dialoog', 'trainer')
                        OR (provenance LIKE 'organisatie:%' AND length(provenance) <= 200));
                    ALTER TABLE block ADD COLUMN methodFingerprint TEXT CHECK (
                        methodFingerprint IS NULL OR length(methodFingerprint) <= 16);
                    """)
        }
        migrator.registerMigration(reportsEvaluationFields) { db in
            try db.execute(
                sql: """
                    ALTER TABLE evaluation ADD COLUMN recommendations TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(recommendations) AND json_type(recommendations) = 'array');
                    ALTER TABLE evaluation ADD COLUMN collaboration INTEGER CHECK (collaboration BETWEEN 1 AND 5);
                    ALTER TABLE evaluation ADD COLUMN volunteerHours INTEGER CHECK (volunteerHours BETWEEN 0 AND 200);
                    ALTER TABLE evaluation ADD COLUMN expenses INTEGER CHECK (expenses BETWEEN 0 AND 9999);
                    -- A released recommendation is kept as written, up to 120 characters.
                    CREATE TABLE themeReviewNew (
                        "key" TEXT PRIMARY KEY NOT NULL CHECK (length("key") BETWEEN 1 AND 240),
                        text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 120),
                        approved BOOLEAN NOT NULL CHECK (approved IN (0, 1)),
                        decidedAt DATETIME NOT NULL
                    );
                    INSERT INTO themeReviewNew ("key", text, approved, decidedAt)
                        SELECT "key", text, approved, decidedAt FROM themeReview;
                    DROP TABLE themeReview;
                    ALTER TABLE themeReviewNew RENAME TO themeReview;
                    """)
        }
        migrator.registerMigration(signalResponses) { db in try SignalResponsesMigration.apply(db) }
        migrator.registerMigration(liveAgreements) { db in try LiveRecordMigrations.agreementsAndOpenings(db) }
        migrator.registerMigration(questionUses) { db in try LiveRecordMigrations.questionUses(db) }
        migrator.registerMigration(statementSeriesPrompts) { db in try LiveRecordMigrations.seriesPrompts(db) }
        migrator.registerMigration(figureTallies) { db in try FigureTallyMigration.apply(db) }
        migrator.registerMigration(meetingTallyReportRow) { db in try FigureTallyMigration.reapply(db) }
        return migrator
    }
}

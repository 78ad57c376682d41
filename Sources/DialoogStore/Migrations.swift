import GRDB

/// The schema, as a list of migrations with stable ids. A shipped migration is never edited:
/// a change to the schema is a new migration at the end. Migrations use SQL and table names,
/// not app types, so that they mean the same thing forever.
enum Migrations {
    /// The id of the first migration: a SQLite file without it is not a dialoog database.
    static let first = "v1-series-meetings-participants"
    /// Series plans: the series' people, place and languages, each meeting's purpose and help
    /// card, the blocks of its agenda with their prompts, and the preparation checklist.
    static let seriesPlan = "v2-series-plan"

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
        return migrator
    }
}

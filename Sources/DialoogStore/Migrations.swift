import GRDB

/// The schema, as a list of migrations with stable ids. A shipped migration is never edited:
/// a change to the schema is a new migration at the end. Migrations use SQL and table names,
/// not app types, so that they mean the same thing forever.
enum Migrations {
    /// The id of the first migration: a SQLite file without it is not a dialoog database.
    static let first = "v1-series-meetings-participants"

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
        return migrator
    }
}

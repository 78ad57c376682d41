import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// The report rows read by position and ordered in Swift (`meetingFigures`), the dates read by
/// hand (`SQLiteRow`) and the series labels numbered in Swift give what SQL gave before: the
/// statements that did it are kept here as the definition.
@Suite("Reading the report's rows")
struct MeetingFigureReadingTests {
    let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)

    /// The demo in a new store, then changed by `sql`.
    private func demo(changedBy sql: String) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        _ = try database.insertDemo(data)
        try database.writer.write { db in try db.execute(sql: sql) }
        return database
    }

    @Test func aDateReadByHandIsTheDateGRDBReads() throws {
        let whole = [
            "2026-11-30 19:00:00.000", "2026-11-30 19:00:00", "1969-12-31 23:59:59", "2000-02-29 00:00:00.000",
            "1900-03-01 12:30:45", "2099-12-31 23:59:59.000",
        ]
        for text in whole {
            let read = text.utf8CString.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: UInt8.self) {
                    SQLiteRow.wholeSecond(UnsafeBufferPointer(rebasing: $0.dropLast()))
                }
            }
            #expect(read != nil, "\(text) is read by hand")
            #expect(read == Date.fromDatabaseValue(text.databaseValue), "\(text)")
        }
        // Anything else is left to GRDB: a fraction, a T, a day that does not exist, a short form.
        for text in [
            "2026-11-30 19:00:00.123", "2026-11-30T19:00:00.000", "2026-02-30 10:00:00", "2026-11-30 19:00",
            "2026-13-01 10:00:00", "2026-11-30 24:00:00", "20x6-11-30 19:00:00",
        ] {
            let read = text.utf8CString.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: UInt8.self) {
                    SQLiteRow.wholeSecond(UnsafeBufferPointer(rebasing: $0.dropLast()))
                }
            }
            #expect(read == nil, "\(text) is left to GRDB")
        }
        // Through the statement, both kinds of value come back as GRDB reads them.
        let database = try AppDatabase.inMemory()
        let dates = try database.reader.read { db in
            let statement = try db.makeStatement(
                sql: "SELECT '2026-11-30 19:00:00.000' UNION ALL SELECT '2026-11-30 19:00:00.250' UNION ALL SELECT NULL"
            )
            var dates: [Date?] = []
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() { dates.append(SQLiteRow(statement.sqliteStatement, row: row).date(0)) }
            return dates
        }
        #expect(
            dates == [
                Date.fromDatabaseValue("2026-11-30 19:00:00.000".databaseValue),
                Date.fromDatabaseValue("2026-11-30 19:00:00.250".databaseValue), nil,
            ])
    }

    @Test func meetingsComeInSeriesNameAndPlanOrder() throws {
        // Names that byte order and a person's order tell apart, and an extra meeting numbered
        // before a regular one.
        let database = try demo(
            changedBy: """
                UPDATE series SET name = CASE rowid % 4 WHEN 0 THEN 'ébène' WHEN 1 THEN 'Zuid' WHEN 2 THEN 'zuid'
                    ELSE 'Éclat' END;
                UPDATE meeting SET kind = 'extra' WHERE number = 1 AND rowid % 2 = 0;
                """)
        let expected = try database.reader.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT meeting.id FROM series JOIN meeting ON meeting.seriesId = series.id"
                    + AppDatabase.meetingFiguresOrderSQL)
        }
        let figures = try database.meetingFigures(OverviewFilter(includeDemo: true))
        #expect(expected.count > 10)
        #expect(figures.map(\.meetingId) == expected)
    }

    @Test func labelsAreNumberedAsTheWindowNumberedThem() throws {
        // Spaces and capitals that count as one organisation or municipality, others that do not.
        let database = try demo(
            changedBy: """
                UPDATE series SET organisation = CASE rowid % 3 WHEN 0 THEN ' IOT ' WHEN 1 THEN 'iot' ELSE 'ÍOT' END,
                    municipality = CASE rowid % 4 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN ' Utrecht' ELSE 'UTRECHT ' END,
                    demo = rowid % 5 = 0;
                """)
        let numbered = try database.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, organisation, municipality, demo, ROW_NUMBER() OVER (
                        PARTITION BY lower(trim(organisation)), lower(trim(coalesce(municipality, ''))), demo
                        ORDER BY createdAt, id) AS number
                    FROM series
                    """)
        }
        var expected: [String: String] = [:]
        for row in numbered {
            expected[row["id"]] = SeriesLabels.label(
                organisation: row["organisation"], municipality: row["municipality"], number: row["number"],
                demo: row["demo"])
        }
        #expect(numbered.count > 3)
        #expect(try database.seriesLabels() == SeriesLabels(expected))
    }
}

/// The overzicht reads its series by position (`SeriesColumns`); they are the series GRDB's
/// own decoding gives, and a value that decoding refuses is refused too.
@Suite("Reading the overzicht's series")
struct SeriesColumnsTests {
    let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)

    private func read(_ database: AppDatabase) throws -> [Series] {
        try database.reader.read { db in
            let statement = try db.makeStatement(sql: "SELECT * FROM series ORDER BY id")
            let columns = try SeriesColumns(statement.columnNames)
            var lists: [String: [String]] = [:]
            var series: [Series] = []
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                series.append(try columns.series(SQLiteRow(statement.sqliteStatement, row: row), lists: &lists))
            }
            return series
        }
    }

    @Test func theSeriesAreThoseGRDBDecodes() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.insertDemo(data)
        try database.writer.write { db in
            try db.execute(
                sql: """
                    UPDATE series SET facilitators = '["Ayşe \\"A\\" Y.", "Hodan\\\\W.", "\\u00e9"]', venue = NULL,
                        createdAt = '2026-11-30 19:00:00.250'
                    WHERE rowid = 1
                    """)
        }
        let decoded = try database.reader.read { db in try Series.fetchAll(db, sql: "SELECT * FROM series ORDER BY id")
        }
        #expect(decoded.count > 3)
        #expect(decoded.contains { $0.facilitators.contains("Ayşe \"A\" Y.") })
        #expect(try read(database) == decoded)
    }

    @Test func aListThatIsNotTextIsRefused() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.insertDemo(data)
        try database.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE series SET languages = '[1, \"nl\"]' WHERE rowid = 1")
        }
        #expect(throws: (any Error).self) { try database.reader.read { db in try Series.fetchAll(db) } }
        #expect(throws: DatabaseError.self) { try read(database) }
    }
}

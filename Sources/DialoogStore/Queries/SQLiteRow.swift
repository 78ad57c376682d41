import CSQLiteShim
import Foundation
import GRDB

/// The current row of a statement read straight from SQLite's C interface by column position:
/// for the statements that read thousands of rows of figures (`meetingFiguresSQL`), where
/// GRDB's decoding through `DatabaseValue`, and its dates through Foundation's calendar, cost
/// more than SQLite took to find the rows. A value of another type than asked for never traps:
/// NULL reads as 0 or empty where a value is required, as the schema's constraints promise it
/// is not.
struct SQLiteRow {
    let statement: SQLiteStatement
    /// GRDB's row over the same statement, for a date in a form other than dialoog writes.
    let row: Row

    init(_ statement: SQLiteStatement, row: Row) {
        self.statement = statement
        self.row = row
    }

    func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement, CInt(index)) == SQLITE_NULL
    }

    func int(_ index: Int) -> Int {
        Int(sqlite3_column_int64(statement, CInt(index)))
    }

    func optionalInt(_ index: Int) -> Int? {
        isNull(index) ? nil : int(index)
    }

    func bool(_ index: Int) -> Bool {
        sqlite3_column_int64(statement, CInt(index)) != 0
    }

    func text(_ index: Int) -> String {
        optionalText(index) ?? ""
    }

    func optionalText(_ index: Int) -> String? {
        guard let bytes = sqlite3_column_text(statement, CInt(index)) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, CInt(index)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Whether the text at `index` is `text`, byte for byte, without making a string of it.
    func textEquals(_ index: Int, _ text: String) -> Bool {
        guard let bytes = sqlite3_column_text(statement, CInt(index)) else { return false }
        let count = Int(sqlite3_column_bytes(statement, CInt(index)))
        return text.utf8.elementsEqual(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A date as GRDB stores it, `2026-11-30 19:00:00.000` in UTC, read by hand when it is a
    /// whole second; any other form (fractions, a `T`, a number) is left to GRDB, so both
    /// read every value alike.
    func date(_ index: Int) -> Date? {
        guard let bytes = sqlite3_column_text(statement, CInt(index)) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, CInt(index)))
        let text = UnsafeBufferPointer(start: bytes, count: count)
        return Self.wholeSecond(text) ?? row[index]
    }

    /// `YYYY-MM-DD HH:MM:SS` with nothing or `.000` after it, as seconds since 1970 in UTC;
    /// nil for any other form.
    static func wholeSecond(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        guard text.count == 19 || (text.count == 23 && text[19] == 0x2E && text[20...22].allSatisfy { $0 == 0x30 }),
            text[4] == 0x2D, text[7] == 0x2D, text[10] == 0x20, text[13] == 0x3A, text[16] == 0x3A
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(text[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60,
            day <= daysIn(month: month, year: year)
        else { return nil }
        let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The positions of a statement's columns by name, found once before its rows are read by
/// position (`SQLiteRow`). A column the reader needs and the statement lacks is refused.
struct ColumnPositions {
    private let positions: [String: Int]
    private let what: String

    /// `names` are the statement's columns; `what` names its rows in the refusal.
    init(_ names: [String], of what: String) {
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        (self.positions, self.what) = (positions, what)
    }

    func callAsFunction(_ name: String) throws -> Int {
        guard let index = positions[name] else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "\(what) without column \(name)")
        }
        return index
    }
}

import DialoogCore
import Foundation

/// `dialoog report --format csv`: one row per meeting, with stable English column names
/// (documented in the README) and RFC 4180 quoting: a cell with a comma, a double quote or a
/// line break is put in double quotes, its quotes doubled; lines end in CRLF. An empty cell is
/// a value that is not known (no evaluation, no headcount). No names of anyone: series names
/// are the group's, and nothing else in a row is text.
///
/// Text cells are neutralised as OWASP describes for CSV injection: a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in front and is quoted,
/// so a spreadsheet shows it as text instead of running it as a formula. Only text cells:
/// a figure dialoog writes (`.number`) stays a number, even a negative one, since it is
/// dialoog's own and never a formula. Other control characters in a text cell are written
/// out by `SafeText` (`\u{1B}`), as in every output of the command line.
package enum CSVReport {
    /// A cell: text, a number (nil when not known), a yes/no, a local calendar day
    /// (`2026-11-30`) or a list of stored values separated by spaces. The last two are text in
    /// every format; the CSV writes them without making the string first.
    enum Cell {
        case text(String?)
        case number(Int?)
        case flag(Bool)
        case day(Date?)
        case words([String])

        /// A day or a list as the text it stands for; any other cell as it is.
        func asText(_ calendar: LocalCalendar) -> Cell {
            switch self {
            case .day(let date): .text(date.map { isoDay($0, calendar) })
            case .words(let words): .text(words.joined(separator: " "))
            case .text, .number, .flag: self
            }
        }
    }

    /// A column and its cell of a meeting. A struct rather than a tuple: a closure kept in a
    /// tuple in an array is called through a thunk that copied the whole meeting, retaining
    /// each of its strings, for each of its 51 cells.
    struct Field: Sendable {
        let column: String
        let cell: @Sendable (MeetingFigures, LocalCalendar) -> Cell

        init(_ column: String, _ cell: @escaping @Sendable (MeetingFigures, LocalCalendar) -> Cell) {
            (self.column, self.cell) = (column, cell)
        }
    }

    /// The columns in order, each with its cell of a meeting; the JSON report's meetings use
    /// the same table. Renaming or reordering a column breaks people's spreadsheets: add new
    /// columns at the end.
    static let fields: [Field] = [
        Field("series_id", { m, _ in .text(m.seriesId) }), Field("series_name", { m, _ in .text(m.seriesName) }),
        Field("organisation", { m, _ in .text(m.organisation) }), Field("method", { m, _ in .text(m.methodId) }),
        Field("municipality", { m, _ in .text(m.municipality) }), Field("demo", { m, _ in .flag(m.demo) }),
        Field("meeting_id", { m, _ in .text(m.meetingId) }), Field("meeting_number", { m, _ in .number(m.number) }),
        Field("meeting_kind", { m, _ in .text(m.kind.rawValue) }),
        Field("date", { m, _ in .day(m.date) }),
        Field("state", { m, _ in .text(m.state.rawValue) }), Field("expected", { m, _ in .number(m.expected) }),
        Field("attendance", { m, _ in .number(m.attendance) }),
        Field("participants", { m, _ in .number(m.participants) }),
        Field("speakers", { m, _ in .number(m.speakers) }),
        Field("professionals", { m, _ in .number(m.professionals) }),
        Field("observers", { m, _ in .number(m.observers) }), Field("count_only", { m, _ in .flag(m.countOnly) }),
        Field("headcount", { m, _ in .number(m.headcount) }), Field("prompts_used", { m, _ in .number(m.promptsUsed) }),
        Field("prompts_unplanned", { m, _ in .number(m.promptsUnplanned) }),
        Field("prompts_landed", { m, _ in .number(m.promptsLanded) }),
        Field("raised_themes", { m, _ in .number(m.raisedThemes) }),
        Field("signals", { m, _ in .number(m.signals.total) }),
        Field("signals_help_card", { m, _ in .number(m.signals.helpCard) }),
        Field("signals_warm", { m, _ in .number(m.signals.warm) }),
        Field("signals_acute", { m, _ in .number(m.signals.acute) }),
        Field("signals_private_talk", { m, _ in .number(m.signals.privateTalk) }),
        Field("signals_coordinator", { m, _ in .number(m.signals.coordinator) }),
        Field("signals_advice_call", { m, _ in .number(m.signals.adviceCall) }),
        Field("evaluated", { m, _ in .flag(m.evaluated) }), Field("atmosphere", { m, _ in .number(m.atmosphere) }),
        Field("safety", { m, _ in .number(m.safety) }), Field("openness", { m, _ in .number(m.openness) }),
        Field("resistance_moments", { m, _ in .number(m.resistanceMoments) }),
        Field("useful_yes", { m, _ in .number(m.useful.yes) }),
        Field("useful_partly", { m, _ in .number(m.useful.partly) }),
        Field("useful_no", { m, _ in .number(m.useful.no) }), Field("heard_yes", { m, _ in .number(m.heard.yes) }),
        Field("heard_partly", { m, _ in .number(m.heard.partly) }), Field("heard_no", { m, _ in .number(m.heard.no) }),
        Field("agreements", { m, _ in .number(m.evaluated ? m.agreements : nil) }),
        Field("collaboration", { m, _ in .number(m.collaboration) }),
        Field("volunteer_hours", { m, _ in .number(m.volunteerHours) }),
        Field("expenses_euros", { m, _ in .number(m.expenses) }),
        // How many were written, never what: the wordings leave only as released in the report.
        Field("recommendations", { m, _ in .number(m.evaluated ? m.recommendations : nil) }),
        // The parts of a counted meeting's headcount (empty for a named meeting or a part not counted).
        Field("women", { m, _ in .number(m.women) }), Field("men", { m, _ in .number(m.men) }),
        Field("young", { m, _ in .number(m.young) }),
        // The series' venue, languages and target groups, repeated on each of its meetings;
        // a list is its stored values separated by spaces.
        Field("venue", { m, _ in .text(m.venue) }),
        Field("languages", { m, _ in .words(m.languages) }), Field("target_groups", { m, _ in .words(m.groups) }),
    ]

    /// The header, in order.
    package static let columns = fields.map(\.column)

    /// How the file is written: the plain CSV every program reads, or the variant Dutch Excel
    /// and LibreOffice open right with a double click (`--excel`): a byte-order mark that says
    /// UTF-8, semicolons between cells (a Dutch spreadsheet reads the comma as the decimal
    /// sign), and above the table the rows that say what produced the file.
    package enum Dialect: Equatable, Sendable {
        case standard
        /// `about` are label and value rows written above the table, each a row of two cells.
        case excel(about: [[String]])

        var separator: UInt8 { self == .standard ? 0x2C : 0x3B }
    }

    /// The whole file: the header and one row per meeting.
    package static func render(
        _ meetings: [MeetingFigures], calendar: LocalCalendar, dialect: Dialect = .standard
    ) -> String {
        String(decoding: bytes(meetings, calendar: calendar, dialect: dialect), as: UTF8.self)
    }

    /// The whole file as UTF-8, written byte by byte: at 10,000 meetings, half a million cells
    /// appended to a `String` took longer than reading them from the store.
    static func bytes(_ meetings: [MeetingFigures], calendar: LocalCalendar, dialect: Dialect) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((meetings.count + 1) * 260)
        let separator = dialect.separator
        if case .excel(let about) = dialect {
            out += [0xEF, 0xBB, 0xBF]
            for row in about {
                for (index, cell) in row.enumerated() {
                    if index > 0 { out.append(separator) }
                    append(cell, to: &out, separator: separator)
                }
                out += [0x0D, 0x0A]
            }
            if !about.isEmpty { out += [0x0D, 0x0A] }
        }
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(separator) }
            out += column.utf8
        }
        out += [0x0D, 0x0A]
        // Each meeting is read where it lies: copying it out of the array for the loop retained
        // and released each of its strings.
        meetings.withUnsafeBufferPointer { meetings in
            for row in meetings.indices {
                appendRow(meetings[row], to: &out, calendar: calendar, separator: separator)
            }
        }
        return out
    }

    /// One meeting's cells and the line's end.
    private static func appendRow(
        _ meeting: borrowing MeetingFigures, to out: inout [UInt8], calendar: LocalCalendar, separator: UInt8
    ) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(separator) }
            switch field.cell(meeting, calendar) {
            case .text(let value?): append(value, to: &out, separator: separator)
            case .number(let value?): appendNumber(value, to: &out)
            case .flag(let value): out += value ? "true".utf8 : "false".utf8
            case .day(let date?): appendDay(date, calendar, to: &out)
            case .words(let words) where words.count == 1: append(words[0], to: &out, separator: separator)
            case .words(let words): append(words.joined(separator: " "), to: &out, separator: separator)
            case .text(nil), .number(nil), .day(nil): break
            }
        }
        out += [0x0D, 0x0A]
    }

    /// A text cell, in double quotes with its quotes doubled when it holds the separator (a
    /// comma, or a semicolon for Excel), a quote or a line break, or starts with a single quote
    /// (`neutralised` puts one there). Bytes, not characters: none of these is ever part of
    /// another character. A cell with none of them and no control character (the ids, names
    /// and codes of nearly every row) is copied as it is.
    static func append(_ raw: String, to out: inout [UInt8], separator: UInt8 = 0x2C) {
        var raw = raw
        let plain = raw.withUTF8 { bytes in
            if let first = bytes.first, startsFormula(first) || first == 0x27 { return false }
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == separator || byte == 0x22 {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        let cell = neutralised(SafeText.escaped(raw, keeping: ["\t", "\r"]))
        if cell.utf8.first == 0x27
            || cell.utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        {
            out.append(0x22)
            for byte in cell.utf8 {
                out.append(byte)
                if byte == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        } else {
            out += cell.utf8
        }
    }

    /// A local calendar day, `2026-11-30`, as `isoDay` writes it.
    static func appendDay(_ date: Date, _ calendar: LocalCalendar, to out: inout [UInt8]) {
        let p = calendar.parts(of: date)
        guard (1000...9999).contains(p.year) else {
            out += ReportText.isoDay(year: p.year, month: p.month, day: p.day).utf8
            return
        }
        for (value, width) in [(p.year, 4), (p.month, 2), (p.day, 2)] {
            if width == 2 { out.append(0x2D) }
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                out.append(0x30 + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
    }

    /// A whole number in decimal digits: a single digit, the most common figure, as its byte.
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        if (0...9).contains(value) {
            out.append(0x30 + UInt8(value))
        } else {
            out += String(value).utf8
        }
    }

    /// Whether a cell that starts with `byte` is read as a formula by a spreadsheet (OWASP):
    /// `=`, `+`, `-`, `@`, a tab or a carriage return.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: true
        default: false
        }
    }

    /// `cell` with a single quote in front when it starts like a formula; `append` then quotes
    /// it, so the quote is part of the text a CSV reader gets back.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.utf8.first, startsFormula(first) else { return cell }
        return "'" + cell
    }

    /// A local calendar day, `2026-11-30`.
    static func isoDay(_ date: Date, _ calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        return ReportText.isoDay(year: p.year, month: p.month, day: p.day)
    }
}

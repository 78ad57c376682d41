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
    /// A cell: text, a number (nil when not known) or a yes/no.
    enum Cell {
        case text(String?)
        case number(Int?)
        case flag(Bool)
    }

    /// The columns in order, each with its cell of a meeting; the JSON report's meetings use
    /// the same table. Renaming or reordering a column breaks people's spreadsheets: add new
    /// columns at the end.
    static let fields: [(column: String, cell: @Sendable (MeetingFigures, LocalCalendar) -> Cell)] = [
        ("series_id", { m, _ in .text(m.seriesId) }), ("series_name", { m, _ in .text(m.seriesName) }),
        ("organisation", { m, _ in .text(m.organisation) }), ("method", { m, _ in .text(m.methodId) }),
        ("municipality", { m, _ in .text(m.municipality) }), ("demo", { m, _ in .flag(m.demo) }),
        ("meeting_id", { m, _ in .text(m.meetingId) }), ("meeting_number", { m, _ in .number(m.number) }),
        ("meeting_kind", { m, _ in .text(m.kind.rawValue) }),
        ("date", { m, calendar in .text(m.date.map { isoDay($0, calendar) }) }),
        ("state", { m, _ in .text(m.state.rawValue) }), ("expected", { m, _ in .number(m.expected) }),
        ("attendance", { m, _ in .number(m.attendance) }), ("participants", { m, _ in .number(m.participants) }),
        ("speakers", { m, _ in .number(m.speakers) }), ("professionals", { m, _ in .number(m.professionals) }),
        ("observers", { m, _ in .number(m.observers) }), ("count_only", { m, _ in .flag(m.countOnly) }),
        ("headcount", { m, _ in .number(m.headcount) }), ("prompts_used", { m, _ in .number(m.promptsUsed) }),
        ("prompts_unplanned", { m, _ in .number(m.promptsUnplanned) }),
        ("prompts_landed", { m, _ in .number(m.promptsLanded) }),
        ("raised_themes", { m, _ in .number(m.raisedThemes) }), ("signals", { m, _ in .number(m.signals.total) }),
        ("signals_help_card", { m, _ in .number(m.signals.helpCard) }),
        ("signals_warm", { m, _ in .number(m.signals.warm) }), ("signals_acute", { m, _ in .number(m.signals.acute) }),
        ("signals_private_talk", { m, _ in .number(m.signals.privateTalk) }),
        ("signals_coordinator", { m, _ in .number(m.signals.coordinator) }),
        ("signals_advice_call", { m, _ in .number(m.signals.adviceCall) }),
        ("evaluated", { m, _ in .flag(m.evaluated) }), ("atmosphere", { m, _ in .number(m.atmosphere) }),
        ("safety", { m, _ in .number(m.safety) }), ("openness", { m, _ in .number(m.openness) }),
        ("resistance_moments", { m, _ in .number(m.resistanceMoments) }),
        ("useful_yes", { m, _ in .number(m.useful.yes) }), ("useful_partly", { m, _ in .number(m.useful.partly) }),
        ("useful_no", { m, _ in .number(m.useful.no) }), ("heard_yes", { m, _ in .number(m.heard.yes) }),
        ("heard_partly", { m, _ in .number(m.heard.partly) }), ("heard_no", { m, _ in .number(m.heard.no) }),
        ("agreements", { m, _ in .number(m.evaluated ? m.agreements : nil) }),
        ("collaboration", { m, _ in .number(m.collaboration) }),
        ("volunteer_hours", { m, _ in .number(m.volunteerHours) }),
        ("expenses_euros", { m, _ in .number(m.expenses) }),
        // How many were written, never what: the wordings leave only as released in the report.
        ("recommendations", { m, _ in .number(m.evaluated ? m.recommendations : nil) }),
        // The parts of a counted meeting's headcount (empty for a named meeting or a part not counted).
        ("women", { m, _ in .number(m.women) }), ("men", { m, _ in .number(m.men) }),
        ("young", { m, _ in .number(m.young) }),
        // The series' venue, languages and target groups, repeated on each of its meetings;
        // a list is its stored values separated by spaces.
        ("venue", { m, _ in .text(m.venue) }),
        ("languages", { m, _ in .text(m.languages.joined(separator: " ")) }),
        ("target_groups", { m, _ in .text(m.groups.joined(separator: " ")) }),
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
        for meeting in meetings {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(separator) }
                switch field.cell(meeting, calendar) {
                case .text(let value?): append(value, to: &out, separator: separator)
                case .number(let value?): appendNumber(value, to: &out)
                case .flag(let value): out += value ? "true".utf8 : "false".utf8
                case .text(nil), .number(nil): break
                }
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// A text cell, in double quotes with its quotes doubled when it holds the separator (a
    /// comma, or a semicolon for Excel), a quote or a line break, or starts with a single quote
    /// (`neutralised` puts one there). Bytes, not characters: none of these is ever part of
    /// another character. A cell with none of them and no control character (the ids, names
    /// and codes of nearly every row) is copied as it is.
    static func append(_ raw: String, to out: inout [UInt8], separator: UInt8 = 0x2C) {
        let plain =
            (raw.utf8.first.map { !formulaStarts.contains($0) && $0 != 0x27 } ?? true)
            && !raw.utf8.contains(where: {
                $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == separator || $0 == 0x22
            })
        if plain {
            out += raw.utf8
            return
        }
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

    /// A whole number in decimal digits: a single digit, the most common figure, as its byte.
    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        if (0...9).contains(value) {
            out.append(0x30 + UInt8(value))
        } else {
            out += String(value).utf8
        }
    }

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP).
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// `cell` with a single quote in front when it starts like a formula; `append` then quotes
    /// it, so the quote is part of the text a CSV reader gets back.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.utf8.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    /// A local calendar day, `2026-11-30`.
    static func isoDay(_ date: Date, _ calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        return ReportText.isoDay(year: p.year, month: p.month, day: p.day)
    }
}

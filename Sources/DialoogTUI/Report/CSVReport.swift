import DialoogCore
import Foundation

/// `dialoog report --format csv`: one row per meeting, with stable English column names
/// (documented in the README) and RFC 4180 quoting, lines ending in CRLF. An empty cell is
/// a value that is not known (no evaluation, no headcount). No names of anyone: series names
/// are the group's, and nothing else in a row is text.
package enum CSVReport {
    /// The header, in order. Renaming or reordering a column breaks people's spreadsheets:
    /// add new columns at the end.
    package static let columns = [
        "series_id", "series_name", "organisation", "method", "municipality", "demo", "meeting_id", "meeting_number",
        "meeting_kind", "date", "state", "expected", "attendance", "participants", "speakers", "professionals",
        "observers", "count_only", "headcount", "prompts_used", "prompts_unplanned", "prompts_landed",
        "raised_themes", "signals", "signals_help_card", "signals_warm", "signals_acute", "evaluated", "atmosphere",
        "safety", "openness", "resistance_moments", "useful_yes", "useful_partly", "useful_no", "heard_yes",
        "heard_partly", "heard_no", "agreements",
    ]

    /// The whole file: the header and one row per meeting.
    package static func render(_ meetings: [MeetingFigures], calendar: LocalCalendar) -> String {
        var text = line(columns)
        text.reserveCapacity(meetings.count * 220)
        for meeting in meetings { text += line(row(meeting, calendar: calendar)) }
        return text
    }

    /// The cells of one meeting, in the order of `columns`.
    static func row(_ m: MeetingFigures, calendar: LocalCalendar) -> [String] {
        let number = { (value: Int?) in value.map(String.init) ?? "" }
        let date = m.date.map { date -> String in
            let p = calendar.parts(of: date)
            return ReportText.isoDay(year: p.year, month: p.month, day: p.day)
        }
        return [
            m.seriesId, m.seriesName, m.organisation, m.methodId, m.municipality ?? "", "\(m.demo)", m.meetingId,
            "\(m.number)", m.kind.rawValue, date ?? "", m.state.rawValue, number(m.expected), "\(m.attendance)",
            "\(m.participants)", "\(m.speakers)", "\(m.professionals)", "\(m.observers)", "\(m.countOnly)",
            number(m.headcount), "\(m.promptsUsed)", "\(m.promptsUnplanned)", "\(m.promptsLanded)",
            "\(m.raisedThemes)", "\(m.signals.total)", "\(m.signals.helpCard)", "\(m.signals.warm)",
            "\(m.signals.acute)", "\(m.evaluated)", number(m.atmosphere), number(m.safety), number(m.openness),
            number(m.resistanceMoments), number(m.useful.yes), number(m.useful.partly), number(m.useful.no),
            number(m.heard.yes), number(m.heard.partly), number(m.heard.no), m.evaluated ? "\(m.agreements)" : "",
        ]
    }

    static func line(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// A cell as RFC 4180 wants it: in double quotes, with its quotes doubled, when it holds
    /// a comma, a quote or a line break.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

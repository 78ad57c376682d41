import DialoogCore
import Foundation

/// The period options of `dialoog report` as moments on the local wall clock: a period from
/// its first moment to the first moment after it, a day from its midnight.
enum ReportPeriod {
    /// `2026`, `2026-Q4` (or `2026-q4`) or `2026-11`; nil when it is none of these.
    static func period(_ text: String, calendar: LocalCalendar) -> (from: Date, to: Date)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1 else { return nil }
        let months: ClosedRange<Int>
        switch parts.count {
        case 1: months = 1...12
        case 2 where parts[1].uppercased().hasPrefix("Q"):
            guard parts[1].count == 2, let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else {
                return nil
            }
            months = (quarter * 3 - 2)...(quarter * 3)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            months = month...month
        default: return nil
        }
        let next = months.upperBound == 12 ? (year + 1, 1) : (year, months.upperBound + 1)
        guard let from = calendar.date(year: year, month: months.lowerBound, day: 1, hour: 0, minute: 0),
            let to = calendar.date(year: next.0, month: next.1, day: 1, hour: 0, minute: 0)
        else { return nil }
        return (from, to)
    }

    /// `2026-11-30` as the first moment of that day; nil for anything else, such as 2026-02-30.
    static func day(_ text: String, calendar: LocalCalendar) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return calendar.date(year: year, month: month, day: day, hour: 0, minute: 0)
    }

    /// The first moment of the day after the one `midnight` begins.
    static func dayAfter(_ midnight: Date, calendar: LocalCalendar) -> Date {
        calendar.startOfDay(midnight.addingTimeInterval(36 * 3600))
    }

    /// The period before `from`..<`to`, of the same length: as many whole months back when
    /// both are the first of a month (a quarter before a quarter, December before January),
    /// else as many days back. Nil when the calendar has no such date.
    static func previous(from: Date, to: Date, calendar: LocalCalendar) -> (from: Date, to: Date)? {
        let start = calendar.parts(of: from)
        let end = calendar.parts(of: to)
        if start.day == 1, start.hour == 0, start.minute == 0, end.day == 1, end.hour == 0, end.minute == 0 {
            let months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
            let first = start.year * 12 + (start.month - 1) - months
            guard months > 0, first >= 12,
                let earlier = calendar.date(year: first / 12, month: first % 12 + 1, day: 1, hour: 0, minute: 0)
            else { return nil }
            return (earlier, from)
        }
        let days = calendar.daysBetween(from, to)
        guard days > 0, days <= 366 * 100 else { return nil }
        var earlier = from
        for _ in 0..<days { earlier = calendar.startOfDay(earlier.addingTimeInterval(-12 * 3600)) }
        return (earlier, from)
    }
}

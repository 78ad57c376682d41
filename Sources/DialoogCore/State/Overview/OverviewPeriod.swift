import Foundation

/// The periods the overzicht's filter and the coordinator's target offer, each a stretch of
/// whole local days from `from` (inclusive) to `to` (exclusive) around today.
package enum OverviewPeriod: String, CaseIterable, Equatable, Hashable, Sendable {
    case all
    case thisMonth
    case thisQuarter
    case lastQuarter
    case thisYear
    case lastYear
    /// The twelve whole months before this one (on 1 December: 1 December last year to 30
    /// November), so it never looks like a calendar year.
    case last12Months

    /// The periods a target can have: every one but "all".
    package static let targetChoices = allCases.filter { $0 != .all }

    /// Where the period begins and ends on `now`'s local calendar; nil for all time.
    package func range(now: Date, calendar: LocalCalendar) -> (from: Date, to: Date)? {
        let today = calendar.parts(of: now)
        // Months counted from year 0, so a quarter or a year back needs no special case.
        let month = today.year * 12 + today.month - 1
        let quarter = month - (today.month - 1) % 3
        let first: Int
        let count: Int
        switch self {
        case .all: return nil
        case .thisMonth: (first, count) = (month, 1)
        case .thisQuarter: (first, count) = (quarter, 3)
        case .lastQuarter: (first, count) = (quarter - 3, 3)
        case .thisYear: (first, count) = (today.year * 12, 12)
        case .lastYear: (first, count) = ((today.year - 1) * 12, 12)
        case .last12Months: (first, count) = (month - 12, 12)
        }
        guard let from = calendar.firstMoment(ofMonth: first), let to = calendar.firstMoment(ofMonth: first + count)
        else { return nil }
        return (from, to)
    }

    /// The preset whose range on `now` is exactly [from, to), if any.
    package static func matching(from: Date?, to: Date?, now: Date, calendar: LocalCalendar) -> OverviewPeriod? {
        allCases.first { period in
            let range = period.range(now: now, calendar: calendar)
            return range?.from == from && range?.to == to
        }
    }
}

extension LocalCalendar {
    /// Local midnight of the first day of a month counted from year 0 (`year * 12 + month - 1`).
    package func firstMoment(ofMonth index: Int) -> Date? {
        let year = Int((Double(index) / 12).rounded(.down))
        let month = index - year * 12 + 1
        // Midnight may not exist where the clocks go forward at midnight: the day's first hour.
        for hour in 0...23 {
            if let date = date(year: year, month: month, day: 1, hour: hour, minute: 0) { return date }
        }
        return nil
    }
}

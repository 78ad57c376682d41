import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall-clock time: the machine's own zone through the C library (which honours `TZ` and
/// /etc/localtime like every other program), or a fixed offset for tests. Foundation's
/// time zones load ICU's zone data, which alone costs more memory than dialoog's target.
package enum LocalCalendar: Equatable, Hashable, Sendable {
    case system
    case fixedOffset(seconds: Int)

    /// The fields of a date on the wall clock. `weekday` runs from 1 (Sunday) to 7.
    package struct Parts: Equatable, Sendable {
        package var year, month, day, hour, minute, second, weekday: Int

        package init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
            (self.year, self.month, self.day) = (year, month, day)
            (self.hour, self.minute, self.second, self.weekday) = (hour, minute, second, weekday)
        }
    }

    package func parts(of date: Date) -> Parts {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        switch self {
        case .system:
            var time = time_t(seconds)
            var fields = tm()
            localtime_r(&time, &fields)
            return Parts(
                year: Int(fields.tm_year) + 1900, month: Int(fields.tm_mon) + 1, day: Int(fields.tm_mday),
                hour: Int(fields.tm_hour), minute: Int(fields.tm_min), second: Int(fields.tm_sec),
                weekday: Int(fields.tm_wday) + 1)
        case .fixedOffset(let offset):
            let local = seconds + offset
            let days = Int((Double(local) / 86_400).rounded(.down))
            let (year, month, day) = Self.civil(fromDays: days)
            let rest = local - days * 86_400
            return Parts(
                year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60,
                weekday: ((days % 7 + 7) % 7 + 4) % 7 + 1)
        }
    }

    /// Local midnight of the day `date` falls on (the first moment of that day, should
    /// midnight itself not exist there).
    package func startOfDay(_ date: Date) -> Date {
        let day = parts(of: date)
        for hour in 0...23 {
            if let start = self.date(year: day.year, month: day.month, day: day.day, hour: hour, minute: 0) {
                return start
            }
        }
        return date
    }

    /// The date at a wall-clock time, or nil when that time does not exist (31 June, or
    /// an hour skipped by daylight saving time).
    package func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
            (0...59).contains(minute),
            (0...59).contains(second)
        else { return nil }
        let result: Date
        switch self {
        case .system:
            var fields = tm()
            fields.tm_year = Int32(year - 1900)
            fields.tm_mon = Int32(month - 1)
            fields.tm_mday = Int32(day)
            fields.tm_hour = Int32(hour)
            fields.tm_min = Int32(minute)
            fields.tm_sec = Int32(second)
            fields.tm_isdst = -1
            result = Date(timeIntervalSince1970: TimeInterval(mktime(&fields)))
        case .fixedOffset(let offset):
            let days = Self.days(year: year, month: month, day: day)
            result = Date(
                timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second - offset))
        }
        // mktime and the arithmetic both normalise (31 June becomes 1 July): refuse that.
        let back = parts(of: result)
        guard back.year == year, back.month == month, back.day == day, back.hour == hour, back.minute == minute
        else { return nil }
        return result
    }

    /// Calendar days from `from` to `to` on the wall clock (0 for the same day, 1 for tomorrow).
    package func daysBetween(_ from: Date, _ to: Date) -> Int {
        let a = parts(of: from)
        let b = parts(of: to)
        return Self.days(year: b.year, month: b.month, day: b.day) - Self.days(year: a.year, month: a.month, day: a.day)
    }

    // MARK: - Days since 1970-01-01 (Howard Hinnant's civil-date algorithms)

    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

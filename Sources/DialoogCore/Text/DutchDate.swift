import Foundation

/// A date and time typed as the Dutch write them: `7-12-2026 19:30`, `7-12 19:30`,
/// `di 22 dec 19.30`, `22 december 2026`, or ISO (`2026-12-22 19:30`, `2026-12-22T19:30`).
/// A weekday, when given, must be the date's; a date without a year is its next occurrence
/// from today; the time may be left out when the caller has one to fall back on.
package struct DutchDate: Equatable, Sendable {
    package var year, month, day: Int
    /// Nil when no time was typed.
    package var hour, minute: Int?

    package enum Problem: Error, Equatable, Sendable {
        case empty
        /// A word that is neither a weekday, a month, a date nor a time.
        case unknownWord(String)
        /// No day and month in what was typed.
        case missingDate
        /// Day, month and year that no calendar has (31-11, 29-2-2027, month 13).
        case noSuchDate(day: Int, month: Int, year: Int?)
        /// A time outside 0:00-23:59 (24:00 included), or written oddly.
        case badTime(String)
        /// The weekday typed is not the date's; weekdays run from 1 (Sunday) to 7.
        case weekdayMismatch(typed: Int, actual: Int)
        /// No time typed, and none to fall back on.
        case missingTime
        /// A wall-clock time that does not exist there (skipped by daylight saving time).
        case noSuchTime
    }

    /// Reads `text`; `today` (on `calendar`) decides the year when none is typed.
    package static func parse(_ text: String, today: Date, calendar: LocalCalendar) -> Result<DutchDate, Problem> {
        let words =
            text.lowercased().replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        // `T` only as ISO's separator between a date and a time: "2026-12-22T19:30".
        let tokens = words.flatMap { word -> [String] in
            let parts = word.split(separator: "t", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0].contains("-"), parts[1].contains(":") { return parts }
            return [word]
        }
        guard !tokens.isEmpty else { return .failure(.empty) }
        var weekday: Int?
        var numbers: (day: Int, month: Int, year: Int?)?
        var monthNamed: Int?
        var loose: [Int] = []
        var time: (hour: Int, minute: Int)?
        for token in tokens {
            var word = token.hasSuffix(".") && !token.dropLast().contains(".") ? String(token.dropLast()) : token
            if word == "om" || word == "uur" || word == "u" { continue }
            // "19:30u", "19.30u": the u of uur.
            if word.hasSuffix("u"), word.count > 1,
                word.dropLast().allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." })
            {
                word.removeLast()
            }
            let dots = word.filter { $0 == "." }.count
            if let day = weekdays[word] {
                weekday = day
            } else if let month = months[word] {
                monthNamed = month
            } else if word.contains(":") || (dots == 1 && word.allSatisfy({ $0.isNumber || $0 == "." })) {
                guard time == nil, let parsed = clock(word) else { return .failure(.badTime(token)) }
                time = parsed
            } else if word.contains("-") || word.contains("/") || dots == 2 {
                guard numbers == nil, let parsed = dayMonthYear(word) else { return .failure(.unknownWord(token)) }
                numbers = parsed
            } else if word.allSatisfy(\.isNumber), word.count <= 4, let number = Int(word) {
                loose.append(number)
            } else {
                return .failure(.unknownWord(token))
            }
        }
        // "22 december 2026", "22 dec": a day, the month's name, perhaps a year.
        if let month = monthNamed {
            guard numbers == nil, let day = loose.first, loose.count <= 2 else {
                return .failure(numbers == nil ? .missingDate : .unknownWord(String(loose.last ?? 0)))
            }
            numbers = (day, month, loose.count == 2 ? loose[1] : nil)
        } else if let extra = loose.first {
            return .failure(numbers == nil ? .missingDate : .unknownWord(String(extra)))
        }
        guard let (day, month, typedYear) = numbers else { return .failure(.missingDate) }
        guard (1...12).contains(month), (1...31).contains(day) else {
            return .failure(.noSuchDate(day: day, month: month, year: typedYear))
        }
        let year: Int
        if let typedYear {
            year = typedYear < 100 ? 2000 + typedYear : typedYear
            guard exists(day, month, year, calendar) else {
                return .failure(.noSuchDate(day: day, month: month, year: year))
            }
        } else {
            // The next time the day comes, today included; 29 February waits for a leap year.
            let now = calendar.parts(of: today)
            let candidates = (now.year...(now.year + 8)).filter { exists(day, month, $0, calendar) }
            guard
                let next = candidates.first(where: {
                    ($0, month, day) >= (now.year, now.month, now.day)
                })
            else { return .failure(.noSuchDate(day: day, month: month, year: nil)) }
            year = next
        }
        if let weekday {
            let actual = self.weekday(year: year, month: month, day: day, calendar: calendar)
            guard actual == weekday else { return .failure(.weekdayMismatch(typed: weekday, actual: actual)) }
        }
        return .success(DutchDate(year: year, month: month, day: day, hour: time?.hour, minute: time?.minute))
    }

    /// The moment, with `fallback` (hour, minute) when no time was typed.
    package func date(calendar: LocalCalendar, fallback: (hour: Int, minute: Int)? = nil) -> Result<Date, Problem> {
        guard let hour = hour ?? fallback?.hour, let minute = minute ?? fallback?.minute else {
            return .failure(.missingTime)
        }
        guard let date = calendar.date(year: year, month: month, day: day, hour: hour, minute: minute) else {
            return .failure(.noSuchTime)
        }
        return .success(date)
    }

    /// Reads `text` and makes it a moment in one go.
    package static func moment(
        _ text: String, today: Date, calendar: LocalCalendar, fallback: (hour: Int, minute: Int)? = nil
    ) -> Result<Date, Problem> {
        parse(text, today: today, calendar: calendar).flatMap { $0.date(calendar: calendar, fallback: fallback) }
    }

    /// The weekday of a date, 1 (Sunday) to 7.
    package static func weekday(year: Int, month: Int, day: Int, calendar: LocalCalendar) -> Int {
        let noon = calendar.date(year: year, month: month, day: day, hour: 12, minute: 0)
        return noon.map { calendar.parts(of: $0).weekday } ?? 0
    }

    // MARK: - The parts

    private static func exists(_ day: Int, _ month: Int, _ year: Int, _ calendar: LocalCalendar) -> Bool {
        calendar.date(year: year, month: month, day: day, hour: 12, minute: 0) != nil
    }

    /// `19:30`, `19.30`, `9:05`; 24:00 and 19:60 are not times.
    private static func clock(_ word: String) -> (hour: Int, minute: Int)? {
        let parts = word.split(separator: word.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return (hour, minute)
    }

    /// `7-12-2026`, `7-12`, `7/12/26`, `7.12.2026`, or ISO's `2026-12-07`.
    private static func dayMonthYear(_ word: String) -> (day: Int, month: Int, year: Int?)? {
        let separator: Character = word.contains("-") ? "-" : word.contains("/") ? "/" : "."
        let parts = word.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        if parts[0].count == 4 {
            guard numbers.count == 3 else { return nil }
            return (numbers[2], numbers[1], numbers[0])
        }
        guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        if numbers.count == 3 {
            guard parts[2].count == 2 || parts[2].count == 4 else { return nil }
            return (numbers[0], numbers[1], numbers[2])
        }
        return (numbers[0], numbers[1], nil)
    }

    /// Dutch weekday names and their short forms, and the English ones; 1 is Sunday.
    private static let weekdays: [String: Int] = {
        let names: [(Int, [String])] = [
            (2, ["ma", "maandag", "mon", "monday"]), (3, ["di", "dinsdag", "tue", "tues", "tuesday"]),
            (4, ["wo", "woensdag", "wed", "wednesday"]), (5, ["do", "donderdag", "thu", "thurs", "thursday"]),
            (6, ["vr", "vrijdag", "fri", "friday"]), (7, ["za", "zaterdag", "sat", "saturday"]),
            (1, ["zo", "zondag", "sun", "sunday"]),
        ]
        return Dictionary(uniqueKeysWithValues: names.flatMap { day, words in words.map { ($0, day) } })
    }()

    /// Dutch month names and their short forms (`mrt` and `mar` both), and the English ones.
    private static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["jan", "januari", "january"]), (2, ["feb", "februari", "february"]),
            (3, ["mrt", "maa", "mar", "maart", "march"]), (4, ["apr", "april"]), (5, ["mei", "may"]),
            (6, ["jun", "juni", "june"]), (7, ["jul", "juli", "july"]), (8, ["aug", "augustus", "august"]),
            (9, ["sep", "sept", "september"]), (10, ["okt", "oct", "oktober", "october"]),
            (11, ["nov", "november"]), (12, ["dec", "december"]),
        ]
        return Dictionary(uniqueKeysWithValues: names.flatMap { month, words in words.map { ($0, month) } })
    }()
}

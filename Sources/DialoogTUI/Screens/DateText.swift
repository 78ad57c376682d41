import DialoogCore
import Foundation

/// Dates as a gespreksleider reads them: "vandaag 19:30", "morgen 19:30", "di 1 dec 19:30",
/// with the year only when it is not this year.
package enum DateText {
    package static func meeting(_ date: Date, now: Date, timeZone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let time = clock(date, timeZone: timeZone)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day
        if days == 0 { return "\(Text.today.localized(language)) \(time)" }
        if days == 1 { return "\(Text.tomorrow.localized(language)) \(time)" }
        return "\(day(date, now: now, timeZone: timeZone, language: language)) \(time)"
    }

    /// "di 1 dec", or "di 1 dec 2027" in another year.
    package static func day(_ date: Date, now: Date, timeZone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        let thisYear = calendar.component(.year, from: now)
        let weekday = Text.weekday(parts.weekday ?? 1).localized(language)
        let month = Text.month(parts.month ?? 1).localized(language)
        let year = parts.year == thisYear ? "" : " \(parts.year ?? thisYear)"
        return "\(weekday) \(parts.day ?? 1) \(month)\(year)"
    }

    /// "19:30".
    package static func clock(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}

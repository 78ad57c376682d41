import DialoogCore
import Foundation

/// Dates as a gespreksleider reads them: "vandaag 19:30", "morgen 19:30", "di 1 dec 19:30",
/// with the year only when it is not this year.
package enum DateText {
    package static func meeting(_ date: Date, now: Date, calendar: LocalCalendar, language: Language) -> String {
        let time = clock(date, calendar: calendar)
        switch calendar.daysBetween(now, date) {
        case 0: return "\(LibraryText.today.localized(language)) \(time)"
        case 1: return "\(LibraryText.tomorrow.localized(language)) \(time)"
        default: return "\(day(date, now: now, calendar: calendar, language: language)) \(time)"
        }
    }

    /// "di 1 dec", or "di 1 dec 2027" in another year.
    package static func day(_ date: Date, now: Date, calendar: LocalCalendar, language: Language) -> String {
        let parts = calendar.parts(of: date)
        let weekday = LibraryText.weekday(parts.weekday).localized(language)
        let month = LibraryText.month(parts.month).localized(language)
        let year = parts.year == calendar.parts(of: now).year ? "" : " \(parts.year)"
        return "\(weekday) \(parts.day) \(month)\(year)"
    }

    /// "19:30".
    package static func clock(_ date: Date, calendar: LocalCalendar) -> String {
        let parts = calendar.parts(of: date)
        return (parts.hour < 10 ? "0" : "") + "\(parts.hour):" + (parts.minute < 10 ? "0" : "") + "\(parts.minute)"
    }

    /// "ma 7 dec 2026 04:38": when a document was made, always with the year.
    package static func stamp(_ date: Date, calendar: LocalCalendar, language: Language) -> String {
        let parts = calendar.parts(of: date)
        let weekday = LibraryText.weekday(parts.weekday).localized(language)
        let month = LibraryText.month(parts.month).localized(language)
        return "\(weekday) \(parts.day) \(month) \(parts.year) " + clock(date, calendar: calendar)
    }
}

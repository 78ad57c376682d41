import DialoogCore
import DialoogPrint
import Foundation

/// Figures and dates as the overzicht writes them: "3,8" in Dutch and "3.8" in English,
/// "71%", "1 okt–31 dec".
enum OverviewFormat {
    /// One decimal, with the language's decimal sign.
    static func decimal(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(language == .nl ? "," : ".")\(abs(tenths % 10))"
    }

    /// `part` of `whole` in whole percent; nil when there is no whole.
    static func percent(_ part: Int, of whole: Int) -> Int? {
        whole > 0 ? Int((Double(part) / Double(whole) * 100).rounded()) : nil
    }

    /// "1 okt", or "1 okt 2025" in another year than today's.
    static func day(_ date: Date, _ state: AppState) -> String {
        let parts = state.calendar.parts(of: date)
        let month = LibraryText.month(parts.month).localized(state.language)
        let year = parts.year == state.calendar.parts(of: state.now).year ? "" : " \(parts.year)"
        return "\(parts.day) \(month)\(year)"
    }

    /// A period from `from` up to `to` (exclusive) as its first and last day: "1 okt–31 dec".
    static func period(from: Date, to: Date, _ state: AppState) -> String {
        OverviewWords.range(from: day(from, state), through: day(to.addingTimeInterval(-1), state))
            .localized(state.language)
    }

    /// The first and last date of a series: "10 nov–8 dec", one day, or a dash.
    static func dates(_ first: Date?, _ last: Date?, _ state: AppState) -> String {
        guard let first else { return "–" }
        guard let last, state.calendar.daysBetween(first, last) != 0 else { return day(first, state) }
        return OverviewWords.range(from: day(first, state), through: day(last, state)).localized(state.language)
    }
}

extension OverviewFormat {
    /// A series' dates for a table column: "10 nov–8 dec" this year, months with a short year
    /// otherwise ("feb–mrt '25", "nov '25–jan '26"), so older series fit the column too.
    static func tableDates(_ first: Date?, _ last: Date?, _ state: AppState) -> String {
        guard let first else { return "–" }
        let last = last ?? first
        let thisYear = state.calendar.parts(of: state.now).year
        let a = state.calendar.parts(of: first)
        let b = state.calendar.parts(of: last)
        if a.year == thisYear && b.year == thisYear { return dates(first, last, state) }
        func month(_ parts: LocalCalendar.Parts) -> String { LibraryText.month(parts.month).localized(state.language) }
        func year(_ parts: LocalCalendar.Parts) -> String { " '" + String(format: "%02d", parts.year % 100) }
        if a.year == b.year {
            let months = a.month == b.month ? month(a) : "\(month(a))–\(month(b))"
            return months + year(a)
        }
        return month(a) + year(a) + "–" + month(b) + year(b)
    }
}

import DialoogCore
import Foundation

/// Dates and series the tests share; `now` is Tuesday 1 December 2026, 19:30 in Amsterdam.
package enum Fixtures {
    /// Amsterdam in winter (CET): every fixture date falls between October and March.
    package static let calendar = LocalCalendar.fixedOffset(seconds: 3600)
    package static let now = date("2026-12-01T19:30")

    package static func date(_ text: String) -> Date {
        let p = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0)! }
        return calendar.date(year: p[0], month: p[1], day: p[2], hour: p[3], minute: p[4])!
    }

    package static func overview(
        _ name: String, next: String?, held: Int = 0, planned: Int = 3, id: String? = nil
    ) -> SeriesOverview {
        let series = Series(
            id: id ?? UUID().uuidString.lowercased(), name: name, methodId: "htib", organisation: "HTIB",
            municipality: "Utrecht", createdAt: now)
        let meeting = next.map {
            Meeting(seriesId: series.id, number: held + 1, startsAt: $0.isEmpty ? nil : date($0))
        }
        return SeriesOverview(series: series, meetingsPlanned: planned, meetingsHeld: held, nextMeeting: meeting)
    }

    package static func state(series: [SeriesOverview] = [], size: TerminalSize = .init(width: 80, height: 24))
        -> AppState
    {
        var state = AppState(
            now: now, size: size, calendar: calendar, databasePath: "~/.local/share/dialoog/dialoog.sqlite",
            helpLength: [.start: 30])
        _ = state.reduce(.seriesLoaded(series))
        return state
    }
}

extension Fixtures {
    /// Four series in different states, as a gespreksleider's laptop might hold them.
    package static var sampleSeries: [SeriesOverview] {
        var count = 0
        func make(
            _ name: String, _ org: String, _ method: String, _ place: String?, held: Int, next: String?,
            kind: Meeting.Kind = .regular
        ) -> SeriesOverview {
            count += 1
            let series = Series(
                id: "00000000-0000-4000-8000-0000000000" + String(format: "%02d", count),
                name: name, methodId: method, organisation: org, municipality: place, createdAt: now)
            let meeting = next.map {
                Meeting(seriesId: series.id, number: held + 1, kind: kind, startsAt: $0.isEmpty ? nil : date($0))
            }
            return SeriesOverview(series: series, meetingsPlanned: 3, meetingsHeld: held, nextMeeting: meeting)
        }
        return [
            make("Ouders Kanaleneiland", "IOT", "yeni-pencere", "Utrecht", held: 1, next: "2026-12-01T19:30"),
            make("Vrouwengroep Schilderswijk", "HTIB", "htib", "Den Haag", held: 0, next: "2026-12-03T10:00"),
            make("Jongeren Feijenoord", "SMN", "gesprek-in-vrijheid", "Rotterdam", held: 0, next: ""),
            make("Mannen Transvaal", "FSAN", "jiheeye", "Den Haag", held: 3, next: nil),
            make(
                "Moeders Zuidoost · Somalische groep", "FSAN", "jiheeye", "Amsterdam", held: 2, next: "2027-01-12T13:00"
            ),
        ]
    }
}

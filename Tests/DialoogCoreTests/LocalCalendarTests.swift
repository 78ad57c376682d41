import DialoogCore
import Foundation
import Testing

@Suite("Local calendar")
struct LocalCalendarTests {
    let cet = LocalCalendar.fixedOffset(seconds: 3600)

    @Test func wallClockFieldsOfAKnownMoment() {
        // 2026-12-01 18:30 UTC is a Tuesday, 19:30 in Amsterdam.
        let parts = cet.parts(of: Date(timeIntervalSince1970: 1_796_149_800))
        #expect(
            parts == LocalCalendar.Parts(year: 2026, month: 12, day: 1, hour: 19, minute: 30, second: 0, weekday: 3))
    }

    @Test func theOffsetCanMoveTheDate() {
        let lateUTC = Date(timeIntervalSince1970: 1_796_169_600)  // 2026-12-02 00:00 UTC
        #expect(cet.parts(of: lateUTC).day == 2)
        #expect(LocalCalendar.fixedOffset(seconds: -5 * 3600).parts(of: lateUTC).day == 1)
    }

    @Test func datesRoundTripAcrossYearsLeapDaysAndTheEpoch() {
        for (y, m, d) in [
            (1969, 12, 31), (1970, 1, 1), (2000, 2, 29), (2024, 2, 29), (2026, 12, 31), (2027, 1, 1), (2100, 3, 1),
        ] {
            let date = cet.date(year: y, month: m, day: d, hour: 13, minute: 5)
            let parts = date.map { cet.parts(of: $0) }
            #expect(parts?.year == y && parts?.month == m && parts?.day == d && parts?.hour == 13 && parts?.minute == 5)
        }
    }

    @Test func weekdaysRunSundayToSaturday() {
        let sunday = cet.date(year: 2026, month: 11, day: 29, hour: 12, minute: 0)!
        #expect(
            (0..<7).map { cet.parts(of: sunday.addingTimeInterval(Double($0) * 86_400)).weekday } == [
                1, 2, 3, 4, 5, 6, 7,
            ])
    }

    @Test func daysThatDoNotExistAreRefused() {
        #expect(cet.date(year: 2026, month: 6, day: 31, hour: 10, minute: 0) == nil)
        #expect(cet.date(year: 2026, month: 2, day: 29, hour: 10, minute: 0) == nil)
        #expect(cet.date(year: 2026, month: 12, day: 1, hour: 24, minute: 0) == nil)
        #expect(LocalCalendar.system.date(year: 2026, month: 4, day: 31, hour: 10, minute: 0) == nil)
    }

    @Test func daysBetweenCountsCalendarDaysNotHours() {
        let late = cet.date(year: 2026, month: 12, day: 1, hour: 23, minute: 50)!
        let early = cet.date(year: 2026, month: 12, day: 2, hour: 0, minute: 10)!
        #expect(cet.daysBetween(late, early) == 1)
        #expect(cet.daysBetween(early, late) == -1)
        #expect(cet.daysBetween(late, late.addingTimeInterval(60)) == 0)
        #expect(cet.daysBetween(late, cet.date(year: 2027, month: 1, day: 1, hour: 9, minute: 0)!) == 31)
    }

    @Test func theSystemCalendarRoundTripsWhateverTheZone() {
        let system = LocalCalendar.system
        for seconds in [0, 1_796_149_800, 1_800_000_000, 1_711_846_800] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let p = system.parts(of: date)
            #expect(
                system.date(year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second)
                    == date)
        }
    }
}

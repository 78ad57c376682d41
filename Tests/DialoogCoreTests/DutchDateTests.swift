import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Dates as the Dutch write them: the parser, and the forms that read them.
@Suite("Dutch dates")
struct DutchDateTests {
    let calendar = Fixtures.calendar
    /// Tuesday 1 December 2026, 19:30.
    let today = Fixtures.date("2026-12-01T19:30")

    func read(_ text: String, fallback: (hour: Int, minute: Int)? = nil) -> Result<Date, DutchDate.Problem> {
        DutchDate.moment(text, today: today, calendar: calendar, fallback: fallback)
    }

    @Test(arguments: [
        ("7-12-2026 19:30", "2026-12-07T19:30"), ("7-12 19:30", "2026-12-07T19:30"),
        ("di 22 dec 19:30", "2026-12-22T19:30"), ("dinsdag 22 december 2026 om 19.30 uur", "2026-12-22T19:30"),
        ("22 december 2026 19:30", "2026-12-22T19:30"), ("2026-12-22 19:30", "2026-12-22T19:30"),
        ("2026-12-22T19:30", "2026-12-22T19:30"), ("22/12/26 9:05", "2026-12-22T09:05"),
        ("7.12.2026 19.30u", "2026-12-07T19:30"), ("Di. 22 Dec, 19:30", "2026-12-22T19:30"),
        ("tue 22 dec 19:30", "2026-12-22T19:30"), ("0:00 1-12", "2026-12-01T00:00"),
        ("5 jan 20:00", "2027-01-05T20:00"), ("mrt 3 10:00", "2027-03-03T10:00"),
    ])
    func reads(text: String, expected: String) {
        #expect(read(text) == .success(Fixtures.date(expected)), "\(text)")
    }

    @Test func withoutAYearItIsTheNextOneFromToday() {
        // Today counts; yesterday's date is next year's.
        #expect(read("1-12 10:00") == .success(Fixtures.date("2026-12-01T10:00")))
        #expect(read("30-11 10:00") == .success(Fixtures.date("2027-11-30T10:00")))
        #expect(read("1 januari 10:00") == .success(Fixtures.date("2027-01-01T10:00")))
    }

    @Test func leapDaysWaitForALeapYearAndAreRefusedInOthers() {
        #expect(read("29-2 19:00") == .success(Fixtures.date("2028-02-29T19:00")))
        #expect(read("29-2-2028 19:00") == .success(Fixtures.date("2028-02-29T19:00")))
        #expect(read("29-2-2027 19:00") == .failure(.noSuchDate(day: 29, month: 2, year: 2027)))
        #expect(read("31-11 19:00") == .failure(.noSuchDate(day: 31, month: 11, year: nil)))
        #expect(read("12-13-2026 19:00") == .failure(.noSuchDate(day: 12, month: 13, year: 2026)))
    }

    @Test func aWeekdayThatIsNotTheDatesIsAnError() {
        // 22 December 2026 is a Tuesday (3); Monday is 2.
        #expect(read("ma 22 dec 19:30") == .failure(.weekdayMismatch(typed: 2, actual: 3)))
        #expect(read("zondag 22-12-2026 19:30") == .failure(.weekdayMismatch(typed: 1, actual: 3)))
        #expect(read("dinsdag 22-12-2026 19:30") == .success(Fixtures.date("2026-12-22T19:30")))
    }

    @Test func timesOutsideTheDayAreRefused() {
        #expect(read("7-12 24:00") == .failure(.badTime("24:00")))
        #expect(read("7-12 19:60") == .failure(.badTime("19:60")))
        #expect(read("7-12 19:3") == .failure(.badTime("19:3")))
        #expect(read("7-12 19:30 20:00") == .failure(.badTime("20:00")))
    }

    @Test func aMissingTimeTakesTheFallbackOrIsSaid() {
        #expect(read("22 december 2026") == .failure(.missingTime))
        #expect(read("22 december 2026", fallback: (19, 30)) == .success(Fixtures.date("2026-12-22T19:30")))
        // A typed time wins over the fallback.
        #expect(read("22-12 20:00", fallback: (19, 30)) == .success(Fixtures.date("2026-12-22T20:00")))
    }

    @Test func garbageIsNamed() {
        #expect(read("") == .failure(.empty))
        #expect(read("   ") == .failure(.empty))
        #expect(read("volgende week") == .failure(.unknownWord("volgende")))
        #expect(read("dinsdag 19:30") == .failure(.missingDate))
        #expect(read("december 19:30") == .failure(.missingDate))
        #expect(read("7-12-2026-1 19:30") == .failure(.unknownWord("7-12-2026-1")))
        #expect(read("7--12 19:30") == .failure(.unknownWord("7--12")))
        #expect(read("7-12 8-12 19:30") == .failure(.unknownWord("8-12")))
        #expect(read("99999999999999999999-1 19:30") == .failure(.unknownWord("99999999999999999999-1")))
        #expect(read("7-12 19:30 \u{1b}[2J") != .success(Fixtures.date("2026-12-07T19:30")))
    }
}

/// The new-series form reads its dates the Dutch way and says every problem at once.
@Suite("New series: dates and problems")
struct NewSeriesDateTests {
    var library: Library { Fixtures.shipped.library }

    func form() -> AppState {
        var state = Fixtures.state()
        _ = state.reduce(.libraryLoaded(library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        return state
    }

    @Test func aMeetingWithoutATimeTakesTheTimeOfTheOneBefore() throws {
        var form = NewSeriesForm()
        form.name = "Ouders Oost"
        form.dates = ["di 8 dec 19:30", "15-12", "22 december"]
        let made = form.series(
            methods: library.methods, calendar: Fixtures.calendar, id: "s", now: Fixtures.date("2026-12-01T12:00"))
        guard case .success(let result) = made else {
            Issue.record("not made: \(made)")
            return
        }
        #expect(
            result.starts == [
                Fixtures.date("2026-12-08T19:30"), Fixtures.date("2026-12-15T19:30"), Fixtures.date("2026-12-22T19:30"),
            ])
    }

    @Test func everyProblemIsSaidAtOnceAndMarkedAtItsField() throws {
        var state = form()
        state.newSeries?.groupSize = "0"
        state.newSeries?.dates = ["ma 8 dec 19:30", "15-12 24:00", ""]
        for _ in 0..<20 where state.newSeries?.field != .create { _ = state.reduce(.command(.nextField)) }
        #expect(state.reduce(.command(.confirm)) == [])
        let problems = try #require(state.newSeries?.problems)
        #expect(Set(problems.keys) == [.name, .groupSize, .date(0), .date(1)])
        #expect(state.newSeries?.field == .name)
        #expect(state.status == .plan(.andMore(.nameRequired, more: 3)))
        #expect(
            problems[.date(0)] == .badDate(meeting: 1, text: "ma 8 dec 19:30", .weekdayMismatch(typed: 2, actual: 3)))
        // Typing in a field takes its mark away; the others keep theirs.
        _ = state.reduce(.insertText("Ouders Oost"))
        #expect(state.newSeries?.problems[.name] == nil)
        #expect(state.newSeries?.problems.count == 3)
    }
}

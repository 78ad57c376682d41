import DialoogCore
import DialoogPrint
import Foundation

/// The OPVOLGEN section of the start screen: the follow-ups that are overdue or due within a
/// week, overdue first and marked, each with its day, series, meeting and kind (no category:
/// the start screen is the one others may glance at). At most three lines, and never so many
/// that the series list loses its first rows; `v` opens them all.
enum StartFollowUps {
    /// Days ahead the start screen looks: today and the week after it.
    static let horizonDays = 8
    static let maxLines = 3
    /// Rows the series list keeps: its heading and three series.
    static let seriesRows = 4

    /// The follow-ups to show: open ones due before the horizon, soonest (so overdue) first.
    static func due(_ state: AppState) -> [FollowUp] {
        let horizon = state.calendar.startOfDay(state.now).addingTimeInterval(TimeInterval(horizonDays * 86_400))
        return state.followUps.filter { $0.doneAt == nil && $0.due < horizon }.enumerated().sorted { a, b in
            a.element.due != b.element.due ? a.element.due < b.element.due : a.offset < b.offset
        }.map(\.element)
    }

    /// Draws the section from `top` when something is due and there is room; returns the row
    /// where the series list begins.
    static func draw(_ state: AppState, into canvas: inout Canvas, top: Int, bottom: Int) -> Int {
        let due = due(state)
        let lines = min(maxLines, due.count, bottom - top - 2 - seriesRows)
        guard lines > 0 else { return top }
        let language = state.language
        let used = canvas.text(
            " " + OverviewWords.startHeading(due.count).localized(language), x: 0, y: top, style: .heading)
        var more = OverviewWords.startKey.localized(language)
        if due.count > lines {
            more =
                OverviewWords.startMore(due.count - lines).localized(language) + " \(canvas.glyphs.separator) " + more
        }
        canvas.text("  " + more, x: used, y: top, style: .dim, maxWidth: max(0, canvas.width - 1 - used))
        let today = state.calendar.startOfDay(state.now)
        let shown = due.prefix(lines)
        let days = shown.map { DateText.day($0.due, now: state.now, calendar: state.calendar, language: language) }
        let dayWidth = days.map { TextWidth.of($0) }.max() ?? 0
        let separator = " \(canvas.glyphs.separator) "
        for (index, followUp) in shown.enumerated() {
            let y = top + 1 + index
            let late = followUp.isOverdue(today: today)
            if late { canvas.text("!", x: 1, y: y, style: .error) }
            canvas.text(days[index], x: 3, y: y, style: late ? .error : .accent)
            // As on the series rows: a demo follow-up must never pass for a real one.
            let demo = followUp.demo ? " " + OverviewWords.demo.localized(language) : ""
            var what =
                followUp.seriesName + demo + separator
                + LiveWords.meetingName(followUp.meetingKind, number: followUp.meetingNumber).localized(language)
                + separator + OverviewWords.kind(followUp.kind).localized(language)
            if late { what += separator + OverviewWords.lateMark.localized(language) }
            let x = 3 + dayWidth + 2
            canvas.text(what, x: x, y: y, maxWidth: max(0, canvas.width - 1 - x))
        }
        return top + 1 + lines + 1
    }
}

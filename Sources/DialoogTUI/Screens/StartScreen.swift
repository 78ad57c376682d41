import DialoogCore
import DialoogPrint
import Foundation

/// The first screen: the meetings coming up, then every series, with the key hints below.
package enum StartScreen {
    /// How many upcoming meetings the top section lists at most.
    package static let upcomingLimit = 3

    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        let bodyBottom = canvas.height - Chrome.bottomRows
        let language = state.language
        if !state.seriesLoaded {
            canvas.text(" " + Text.loading.localized(language), x: 0, y: Chrome.topRows, style: .dim)
        } else if state.series.isEmpty {
            drawEmpty(state, into: &canvas, bottom: bodyBottom)
        } else {
            let upcomingEnd = drawUpcoming(state, into: &canvas)
            let listTop = StartFollowUps.draw(state, into: &canvas, top: upcomingEnd, bottom: bodyBottom)
            drawSeries(state, into: &canvas, top: listTop, bottom: bodyBottom)
        }
        Chrome.drawStatus(
            state, fallback: Text.databaseLabel(path: state.databasePath).localized(language), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }

    // MARK: - Empty state

    private static func drawEmpty(_ state: AppState, into canvas: inout Canvas, bottom: Int) {
        let language = state.language
        var y = Chrome.topRows + 1
        canvas.text(" " + Text.emptyTitle.localized(language), x: 1, y: y, style: .heading)
        y += 2
        let width = min(canvas.width - 4, 72)
        for paragraph in [Text.emptyExplanation, .emptyNextSteps] {
            for line in TextWidth.wrap(paragraph.localized(language), width: width) where y < bottom {
                canvas.text(line, x: 2, y: y)
                y += 1
            }
            y += 1
        }
    }

    // MARK: - Upcoming meetings

    /// Draws the upcoming section and returns the first row below it.
    private static func drawUpcoming(_ state: AppState, into canvas: inout Canvas) -> Int {
        let language = state.language
        var y = Chrome.topRows
        canvas.text(" " + Text.upcomingHeading.localized(language), x: 0, y: y, style: .heading)
        y += 1
        let upcoming = state.series.compactMap { overview -> (SeriesOverview, Meeting)? in
            guard let next = overview.nextMeeting, next.startsAt != nil else { return nil }
            return (overview, next)
        }.prefix(upcomingLimit)
        if upcoming.isEmpty {
            canvas.text(Text.noUpcoming.localized(language), x: 3, y: y, style: .dim)
            y += 1
        }
        let dateWidth = upcoming.map { TextWidth.of(dateText($0.1, state)) }.max() ?? 0
        for (overview, meeting) in upcoming {
            let overdue = isOverdue(meeting, state)
            canvas.text(dateText(meeting, state), x: 3, y: y, style: overdue ? .warning : .accent)
            let sep = " \(canvas.glyphs.separator) "
            // The demo mark goes right after the name, where a long line cannot cut it off.
            var what = overview.series.name
            if overview.series.demo { what += " " + OverviewWords.demo.localized(language) }
            what += sep + meetingLabel(meeting, overview, language)
            if let place = overview.series.municipality { what += sep + place }
            canvas.text(what, x: 3 + dateWidth + 2, y: y, maxWidth: canvas.width - dateWidth - 6)
            y += 1
        }
        return y + 1
    }

    /// A meeting from an earlier day that never took place; today's meetings are not late.
    private static func isOverdue(_ meeting: Meeting, _ state: AppState) -> Bool {
        guard let date = meeting.startsAt, meeting.state == .planned else { return false }
        return state.calendar.daysBetween(state.now, date) < 0
    }

    private static func dateText(_ meeting: Meeting, _ state: AppState) -> String {
        guard let date = meeting.startsAt else { return Text.noDate.localized(state.language) }
        return DateText.meeting(date, now: state.now, calendar: state.calendar, language: state.language)
    }

    private static func meetingLabel(_ meeting: Meeting, _ overview: SeriesOverview, _ language: Language) -> String {
        Text.meetingNumber(meeting.kind, number: meeting.number, of: overview.meetingsInSeries)
            .localized(language)
    }

    // MARK: - Series list

    private static func drawSeries(_ state: AppState, into canvas: inout Canvas, top: Int, bottom: Int) {
        let language = state.language
        canvas.text(
            " " + Text.seriesHeading(count: state.series.count).localized(language), x: 0, y: top, style: .heading)
        let firstRow = top + 1
        let visible = max(1, bottom - firstRow)
        let offset = max(0, state.selection - visible + 1)
        let columns = Columns(width: canvas.width)
        for (row, index) in (offset..<min(state.series.count, offset + visible)).enumerated() {
            let overview = state.series[index]
            let y = firstRow + row
            let selected = index == state.selection
            let style: Style = selected ? .selected : .normal
            canvas.markRow(y: y, steps: index - state.selection)
            canvas.fill(y: y, style: style)
            if selected { canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: style) }
            SeriesName.draw(
                overview.series, x: columns.name, y: y, width: columns.nameWidth, selected: selected, language,
                into: &canvas)
            canvas.text(
                overview.series.organisation, x: columns.organisation, y: y, style: style,
                maxWidth: columns.organisationWidth)
            if let place = overview.series.municipality, columns.municipalityWidth > 0 {
                canvas.text(place, x: columns.municipality, y: y, style: style, maxWidth: columns.municipalityWidth)
            }
            // A meeting left open (live mode quit, or the program stopped) says so: r goes back.
            let running = overview.nextMeeting?.state == .running
            canvas.text(
                running ? LiveWords.runningNow.localized(language) : progress(overview, language), x: columns.progress,
                y: y, style: selected ? .selected : running ? .accent : .dim, maxWidth: columns.progressWidth)
        }
    }

    private static func progress(_ overview: SeriesOverview, _ language: Language) -> String {
        if overview.isCompleted { return Text.completed.localized(language) }
        return Text.held(overview.meetingsHeld, of: overview.meetingsInSeries).localized(language)
    }

    /// Column positions of the series list for a screen width; the place column goes first
    /// when the screen narrows.
    private struct Columns {
        let name = 3
        let nameWidth: Int
        let organisation: Int
        let organisationWidth = 16
        let municipality: Int
        let municipalityWidth: Int
        let progress: Int
        let progressWidth = 14

        init(width: Int) {
            progress = width - progressWidth - 1
            municipalityWidth = width >= 76 ? 14 : 0
            municipality = progress - municipalityWidth - (municipalityWidth > 0 ? 1 : 0)
            organisation = municipality - organisationWidth - 1
            nameWidth = max(4, organisation - name - 1)
        }
    }
}

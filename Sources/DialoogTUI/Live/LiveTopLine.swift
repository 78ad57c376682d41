import DialoogCore
import DialoogPrint

/// The live screen's top line: program, series and "bijeenkomst 2/3" on the left; the clock
/// and how far ahead or behind the plan the meeting runs on the right.
enum LiveTopLine {
    static func draw(_ state: AppState, meeting: LiveMeeting, into canvas: inout Canvas) {
        let language = state.language
        canvas.fill(y: 0, style: .title)
        canvas.horizontalLine(y: 1)
        var left = canvas.width - 1
        if let behind = LiveTimer.minutesBehind(meeting, now: state.now) {
            var schedule = LiveWords.schedule(minutesBehind: behind).localized(language)
            // A late start is said while the first block runs (where there is room): it is
            // why the meeting is behind from its first second.
            if let late = LiveTimer.minutesLate(meeting), meeting.currentIndex == 0, canvas.width >= 80 {
                schedule =
                    LiveWords.startedLate(minutes: late).localized(language) + " \(canvas.glyphs.separator) " + schedule
            }
            left = canvas.rightAligned(schedule, y: 0, style: behind > 0 ? .warning : .title)
            left -= 3
        }
        let clock = DateText.clock(state.now, calendar: state.calendar)
        left = max(0, left - TextWidth.of(clock))
        canvas.text(clock, x: left, y: 0, style: .title)

        let sep = " \(canvas.glyphs.separator) "
        let label =
            LiveWords.meetingOf(meeting.meeting.kind, number: meeting.meeting.number, of: meeting.regularMeetings)
            .localized(language)
        let room = left - 2
        let name = Text.appName.localized(language)
        let series = meeting.series.name
        // The program's name goes first when the line is short, then the series name is cut.
        let withName = " " + name + sep + series + sep + label
        if TextWidth.of(withName) <= room {
            canvas.text(withName, x: 0, y: 0, style: .title)
            return
        }
        let labelWidth = TextWidth.of(sep + label)
        let used = 1 + canvas.text(series, x: 1, y: 0, style: .title, maxWidth: max(1, room - 1 - labelWidth))
        canvas.text(sep + label, x: used, y: 0, style: .title, maxWidth: max(0, room - used))
    }
}

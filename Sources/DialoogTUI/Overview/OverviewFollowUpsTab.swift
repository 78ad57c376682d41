import DialoogCore

/// The overzicht's follow-ups: every open one of the listed series, overdue first and marked,
/// with its day, what it is (the category for a signal, never more) and where it comes from.
/// Those marked done here stay, dimmed, so `u` can open them again.
enum OverviewFollowUpsTab {
    static func draw(_ state: AppState, top: Int, rows: Int, into canvas: inout Canvas) {
        let language = state.language
        let list = state.overviewFollowUps
        guard !list.isEmpty else {
            let lines = TextWidth.wrap(OverviewWords.noFollowUps.localized(language), width: min(canvas.width - 4, 72))
            for (index, line) in lines.prefix(rows - 1).enumerated() {
                canvas.text(line, x: 2, y: top + 1 + index)
            }
            return
        }
        let today = state.calendar.startOfDay(state.now)
        let days = list.map { OverviewFormat.day($0.due, state) }
        let dayWidth = days.map { TextWidth.of($0) }.max() ?? 0
        let marks = [OverviewWords.lateMark, .doneMark].map { $0.localized(language) }
        let markWidth = marks.map { TextWidth.of($0) }.max() ?? 0
        let selection = state.overviewState.followUpSelection
        let offset = max(0, selection - rows + 1)
        let separator = " \(canvas.glyphs.separator) "
        let whats = list.map { followUp in
            OverviewWords.kind(followUp.kind).localized(language)
                + (followUp.category.map { separator + LiveWords.category($0).localized(language) } ?? "")
        }
        let whatX = 3 + dayWidth + 2 + markWidth + 2
        // What it is takes the room the series' names leave, and at least half.
        let room = canvas.width - 1 - whatX - 2
        let whatMax = whats.map { TextWidth.of($0) }.max() ?? 0
        // A demo follow-up carries the DEMO mark after its series, as the series rows do.
        let names = list.map { $0.seriesName + ($0.demo ? " " + OverviewWords.demo.localized(language) : "") }
        let nameMax = names.map { TextWidth.of($0) }.max() ?? 0
        let whatWidth = min(whatMax, max(room - nameMax, room / 2, 10))
        // The meeting after the series' name only when it fits on every row: the name matters
        // more, and a column that comes and goes reads badly.
        let sourceRoom = canvas.width - 1 - (whatX + whatWidth + 2)
        let withMeeting = zip(list, names).map { followUp, name in
            name + separator
                + LiveWords.meetingName(followUp.meetingKind, number: followUp.meetingNumber).localized(language)
        }
        let sources =
            withMeeting.allSatisfy { TextWidth.of($0) <= sourceRoom } ? withMeeting : names
        for (row, index) in (offset..<min(list.count, offset + rows)).enumerated() {
            let followUp = list[index]
            let y = top + row
            let selected = index == selection
            let done = followUp.doneAt != nil
            let late = followUp.isOverdue(today: today)
            let base: Style = selected ? .selected : done ? .dim : .normal
            canvas.fill(y: y, style: selected ? .selected : .normal)
            if selected { canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: .selected) }
            var x = 3
            canvas.text(days[index], x: x, y: y, style: selected ? .selected : late ? .error : base)
            x += dayWidth + 2
            if late || done {
                canvas.text(
                    late ? marks[0] : marks[1], x: x, y: y, style: selected ? .selected : late ? .error : .dim)
            }
            x += markWidth + 2
            canvas.text(whats[index], x: x, y: y, style: base, maxWidth: whatWidth)
            x += whatWidth + 2
            canvas.text(sources[index], x: x, y: y, style: base, maxWidth: max(0, canvas.width - 1 - x))
        }
    }
}

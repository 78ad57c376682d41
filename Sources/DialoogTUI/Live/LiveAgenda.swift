import DialoogCore
import DialoogPrint
import Foundation

/// The agenda column of the live screen: every block with its start time as it now looks
/// (or as planned before the timer first ran), the current one marked and those passed
/// dimmed with a check; below it who is present and how many prompts were used. A click on a
/// block (or ↑↓) looks at it without moving the meeting there (`LiveState.looking`).
enum LiveAgenda {
    static func draw(
        _ state: AppState, meeting: LiveMeeting, width: Int, top: Int, bottom: Int, into canvas: inout Canvas
    ) {
        let language = state.language
        canvas.text(
            " " + LiveWords.agendaHeading.localized(language), x: 0, y: top, style: .heading, maxWidth: width - 1)
        let blocks = meeting.blocks
        // The counts follow the agenda after a blank line, or stand at the bottom when it is long.
        let countsTop = max(top + 2, min(top + 2 + blocks.count, bottom - 2))
        let rows = max(0, countsTop - 1 - (top + 1))
        let current = meeting.currentIndex
        let shown = state.live.shownIndex ?? current
        let first = blocks.count > rows ? max(0, min(shown - (rows > 1 ? 1 : 0), blocks.count - rows)) : 0
        let starts = startTimes(meeting, now: state.now)
        let check = canvas.asciiOnly ? "+" : "✓"
        for index in first..<min(blocks.count, first + rows) {
            let y = top + 1 + index - first
            let done = index < current
            let looked = index == shown && shown != current
            let style: Style = looked ? .selected : done ? .dim : index == current ? .title : .normal
            if looked { canvas.fill(x: 0, y: y, count: width, style: .selected) }
            canvas.markRow(y: y, steps: index - shown, count: width)
            if index == current {
                canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: .title)
            } else if done {
                canvas.text(check, x: 1, y: y, style: looked ? .selected : .dim)
            }
            // A block skipped over has no time of its own: a dash, not a made-up one.
            let skipped = meeting.record.startedAt != nil && index < current
            let time =
                starts[index].map { DateText.clock($0, calendar: state.calendar) }
                ?? (skipped ? "  –" : offsetText(meeting, index))
            canvas.text(time, x: 3, y: y, style: style == .normal ? .dim : style, maxWidth: width - 4)
            canvas.text(blocks[index].title, x: 9, y: y, style: style, maxWidth: max(0, width - 10))
        }
        if blocks.isEmpty {
            canvas.text(LiveWords.noBlocks.localized(language), x: 3, y: top + 1, style: .dim, maxWidth: width - 4)
        }
        let lines = counts(state, meeting: meeting) + (followUp(state, meeting: meeting).map { [$0] } ?? [])
        for (offset, line) in lines.enumerated() where countsTop + offset < bottom {
            canvas.text(" " + line, x: 0, y: countsTop + offset, style: .heading, maxWidth: width - 1)
        }
    }

    /// "AANWEZIG 11 van 14" and "STELLINGEN 2 van 6 gebruikt" for the current block.
    static func counts(_ state: AppState, meeting: LiveMeeting) -> [String] {
        let language = state.language
        let deck = state.liveDeck
        return [
            LiveWords.present(meeting.record.attendanceCount, expected: meeting.series.expectedGroupSize)
                .localized(language),
            LiveWords.promptsUsed(deck.filter { $0.use != nil }.count, of: deck.count).localized(language),
        ]
    }

    /// "OPVOLGEN di 8 dec · huwelijksdwang": the earliest follow-up the series' other meetings
    /// left open (`Ledger`), or nil. Below the counts on a wide screen, on the status line on a
    /// narrow one.
    static func followUp(_ state: AppState, meeting: LiveMeeting) -> String? {
        let open = meeting.openFollowUps
        guard let first = open.first, let day = first.followUp else { return nil }
        let date = DateText.day(day, now: state.now, calendar: state.calendar, language: state.language)
        return LiveWords.openFollowUp(first.category, day: date, more: open.count - 1).localized(state.language)
    }

    /// When each block starts: as projected once the timer ran, else by the meeting's date.
    private static func startTimes(_ meeting: LiveMeeting, now: Date) -> [Date?] {
        if let projected = meeting.projectedStarts(at: now) { return projected }
        return MeetingPlan(meeting: meeting.meeting, blocks: meeting.blocks).blockStarts
    }

    /// "+0:35" from the start, for a meeting without a date.
    private static func offsetText(_ meeting: LiveMeeting, _ index: Int) -> String {
        let minutes = Limits.sum(meeting.blocks.prefix(index).map(\.minutes))
        return "+\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }
}

import DialoogCore
import DialoogPrint
import Foundation

/// The gespreksleider's screen during a meeting: the top line with the clock and the schedule,
/// the agenda on the left, the current block with its timer, guidance, questions and prompts
/// on the right, and the panels one key away over it. On a narrow screen the agenda gives way
/// to one line ("blok 3/7 · volgende: ...").
package enum LiveScreen {
    /// From this width the agenda has a column of its own.
    package static let agendaMinimumWidth = 72

    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let language = state.language
        guard let meeting = state.live.meeting else {
            Chrome.drawTitle(state, into: &canvas)
            canvas.text(" " + LiveWords.opening.localized(language), x: 0, y: Chrome.topRows, style: .dim)
            Chrome.drawStatus(state, fallback: "", into: &canvas)
            Chrome.drawHints(state, keymap: keymap, into: &canvas)
            return
        }
        LiveTopLine.draw(state, meeting: meeting, into: &canvas)
        let top = Chrome.topRows
        let bottom = canvas.height - Chrome.bottomRows
        let wide = canvas.width >= agendaMinimumWidth
        if wide {
            let left = agendaWidth(canvas.width)
            LiveAgenda.draw(state, meeting: meeting, width: left, top: top, bottom: bottom, into: &canvas)
            for row in top..<bottom { canvas.text(canvas.glyphs.vertical, x: left, y: row, style: .border) }
            LiveBlockPane.draw(
                state, meeting: meeting, x: left + 2, width: canvas.width - left - 3, top: top, bottom: bottom,
                withDeck: true, into: &canvas)
        } else {
            canvas.text(
                " " + position(meeting, language: language, glyphs: canvas.glyphs), x: 0, y: top, style: .dim,
                maxWidth: canvas.width - 1)
            // The agenda's one line: the wheel moves one block here, as in the agenda column.
            canvas.markRow(y: top, steps: 0)
            LiveBlockPane.draw(
                state, meeting: meeting, x: 1, width: canvas.width - 2, top: top + 1, bottom: bottom - 1,
                withDeck: false, into: &canvas)
            canvas.text(
                " " + LiveAgenda.counts(state, meeting: meeting).joined(separator: " \(canvas.glyphs.separator) "),
                x: 0, y: bottom - 1, style: .heading, maxWidth: canvas.width - 1)
        }
        Chrome.drawStatus(state, fallback: quiet(state, meeting: meeting, wide: wide), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
        drawPanel(state, meeting: meeting, into: &canvas)
    }

    /// The agenda column: as in the sketch on 80 columns, a little wider on a wide screen.
    static func agendaWidth(_ width: Int) -> Int {
        max(29, min(38, width * 3 / 10))
    }

    /// "blok 3/7 · volgende: Stellingen" (or "laatste blok").
    private static func position(_ meeting: LiveMeeting, language: Language, glyphs: Glyphs) -> String {
        let index = meeting.currentIndex
        let next = index + 1 < meeting.blocks.count ? LiveWords.next(meeting.blocks[index + 1].title) : .lastBlock
        return LiveWords.blockPosition(index + 1, of: meeting.blocks.count).localized(language)
            + " \(glyphs.separator) " + next.localized(language)
    }

    /// The status line when nothing is said: what comes next and when the meeting ends.
    private static func quiet(_ state: AppState, meeting: LiveMeeting, wide: Bool) -> String {
        let language = state.language
        var parts: [String] = []
        if wide {
            let index = meeting.currentIndex
            if index + 1 < meeting.blocks.count {
                parts.append(LiveWords.next(meeting.blocks[index + 1].title).localized(language))
            }
        } else if let followUp = LiveAgenda.followUp(state, meeting: meeting) {
            parts.append(followUp)
        }
        if let end = meeting.projectedEnd(at: state.now) {
            parts.append(LiveWords.expectedEnd(DateText.clock(end, calendar: state.calendar)).localized(language))
        } else if let end = MeetingPlan(meeting: meeting.meeting, blocks: meeting.blocks).endsAt {
            parts.append(LiveWords.plannedEnd(DateText.clock(end, calendar: state.calendar)).localized(language))
        }
        return parts.joined(separator: state.asciiOnly ? " - " : " · ")
    }

    private static func drawPanel(_ state: AppState, meeting: LiveMeeting, into canvas: inout Canvas) {
        // A panel covers the agenda: only its own rows can be clicked.
        if state.live.panel != nil { canvas.coverRows() }
        switch state.live.panel {
        case .attendance(let panel): AttendanceOverlay.draw(state, meeting: meeting, panel: panel, into: &canvas)
        case .deck(let panel): DeckOverlay.draw(state, meeting: meeting, panel: panel, into: &canvas)
        case .rules(let offset): RulesOverlay.draw(state, meeting: meeting, offset: offset, into: &canvas)
        case .agreement(let field, let offset):
            RulesOverlay.draw(state, meeting: meeting, offset: offset, typing: field, into: &canvas)
        case .helpCard(let offset): HelpCardOverlay.draw(state, offset: offset, into: &canvas)
        case .directory(let panel): DirectoryOverlay.draw(state, panel: panel, into: &canvas)
        case .disclosure(let panel): DisclosureOverlay.draw(state, panel: panel, into: &canvas)
        case .note(let field): NoteOverlay.draw(state, meeting: meeting, field: field, into: &canvas)
        case .signal(let form): SignalOverlay.draw(state, form: form, into: &canvas)
        case .confirmEnd: ConfirmEndOverlay.draw(state, meeting: meeting, into: &canvas)
        case nil: break
        }
    }
}

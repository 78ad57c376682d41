import DialoogCore
import DialoogPrint

/// The meeting editor over the planner: the meeting's date and time, planned minutes and
/// purpose, then its help card: the acute line fixed on top, and every help entry with a box to
/// tick, those for the meeting's themes first, each with the themes it serves.
package enum MeetingEditorOverlay {
    package static func draw(_ state: AppState, library: Library, into canvas: inout Canvas) {
        let planner = state.plannerState
        guard let editor = planner.meetingEditor, let meetingPlan = planner.currentMeeting else { return }
        let meeting = meetingPlan.meeting
        let language = state.language
        let help = state.meetingEditorHelp
        let acute = library.help.first(where: \.acute)
        let current = editor.current(helpCount: help.count)
        let width = min(canvas.width - 4, 84)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows
        let labels = MeetingEditor.fields.map { PlannerText.meetingField($0).localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let valueX = x + 3 + labelWidth
        let valueWidth = max(1, x + width - 2 - valueX)

        // As tall as the meeting needs (its purpose up to three lines, every help entry), at most
        // the room between the title and the status line; the help list scrolls, and the purpose
        // gives up lines before the list has fewer than three.
        let typingPurpose = current == .purpose ? editor.typing : nil
        let purposeLines = min(
            max(1, TextWidth.wrap(typingPurpose ?? meeting.purpose, width: max(1, valueWidth - 1)).count), 3)
        let room = canvas.height - Chrome.topRows - Chrome.bottomRows
        let fixed = 2 + 2 + 2 + (acute == nil ? 0 : 1)
        let helpWanted = max(1, help.count)
        let purposeRows = min(purposeLines, max(1, room - fixed - min(helpWanted, 3)))
        let height = min(fixed + purposeRows + helpWanted, room)
        let helpRows = max(0, height - fixed - purposeRows)

        let meetingTitle = PlannerText.meetingTitle(meeting.kind, number: meeting.number).localized(language)
        // The panel covers the agendas edge to edge, so nothing shows through at its sides.
        for row in top..<(top + height) { canvas.fill(y: row, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.meetingEditorTitle(meeting: meetingTitle).localized(language))

        var y = top + 1
        for (field, label) in zip(MeetingEditor.fields, labels) {
            let selected = current == field
            let typing = selected ? editor.typing : nil
            let lines = value(
                field, meetingPlan: meetingPlan, typing: typing, selected: selected, state: state,
                width: valueWidth, rows: purposeRows, glyphs: canvas.glyphs)
            for (offset, line) in lines.enumerated() {
                if selected { canvas.fill(x: x + 1, y: y + offset, count: width - 2, style: .selected) }
                var used = 0
                for part in line where used < valueWidth {
                    used += canvas.text(
                        part.text, x: valueX + used, y: y + offset, style: selected ? .selected : part.style,
                        maxWidth: valueWidth - used)
                }
            }
            if selected {
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
                if let typed = editor.field, typing != nil {
                    // The field itself over the rows worked out above, with its cursor; a date
                    // keeps the format shown after it.
                    if field == .purpose {
                        for offset in lines.indices {
                            canvas.fill(x: valueX, y: y + offset, count: valueWidth, style: .selected)
                        }
                        TextFieldView.drawWrapped(
                            typed, x: valueX, y: y, width: valueWidth, rows: lines.count, style: .selected,
                            cursorStyle: .key, into: &canvas)
                    } else {
                        let room = min(valueWidth, max(16, TextWidth.of(typed.text) + 1))
                        canvas.fill(x: valueX, y: y, count: room, style: .selected)
                        TextFieldView.draw(
                            typed, x: valueX, y: y, width: room, style: .selected, cursorStyle: .key, into: &canvas)
                    }
                }
            }
            canvas.text(label, x: x + 3, y: y, style: selected ? .selected : .dim)
            y += lines.count
        }

        y += 1
        let ticked = help.filter { meeting.helpCard.contains($0.id) }.count
        let heading = PlannerText.helpCardHeading(ticked: ticked).localized(language)
        let used = canvas.text(heading, x: x + 3, y: y, style: .heading, maxWidth: width - 5)
        if used + 4 < width - 5 {
            canvas.text(
                PlannerText.refillHint.localized(language), x: x + 5 + used, y: y, style: .dim,
                maxWidth: width - 7 - used)
        }
        y += 1
        let bottom = top + height - 1
        if let acute, y < bottom {
            // The acute line: on every card, so it has no box of its own to tick.
            canvas.text("[x]", x: x + 3, y: y, style: .dim)
            let name = canvas.text(acute.name, x: x + 7, y: y, style: .normal, maxWidth: max(1, width - 9))
            if 7 + name + 4 < width - 2 {
                canvas.text(
                    " \(canvas.glyphs.separator) " + PlannerText.alwaysOnTop.localized(language), x: x + 7 + name,
                    y: y, style: .dim, maxWidth: width - 9 - name)
            }
            y += 1
        }
        guard !help.isEmpty else {
            if y < bottom {
                canvas.text(
                    PlannerText.noHelpEntries.localized(language), x: x + 3, y: y, style: .dim, maxWidth: width - 5)
            }
            return
        }
        let selectedHelp: Int? = if case .help(let index) = current { index } else { nil }
        let first = selectedHelp.map { max(0, $0 - helpRows + 1) } ?? 0
        let themes = Set(meetingPlan.blocks.compactMap(\.theme))
        let names = help.map { name($0) }
        let span = width - 9
        let nameWidth = min(names.map { TextWidth.of($0) }.max() ?? 0, span / 2)
        for index in first..<min(help.count, first + helpRows) {
            let row = y + index - first
            let entry = help[index]
            let selected = index == selectedHelp
            let on = meeting.helpCard.contains(entry.id)
            if selected {
                canvas.fill(x: x + 1, y: row, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: row, style: .selected)
            }
            canvas.text(on ? "[x]" : "[ ]", x: x + 3, y: row, style: selected ? .selected : on ? .accent : .dim)
            canvas.text(names[index], x: x + 7, y: row, style: selected ? .selected : .normal, maxWidth: nameWidth)
            drawThemes(
                entry, meetingThemes: themes, library: library, x: x + 9 + nameWidth, y: row,
                width: span - nameWidth - 2, selected: selected, into: &canvas)
        }
    }

    /// The status line while the editor is open: how to type a date on the date, what a help
    /// entry is for on a help entry.
    package static func summary(_ state: AppState) -> String {
        guard let editor = state.plannerState.meetingEditor else { return "" }
        let help = state.meetingEditorHelp
        switch editor.current(helpCount: help.count) {
        case .date:
            // While a date is typed: what it will be, or what is wrong with it.
            guard let typed = editor.typing, !typed.trimmingCharacters(in: .whitespaces).isEmpty else {
                return PlannerText.dateFormat.localized(state.language)
            }
            return PlannerText.dateReading(
                MeetingEditor.date(
                    typed, current: state.plannerState.currentMeeting?.meeting.startsAt, today: state.now,
                    calendar: state.calendar), calendar: state.calendar
            ).localized(state.language)
        case .minutes:
            let planned = state.plannerState.currentMeeting?.meeting.plannedMinutes
            return PlannerText.numberHint(MeetingEditor.minuteRange, now: planned, typing: editor.typing != nil)
                .localized(state.language)
        case .help(let index) where help.indices.contains(index):
            // The kind first, so "for professionals only" and "no contact details" are never missed.
            let entry = help[index]
            var parts = [HelpCardText.kind(entry.kind, state.language)]
            if !entry.hasContact { parts.append(HelpCardText.noContact(state.language)) }
            return (parts + [entry.what]).joined(separator: " · ")
        default: return ""
        }
    }

    /// The entry's name, with its municipality for a local one.
    private static func name(_ entry: HelpEntry) -> String {
        let name = entry.professionalsOnly ? entry.name + " (prof.)" : entry.name
        return entry.municipality.map { "\(name) (\($0))" } ?? name
    }

    /// The themes an entry serves, the meeting's own first and in full colour (they are why the
    /// entry is listed first), the others dimmed after them.
    private static func drawThemes(
        _ entry: HelpEntry, meetingThemes: Set<String>, library: Library, x: Int, y: Int, width: Int, selected: Bool,
        into canvas: inout Canvas
    ) {
        guard width > 2 else { return }
        let own = entry.themes.filter(meetingThemes.contains)
        let other = entry.themes.filter { !meetingThemes.contains($0) }
        var used = 0
        for (index, id) in (own + other).enumerated() {
            let text = (index == 0 ? "" : ", ") + (library.theme(id)?.name ?? id)
            let style: Style = selected ? .selected : index < own.count ? .accent : .dim
            let room = width - used
            guard room > 0 else { break }
            used += canvas.text(text, x: x + used, y: y, style: style, maxWidth: room)
            if TextWidth.of(text) > room { break }
        }
    }

    private struct Part {
        var text: String
        var style: Style = .normal
    }

    /// The lines of a field's value, each in parts of their own style; the minutes show ‹ ›
    /// around their value when selected.
    private static func value(
        _ field: MeetingEditor.Row, meetingPlan: MeetingPlan, typing: String?, selected: Bool, state: AppState,
        width: Int, rows: Int, glyphs: Glyphs
    ) -> [[Part]] {
        let language = state.language
        let meeting = meetingPlan.meeting
        let ascii = glyphs == .ascii
        switch field {
        case .date:
            if var shown = typing {
                // Keep the end in view, where the typing happens; the format after it.
                while TextWidth.of(shown) > width - 1 { shown.removeFirst() }
                let gap = String(repeating: " ", count: max(3, 19 - TextWidth.of(shown)))
                return [
                    [Part(text: shown), Part(text: gap + PlannerText.dateFormat.localized(language), style: .dim)]
                ]
            }
            guard let date = meeting.startsAt else {
                return [[Part(text: Text.noDate.localized(language), style: .dim)]]
            }
            let day = DateText.day(date, now: state.now, calendar: state.calendar, language: language)
            return [
                [
                    Part(text: MeetingEditor.dateText(date, calendar: state.calendar)),
                    Part(text: "  " + day, style: .dim),
                ]
            ]
        case .minutes:
            let planned = meeting.plannedMinutes.map { LibraryText.minutesShort($0).localized(language) } ?? "-"
            let shown = selected ? (ascii ? "< " : "‹ ") + planned + (ascii ? " >" : " ›") : planned
            let over = meeting.plannedMinutes.map { meetingPlan.totalMinutes > $0 } ?? false
            return [
                [
                    Part(text: shown),
                    Part(
                        text: "  " + PlannerText.agendaMinutes(meetingPlan.totalMinutes).localized(language),
                        style: over ? .warning : .dim),
                ]
            ]
        case .purpose:
            let text = typing ?? meeting.purpose
            if typing == nil && text.isEmpty {
                return [[Part(text: PlannerText.noPurpose.localized(language), style: .dim)]]
            }
            let lines = TextWidth.wrap(text, width: max(1, width - 1))
            if typing != nil {
                return (lines.isEmpty ? [""] : lines.suffix(rows)).map { [Part(text: $0)] }
            }
            guard lines.count > rows else { return lines.map { [Part(text: $0)] } }
            var shown = Array(lines.prefix(rows))
            shown[rows - 1] = TextWidth.truncate(shown[rows - 1] + " " + lines[rows], to: width - 1)
            return shown.map { [Part(text: $0)] }
        case .help:
            return []
        }
    }
}

import DialoogCore

/// Who is here: participants by nickname (those who came before first, marked "eerder"), or
/// the headcount of a large or anonymous group; the line to type a nickname or a count.
enum AttendanceOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, panel: AttendancePanel, into canvas: inout Canvas) {
        let language = state.language
        let record = meeting.record
        // As tall as the list (at least a few rows, so it does not jump as names are added).
        // Named: the participants, then the row of those without a nickname.
        let listed = record.countOnly ? Headcount.Field.allCases.count : max(6, meeting.record.participants.count) + 1
        let typing = !record.countOnly && panel.typing != nil && !panel.typingUnnamed ? LiveBox.typingRows : 0
        let box = LiveBox.draw(
            title: LiveWords.attendanceTitle(present: record.attendanceCount).localized(language), maxWidth: 72,
            height: 2 + 2 + listed + 1 + typing, into: &canvas)
        guard box.rows > 0 else { return }
        canvas.text(
            (record.countOnly ? LiveWords.countingHint : .namesHint).localized(language), x: box.inner, y: box.top,
            style: .dim, maxWidth: box.innerWidth)
        if record.countOnly {
            drawCounts(state, record: record, panel: panel, box: box, into: &canvas)
        } else {
            drawNames(state, meeting: meeting, panel: panel, box: box, into: &canvas)
        }
    }

    /// "[✓] Fatma   deelnemer   eerder", the row under the cursor highlighted.
    private static func drawNames(
        _ state: AppState, meeting: LiveMeeting, panel: AttendancePanel, box: LiveBox, into canvas: inout Canvas
    ) {
        let language = state.language
        let listed = meeting.attendanceOrder
        let onUnnamed = panel.row == listed.count
        let typingRows = panel.typing == nil || panel.typingUnnamed ? 0 : LiveBox.typingRows
        let first = box.top + 2
        // The last row is kept for those without a nickname.
        let rows = max(0, box.bottom - first - typingRows - 1)
        let unnamedY = first + min(max(listed.count, 1), rows)
        drawUnnamed(
            state, record: meeting.record, panel: panel,
            selected: onUnnamed && (panel.typing == nil || panel.typingUnnamed),
            y: unnamedY, box: box, into: &canvas)
        if panel.typing == nil && unnamedY < box.bottom {
            canvas.markRow(y: unnamedY, steps: listed.count - panel.row, x: box.x + 1, count: box.width - 2)
        }
        if listed.isEmpty && rows > 0 {
            canvas.text(
                LiveWords.noParticipants.localized(language), x: box.inner, y: first, style: .dim,
                maxWidth: box.innerWidth)
        }
        let nameWidth = min(Participant.nicknameLength, max(8, (box.innerWidth - 4) / 2))
        let offset = rows > 0 ? max(0, min(panel.row - rows + 1, listed.count - rows)) : 0
        let roleX = box.inner + 4 + nameWidth + 2
        let roleWidth = 13
        for index in offset..<min(listed.count, offset + rows) {
            let person = listed[index]
            let y = first + index - offset
            let selected = index == panel.row && panel.typing == nil
            let present = meeting.record.present.contains(person.id)
            // A click chooses the participant; marking present stays on Space.
            if panel.typing == nil {
                canvas.markRow(y: y, steps: index - panel.row, x: box.x + 1, count: box.width - 2)
            }
            if selected {
                canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
            }
            let check = present ? (canvas.asciiOnly ? "[x]" : "[✓]") : "[ ]"
            canvas.text(check, x: box.inner, y: y, style: selected ? .selected : present ? .accent : .dim)
            canvas.text(
                person.nickname, x: box.inner + 4, y: y, style: selected ? .selected : present ? .normal : .dim,
                maxWidth: nameWidth)
            let roleStyle: Style = selected ? .selected : person.role == .deelnemer ? .dim : .normal
            canvas.text(
                LiveWords.role(person.role).localized(language), x: roleX, y: y, style: roleStyle,
                maxWidth: max(0, min(roleWidth, box.inner + box.innerWidth - roleX)))
            if meeting.returning.contains(person.id) {
                let x = roleX + roleWidth + 1
                canvas.text(
                    LiveWords.returning.localized(language), x: x, y: y, style: selected ? .selected : .dim,
                    maxWidth: max(0, box.inner + box.innerWidth - x))
            }
        }
        if let typed = panel.field, !panel.typingUnnamed {
            box.drawTyping(
                label: (panel.renaming == nil ? LiveWords.newNickname : .renamedNickname).localized(language),
                typed: typed,
                hint: LiveWords.nicknameHint.localized(language), into: &canvas)
        }
    }

    /// "zonder bijnaam  8": the people present who gave no nickname, typed in its row.
    private static func drawUnnamed(
        _ state: AppState, record: LiveRecord, panel: AttendancePanel, selected: Bool, y: Int, box: LiveBox,
        into canvas: inout Canvas
    ) {
        guard y < box.bottom else { return }
        if selected {
            canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
            canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
        }
        let used = canvas.text(
            LiveWords.unnamedRow.localized(state.language) + "  ", x: box.inner + 4, y: y,
            style: selected ? .selected : .normal, maxWidth: box.innerWidth - 8)
        let valueX = box.inner + 4 + used
        if selected, panel.typingUnnamed, let typed = panel.field {
            TextFieldView.draw(
                typed, x: valueX, y: y, width: max(1, box.inner + box.innerWidth - valueX), style: .selected,
                counter: false, cursorStyle: .key, into: &canvas)
        } else {
            canvas.text(String(record.unnamed), x: valueX, y: y, style: selected ? .selected : .heading)
        }
    }

    /// The headcount: totaal, vrouwen, mannen, jongeren, the number being typed in its row.
    private static func drawCounts(
        _ state: AppState, record: LiveRecord, panel: AttendancePanel, box: LiveBox, into canvas: inout Canvas
    ) {
        let language = state.language
        let fields = Headcount.Field.allCases
        let labels = fields.map { LiveWords.countField($0).localized(language) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        for (index, field) in fields.enumerated() {
            let y = box.top + 2 + index
            guard y < box.bottom else { break }
            let selected = index == panel.row
            if panel.typing == nil {
                canvas.markRow(y: y, steps: index - panel.row, x: box.x + 1, count: box.width - 2)
            }
            if selected {
                canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
            }
            canvas.text(labels[index], x: box.inner, y: y, style: selected ? .selected : .normal, maxWidth: labelWidth)
            let valueX = box.inner + labelWidth
            if selected, let typed = panel.field {
                TextFieldView.draw(
                    typed, x: valueX, y: y, width: max(1, box.inner + box.innerWidth - valueX), style: .selected,
                    counter: false, cursorStyle: .key, into: &canvas)
            } else {
                let value = record.headcount[field].map(String.init) ?? LiveWords.notCounted.localized(language)
                canvas.text(value, x: valueX, y: y, style: selected ? .selected : field == .total ? .heading : .normal)
            }
        }
    }
}

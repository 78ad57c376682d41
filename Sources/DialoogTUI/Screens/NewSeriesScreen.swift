import DialoogCore
import DialoogPrint

/// The form for a new series: method, name, organisation, place, gespreksleiders, venue,
/// languages, group, size, the three dates and (for some methods) the group's choice. The
/// last line makes the proposal; what each field wants is said on the status line.
package enum NewSeriesScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        guard let form = state.newSeries, let library = state.library else {
            Chrome.drawTitle(state, into: &canvas)
            canvas.text(" " + Text.libraryLoading.localized(state.language), x: 0, y: Chrome.topRows, style: .dim)
            Chrome.drawStatus(state, fallback: "", into: &canvas)
            Chrome.drawHints(state, keymap: keymap, into: &canvas)
            return
        }
        draw(form, method: state.newSeriesMethod, library: library, state: state, keymap: keymap, into: &canvas)
    }

    /// The form on the whole screen: a new series', or (from the planner, `e`) the details of
    /// the series being planned.
    package static func draw(
        _ form: NewSeriesForm, method: Methodology?, library: Library, state: AppState, keymap: Keymap,
        into canvas: inout Canvas
    ) {
        Chrome.drawTitle(state, into: &canvas)
        let language = state.language
        let fields = form.fields(for: method)
        let titled = canvas.text(
            " " + (form.editing ? PlannerText.detailsTitle : PlannerText.newSeriesTitle).localized(language), x: 0,
            y: Chrome.topRows, style: .heading)
        if let template = form.template {
            // The agenda comes from the template; the fields below are still the form's.
            canvas.text(
                " " + canvas.glyphs.separator + " "
                    + PlannerText.fromTemplate(name: template.name, meetings: template.plan.meetings.count)
                    .localized(language),
                x: titled, y: Chrome.topRows, style: .accent, maxWidth: max(0, canvas.width - titled - 1))
        }

        let labels = fields.filter { $0 != .create }.map { PlannerText.formLabel($0).localized(language) }
        let valueX = 3 + (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        let valueWidth = max(8, canvas.width - valueX - 1)
        let rows = formRows(
            form, method: method, library: library, language: language, width: valueWidth, canvas: canvas)

        // The list scrolls to keep the cursor in view; the last line stays in place below it.
        let createRow = canvas.height - Chrome.bottomRows - 1
        let listTop = Chrome.topRows + 1
        let visible = max(1, createRow - 1 - listTop)
        // The whole focused field in view when it fits (the group's choice with its explanation),
        // and at least the row with its cursor.
        let cursor = rows.firstIndex { $0.field == form.field && $0.hasCursor } ?? rows.count - 1
        let last = rows.lastIndex { $0.field == form.field } ?? rows.count - 1
        let first = max(0, min(last - visible + 1, cursor))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = listTop + offset
            let focused = row.field == form.field
            if let label = row.label {
                let wrong = form.problems[row.field] != nil
                if focused {
                    canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: .key)
                } else if wrong {
                    // Every field that was wrong at the last try is marked at once.
                    canvas.text("!", x: 1, y: y, style: .warning)
                }
                canvas.text(label, x: 3, y: y, style: focused ? .heading : wrong ? .warning : .dim)
            }
            if focused && form.field.isText && row.label != nil, let typed = form.focusedText {
                // The field being typed, scrolled to keep its cursor in view.
                TextFieldView.draw(typed, x: valueX, y: y, width: max(1, canvas.width - valueX - 1), into: &canvas)
                continue
            }
            var x = valueX
            for piece in row.pieces {
                x += canvas.text(piece.text, x: x, y: y, style: piece.style, maxWidth: max(0, canvas.width - x - 1))
            }
        }

        let create = (form.editing ? PlannerText.saveDetails : PlannerText.formLabel(.create)).localized(language)
        let onCreate = form.field == .create
        if onCreate { canvas.text(canvas.glyphs.pointer, x: 1, y: createRow, style: .key) }
        canvas.text("[ \(create) ]", x: 3, y: createRow, style: onCreate ? .selected : .accent)

        Chrome.drawStatus(state, fallback: hint(form, state: state).localized(language), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
        if let templates = form.templates {
            canvas.coverRows()
            ChoicePickerOverlay.draw(templates, state: state, library: library, into: &canvas)
        }
    }

    /// The line above the keys: on a date being typed what it will be (or what is wrong), on
    /// a field that was wrong its problem, else what the field wants.
    private static func hint(_ form: NewSeriesForm, state: AppState) -> PlannerText {
        if case .date(let index) = form.field,
            let reading = form.start(of: index, today: state.now, calendar: state.calendar)
        {
            return PlannerText.dateReading(reading, calendar: state.calendar)
        }
        if let problem = form.problems[form.field] { return .notice(problem) }
        if form.editing, form.field == .create { return .saveDetailsHint }
        return .formHint(form.field)
    }

    private struct Piece {
        var text: String
        var style: Style = .normal
    }

    private struct Row {
        var field: NewSeriesForm.Field
        var label: String?
        var pieces: [Piece]
        /// The row holds the cursor of its field (for a field over several rows).
        var hasCursor = true
    }

    private static func formRows(
        _ form: NewSeriesForm, method: Methodology?, library: Library, language: Language, width: Int,
        canvas: Canvas
    ) -> [Row] {
        let ascii = canvas.asciiOnly
        var rows: [Row] = []
        for field in form.fields(for: method) where field != .create {
            let label = PlannerText.formLabel(field).localized(language)
            let focused = form.field == field
            func choice(_ text: String) -> [Piece] {
                [Piece(text: focused ? (ascii ? "< " : "‹ ") + text + (ascii ? " >" : " ›") : text)]
            }
            switch field {
            case .method:
                let text = method.map { "\($0.organisation.short) \(canvas.glyphs.separator) \($0.name)" } ?? ""
                rows.append(Row(field: field, label: label, pieces: choice(text)))
            case .venue:
                rows.append(
                    Row(
                        field: field, label: label, pieces: choice(PlanText.venueName(form.venue).localized(language))
                    ))
            case .groups:
                let items = NewSeriesForm.groupOrder.enumerated().map { index, group in
                    let ticked = form.groups.contains(group)
                    let text = (ticked ? "[x] " : "[ ] ") + PlanText.groupName(group).localized(language)
                    return (text, focused && index == form.groupCursor, ticked)
                }
                rows += wrapped(items, field: field, label: label, width: width)
            case .groupChoice:
                guard let choice = method?.groupChoice else { continue }
                rows.append(
                    Row(
                        field: field, label: label,
                        pieces: [
                            Piece(
                                text: PlannerText.chooseCount(choose: choice.choose, chosen: form.choice.count)
                                    .localized(language), style: .dim)
                        ], hasCursor: false))
                let items = choice.options.enumerated().map { index, option in
                    let order = form.choice.firstIndex(of: option.name).map { "[\($0 + 1)] " } ?? "[ ] "
                    return (order + option.name, focused && index == form.choiceCursor, order != "[ ] ")
                }
                rows += wrapped(items, field: field, label: nil, width: width)
                for line in TextWidth.wrap(choice.text, width: width) {
                    rows.append(
                        Row(field: field, label: nil, pieces: [Piece(text: line, style: .dim)], hasCursor: false))
                }
            default:
                let text = form.text(of: field) ?? ""
                if text.isEmpty && !focused {
                    let placeholder: String
                    switch field {
                    case .organisation:
                        placeholder =
                            method.map { PlannerText.fromMethod($0.organisation.short).localized(language) } ?? ""
                    case .date: placeholder = PlannerText.datePlaceholder.localized(language)
                    default: placeholder = ""
                    }
                    rows.append(Row(field: field, label: label, pieces: [Piece(text: placeholder, style: .dim)]))
                } else {
                    // Keep the end of a long text in view while typing.
                    var shown = text
                    while focused && TextWidth.of(shown) > width - 1 { shown.removeFirst() }
                    rows.append(Row(field: field, label: label, pieces: [Piece(text: shown)]))
                }
                // Another spelling of a municipality in use: said below it while it is typed.
                if field == .municipality, focused, let spelling = form.municipalitySuggestion {
                    rows.append(
                        Row(
                            field: field, label: nil,
                            pieces: [
                                Piece(text: PlannerText.municipalityInUse(spelling).localized(language), style: .accent)
                            ],
                            hasCursor: false))
                }
            }
        }
        rows.append(Row(field: .create, label: nil, pieces: []))
        return rows
    }

    /// Items laid out in as many rows as `width` needs, two spaces apart; the one under the
    /// cursor highlighted, ticked ones in the accent colour.
    private static func wrapped(
        _ items: [(text: String, cursor: Bool, ticked: Bool)], field: NewSeriesForm.Field, label: String?, width: Int
    ) -> [Row] {
        var rows: [Row] = []
        var current = Row(field: field, label: label, pieces: [], hasCursor: false)
        var used = 0
        for item in items {
            let w = TextWidth.of(item.text)
            if used > 0 && used + 2 + w > width {
                rows.append(current)
                current = Row(field: field, label: nil, pieces: [], hasCursor: false)
                used = 0
            }
            if used > 0 {
                current.pieces.append(Piece(text: "  "))
                used += 2
            }
            current.pieces.append(
                Piece(text: item.text, style: item.cursor ? .selected : item.ticked ? .accent : .normal))
            current.hasCursor = current.hasCursor || item.cursor
            used += w
        }
        rows.append(current)
        if !rows.contains(where: \.hasCursor) { rows[0].hasCursor = true }
        return rows
    }
}

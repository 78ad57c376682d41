import DialoogCore
import DialoogPrint
import Foundation

/// The series planner: the meetings side by side (one at a time on a narrow screen), each an
/// agenda with computed start times, minutes and the temperature of each block's theme; the
/// warnings below; the block editor, prompt picker, meeting editor and checklist open over it.
package enum PlannerScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let planner = state.plannerState
        let language = state.language
        guard let plan = planner.plan else {
            Chrome.drawTitle(state, into: &canvas)
            canvas.text(" " + PlannerText.loading.localized(language), x: 0, y: Chrome.topRows, style: .dim)
            Chrome.drawStatus(state, fallback: "", into: &canvas)
            Chrome.drawHints(state, keymap: keymap, into: &canvas)
            return
        }
        let library = state.library ?? Library()
        if let details = planner.details {
            // The series' details in the new-series form's fields, on the whole screen.
            NewSeriesScreen.draw(details, method: nil, library: library, state: state, keymap: keymap, into: &canvas)
            return
        }
        Chrome.drawTitle(state, subtitle: subtitle(plan, library: library, glyphs: canvas.glyphs), into: &canvas)
        let bottom = canvas.height - Chrome.bottomRows
        // The warnings stand right below the agendas, with at least a few lines kept for them.
        let panelRows = warningsPanelRows(state, bodyRows: bottom - Chrome.topRows)
        let footer = drawColumns(
            state, plan: plan, library: library, top: Chrome.topRows, bottom: bottom - panelRows, into: &canvas)
        let panelTop = min(footer + 2, bottom - panelRows)
        // What the group raised itself before this meeting comes back as a suggestion for it.
        let raised = planner.raisedBefore
        if !raised.isEmpty, footer + 1 < panelTop {
            let themes = raised.map { "\($0.text) (\($0.meeting))" }
            canvas.text(
                " " + PlannerText.raisedByGroup(themes).localized(language), x: 0, y: footer + 1, style: .accent,
                maxWidth: canvas.width - 1)
        }
        // The rows a tall screen has left below the warnings show the block under the cursor in
        // full; while the warnings have the keys, they keep those rows for the one read whole.
        // A panel open over the agenda (the block editor, a picker) has the block already.
        let warningsEnd = panelTop + panelRows
        let panelOpen =
            planner.picker != nil || planner.adding != nil || planner.topic != nil || planner.editor != nil
            || planner.meetingEditor != nil || planner.checklist != nil
        if planner.warningSelection == nil, !panelOpen, bottom - warningsEnd - 1 >= BlockPanel.minimumRows {
            drawWarnings(state, library: library, top: panelTop, bottom: warningsEnd, into: &canvas)
            BlockPanel.draw(state, library: library, top: warningsEnd + 1, bottom: bottom, into: &canvas)
        } else {
            drawWarnings(state, library: library, top: panelTop, bottom: bottom, into: &canvas)
        }
        let summary: String
        if planner.meetingEditor != nil {
            summary = MeetingEditorOverlay.summary(state)
        } else if let editor = planner.editor, let block = planner.currentBlock,
            editor.current(promptCount: block.prompts.count).isNumber
        {
            // On the minutes: their range, and how to type or step them.
            summary = PlannerText.numberHint(PlanBlock.minuteRange, now: block.minutes, typing: editor.typing != nil)
                .localized(state.language)
        } else {
            summary = blockSummary(state, library: library, glyphs: canvas.glyphs, width: canvas.width)
        }
        Chrome.drawStatus(state, fallback: summary, into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
        if let name = planner.templateName { TemplateNameBar.draw(state, field: name, into: &canvas) }
        // A panel over the agenda: its blocks can no longer be clicked (a picker marks its own).
        if planner.picker != nil || planner.adding != nil || planner.editor != nil || planner.meetingEditor != nil
            || planner.checklist != nil
        {
            canvas.coverRows()
        }
        if planner.picker != nil {
            PromptPickerOverlay.draw(state, library: library, into: &canvas)
        } else if planner.adding != nil || planner.topic != nil {
            ChoicePickerOverlay.draw(state, library: library, into: &canvas)
        } else if planner.editor != nil {
            BlockEditorOverlay.draw(state, library: library, into: &canvas)
            ChoicePickerOverlay.draw(state, library: library, into: &canvas)
        } else if planner.meetingEditor != nil {
            MeetingEditorOverlay.draw(state, library: library, into: &canvas)
        } else if planner.checklist != nil {
            ChecklistOverlay.draw(state, into: &canvas)
        }
    }

    /// "Vrouwengroep Schilderswijk · HTIB · Den Haag" after the program's name.
    private static func subtitle(_ plan: SeriesPlan, library: Library, glyphs: Glyphs) -> String {
        let series = plan.series
        let method = library.method(series.methodId).map { "\($0.organisation.short) \($0.name)" } ?? series.methodId
        return ([series.name, method] + (series.municipality.map { [$0] } ?? []))
            .joined(separator: " \(glyphs.separator) ")
    }

    /// The status line when nothing is said: the block under the cursor in full.
    private static func blockSummary(_ state: AppState, library: Library, glyphs: Glyphs, width: Int) -> String {
        guard let block = state.plannerState.currentBlock else {
            return state.plannerState.currentMeeting?.meeting.purpose ?? ""
        }
        let language = state.language
        var parts = [block.title, library.workingForm(block.form)?.name ?? block.form]
        // When the agenda has no room for the start time, the status line says it.
        if let plan = state.plannerState.plan, let meeting = state.plannerState.currentMeeting {
            let count = columnCount(width: width, meetings: plan.meetings.count)
            let layout = AgendaLayout(
                width: AgendaLayout.columnWidth(screen: width, count: count), blocks: meeting.blocks)
            if layout.time == nil,
                let range = BlockPanel.timeRange(meeting, block: state.plannerState.block, state: state)
            {
                parts.insert(range, at: 0)
            }
        }
        if let theme = block.theme {
            let found = library.theme(theme)
            parts.append(
                (found?.name ?? theme)
                    + (found.map { " (" + LibraryText.temperatureName($0.temperature).localized(language) + ")" } ?? "")
            )
        }
        if let provenance = block.shownProvenance {
            let method = state.plannerState.plan.flatMap { library.method($0.series.methodId) }
            parts.append(ProvenanceMark.label(provenance, method: method, language: language, ascii: state.asciiOnly))
        }
        parts.append(PlannerText.promptCount(block.prompts.count).localized(language))
        return parts.joined(separator: " \(glyphs.separator) ")
    }

    // MARK: - Columns

    /// How many meetings stand side by side at a width: one on a narrow screen, else three,
    /// or more on a very wide one.
    package static func columnCount(width: Int, meetings: Int) -> Int {
        width < 78 ? 1 : max(3, min(meetings, width / 40))
    }

    /// Draws the meetings in view and returns the row of their totals.
    private static func drawColumns(
        _ state: AppState, plan: SeriesPlan, library: Library, top: Int, bottom: Int, into canvas: inout Canvas
    ) -> Int {
        let planner = state.plannerState
        let language = state.language
        let count = columnCount(width: canvas.width, meetings: plan.meetings.count)
        let first = planner.meeting < count ? 0 : planner.meeting - count + 1
        let visible = Array(plan.meetings.indices.dropFirst(first).prefix(count))
        var y = top
        if count == 1 || plan.meetings.count > count {
            drawTabLine(state, plan: plan, visible: visible, y: y, into: &canvas)
            y += 1
        }
        let width = AgendaLayout.columnWidth(screen: canvas.width, count: count)
        let headings = visible.map { heading(plan.meetings[$0], state: state) }
        let oneLine = headings.allSatisfy { TextWidth.of($0.title + " · " + $0.date) <= width - 2 }
        let blocksTop = y + (oneLine ? 1 : 2)
        let longest = visible.map { plan.meetings[$0].blocks.count }.max() ?? 0
        let footer = max(blocksTop + 1, min(blocksTop + max(longest, 1), bottom - 2))
        let rows = max(1, footer - blocksTop)
        for (column, index) in visible.enumerated() {
            let x = column * (width + 1)
            if column > 0 {
                for row in y...footer {
                    canvas.text(canvas.glyphs.vertical, x: x - 1, y: row, style: .border)
                }
            }
            let meeting = plan.meetings[index]
            let focused = index == planner.meeting
            let (title, date) = headings[column]
            let used = canvas.text(title, x: x + 1, y: y, style: focused ? .title : .heading, maxWidth: width - 1)
            if oneLine {
                canvas.text(
                    " \(canvas.glyphs.separator) " + date, x: x + 1 + used, y: y, style: .dim,
                    maxWidth: width - used - 1)
            } else {
                canvas.text(date, x: x + 1, y: y + 1, style: .dim, maxWidth: width - 1)
            }
            drawAgenda(
                state, meeting: meeting, library: library, focused: focused, x: x, width: width, top: blocksTop,
                rows: rows, into: &canvas)
            let over = meeting.meeting.plannedMinutes.map { meeting.totalMinutes > $0 } ?? false
            canvas.text(
                PlannerText.total(minutes: meeting.totalMinutes, planned: meeting.meeting.plannedMinutes).localized(
                    language),
                x: x + 1, y: footer, style: over ? .warning : .dim, maxWidth: width - 1)
        }
        return footer
    }

    /// "Bijeenkomst 1" and "di 8 dec 19:30" (or "nog geen datum").
    private static func heading(_ plan: MeetingPlan, state: AppState) -> (title: String, date: String) {
        let meeting = plan.meeting
        let title = PlannerText.meetingTitle(meeting.kind, number: meeting.number).localized(state.language)
        let date =
            meeting.startsAt.map {
                DateText.meeting($0, now: state.now, calendar: state.calendar, language: state.language)
            } ?? Text.noDate.localized(state.language)
        return (title, date)
    }

    /// " 1  2  3  nazorg": every meeting, the one under the cursor highlighted, those in view
    /// in the heading colour.
    private static func drawTabLine(
        _ state: AppState, plan: SeriesPlan, visible: [Int], y: Int, into canvas: inout Canvas
    ) {
        var x = 1
        for (index, meetingPlan) in plan.meetings.enumerated() {
            let meeting = meetingPlan.meeting
            let label =
                " " + PlannerText.meetingTab(meeting.kind, number: meeting.number).localized(state.language)
                + " "
            let style: Style =
                index == state.plannerState.meeting ? .selected : visible.contains(index) ? .heading : .dim
            x += canvas.text(label, x: x, y: y, style: style) + 1
        }
    }

    /// One line per block: start, minutes, temperature, title, and `!` when a warning is about it.
    private static func drawAgenda(
        _ state: AppState, meeting: MeetingPlan, library: Library, focused: Bool, x: Int, width: Int, top: Int,
        rows: Int, into canvas: inout Canvas
    ) {
        let planner = state.plannerState
        guard !meeting.blocks.isEmpty else {
            let lines = TextWidth.wrap(PlannerText.noBlocks.localized(state.language), width: width - 2)
            for (row, line) in lines.prefix(rows).enumerated() {
                canvas.text(line, x: x + 1, y: top + row, style: .dim, maxWidth: width - 1)
            }
            return
        }
        // A hint names no mistake in a block: it does not mark one.
        let warned = Set(
            planner.warnings.filter { $0.meeting == meeting.meeting.number && !$0.isHint }.compactMap(\.blockId))
        let starts = meeting.blockStarts
        let layout = AgendaLayout(width: width, blocks: meeting.blocks)
        let offset = focused ? max(0, planner.block - rows + 1) : 0
        var elapsed = Limits.sum(meeting.blocks.prefix(offset).map(\.minutes))
        for index in offset..<min(meeting.blocks.count, offset + rows) {
            let block = meeting.blocks[index]
            let y = top + index - offset
            defer { elapsed = Limits.add(elapsed, block.minutes) }
            let selected = focused && index == planner.block
            let base: Style = selected ? .selected : .normal
            if focused { canvas.markRow(y: y, steps: index - planner.block, x: x, count: width) }
            if selected {
                canvas.fill(x: x, y: y, count: width, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x, y: y, style: .selected)
            }
            if let timeX = layout.time {
                let time = starts[index].map { DateText.clock($0, calendar: state.calendar) } ?? offsetText(elapsed)
                canvas.text(time, x: x + timeX, y: y, style: starts[index] == nil && !selected ? .dim : base)
            }
            let minutes = String(block.minutes)
            canvas.text(
                minutes, x: x + layout.minutes + max(0, layout.minutesWidth - minutes.count), y: y, style: base,
                maxWidth: layout.minutesWidth)
            if let temperature = block.theme.flatMap({ library.theme($0)?.temperature }) {
                canvas.text(
                    TemperatureMark.symbol(temperature, ascii: canvas.asciiOnly), x: x + layout.temperature, y: y,
                    style: selected ? .selected : TemperatureMark.style(temperature))
            }
            let mark = warned.contains(block.id)
            canvas.text(
                block.title, x: x + layout.title, y: y, style: base, maxWidth: width - layout.title - (mark ? 2 : 0))
            if mark { canvas.text("!", x: x + width - 1, y: y, style: selected ? .selected : .warning) }
        }
        // Blocks out of view above or below are marked in the pointer's column (beside it on
        // the block under the cursor), so a short screen never hides them silently.
        let shown = min(meeting.blocks.count, offset + rows) - offset
        func scrollMark(_ glyph: String, row: Int) {
            let selected = focused && offset + row == planner.block
            canvas.text(
                glyph, x: x + (selected ? layout.title - 1 : 0), y: top + row, style: selected ? .selected : .accent)
        }
        if offset > 0 { scrollMark(canvas.asciiOnly ? "^" : "↑", row: 0) }
        if offset + rows < meeting.blocks.count { scrollMark(canvas.asciiOnly ? "v" : "↓", row: shown - 1) }
    }

    /// "+1:05": time since the start, for a meeting without a date.
    static func offsetText(_ minutes: Int) -> String {
        "+\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }

    // MARK: - Warnings

    /// Rows the warnings panel takes: its heading and as many warnings as the height allows
    /// (more while the warnings have the keys).
    private static func warningsPanelRows(_ state: AppState, bodyRows: Int) -> Int {
        let count = state.plannerState.warnings.count
        guard count > 0 else { return 1 }
        let room =
            state.plannerState.warningSelection != nil ? bodyRows / 2 : bodyRows >= 30 ? 6 : bodyRows >= 18 ? 3 : 1
        return 1 + min(count, room)
    }

    private static func drawWarnings(
        _ state: AppState, library: Library, top: Int, bottom: Int, into canvas: inout Canvas
    ) {
        let language = state.language
        let planner = state.plannerState
        let warnings = planner.orderedWarnings
        guard !warnings.isEmpty else {
            canvas.text(
                " " + PlannerText.noWarnings.localized(language), x: 0, y: top, style: .dim,
                maxWidth: canvas.width - 1)
            return
        }
        let heading = " " + PlannerText.warningsHeading(warnings.count).localized(language) + " "
        let used = canvas.text(heading, x: 0, y: top, style: planner.warningSelection == nil ? .heading : .title)
        canvas.horizontalLine(x: used, y: top, count: canvas.width - used)
        let texts = wording(warnings, plan: planner.plan, library: library, language: language)
        let rows = bottom - top - 1
        let selected = planner.warningSelection
        let dash = canvas.asciiOnly ? " - " : " — "
        // One line per warning; the one under the cursor in full, wrapped over as many lines as
        // it needs (at most the panel), so a long warning and its principle can be read whole.
        var lines: [(index: Int, text: String, first: Bool)] = []
        for index in warnings.indices {
            guard index == selected else {
                lines.append((index, texts[index], true))
                continue
            }
            let whole = WarningActionText.whole(
                warnings[index], what: texts[index], language: language, ascii: canvas.asciiOnly)
            let wrapped = TextWidth.wrap(whole, width: canvas.width - 4)
            for (offset, line) in wrapped.prefix(max(1, rows)).enumerated() { lines.append((index, line, offset == 0)) }
        }
        let lastSelected = lines.lastIndex { $0.index == selected } ?? 0
        let firstLine = selected == nil ? 0 : max(0, lastSelected - rows + 1)
        for (row, line) in lines.dropFirst(firstLine).prefix(rows).enumerated() {
            let y = top + 1 + row
            let warning = warnings[line.index]
            let isSelected = line.index == selected
            if isSelected {
                canvas.fill(y: y, style: .selected)
                if line.first { canvas.text(canvas.glyphs.pointer, x: 0, y: y, style: .selected) }
            }
            if line.first {
                let (mark, markStyle) = warning.marker(in: library, ascii: canvas.asciiOnly)
                canvas.text(mark, x: 1, y: y, style: isSelected ? .selected : Style(markStyle))
            }
            let x =
                3
                + canvas.text(
                    line.text, x: 3, y: y, style: isSelected ? .selected : .normal, maxWidth: canvas.width - 4)
            if !isSelected && x < canvas.width - 8 {
                canvas.text(dash + warning.principle, x: x, y: y, style: .dim, maxWidth: canvas.width - x - 1)
            }
        }
    }

    /// Each warning in words; two that would read the same also name their block's number.
    private static func wording(_ warnings: [PlanWarning], plan: SeriesPlan?, library: Library, language: Language)
        -> [String]
    {
        func text(_ warning: PlanWarning, numbered: Bool) -> String {
            var block: Int?
            if numbered, let id = warning.blockId,
                let blocks = plan?.meetings.first(where: { $0.meeting.number == warning.meeting })?.blocks
            {
                block = blocks.firstIndex { $0.id == id }.map { $0 + 1 }
            }
            return warning.what(in: library, language: language, block: block)
        }
        let plain = warnings.map { text($0, numbered: false) }
        return warnings.indices.map { index in
            plain.filter { $0 == plain[index] }.count > 1 ? text(warnings[index], numbered: true) : plain[index]
        }
    }

}

import DialoogCore
import DialoogPrint
import Foundation

/// The block under the cursor in full, in the rows a tall screen leaves below the warnings:
/// its whole title, times, minutes, working form, theme and provenance, its guidance, the
/// method's questions, its prompts with the meetings that used them or plan them, its
/// materials and the warnings about it with the principle they cite, all wrapped, never cut.
/// From 100 columns the panel has two halves (the block and its guidance on the left, the
/// prompts, materials and warnings on the right), so no line runs wider than a reader follows.
enum BlockPanel {
    /// The fewest rows worth a panel: its heading, the title, the facts and three lines.
    static let minimumRows = 6
    /// From this width the panel is drawn in two halves.
    static let twoHalvesWidth = 100

    /// One paragraph: a label in the label column (or none, across the whole width), a mark
    /// before its first line, its text wrapped, and lines said after it.
    private struct Paragraph {
        var label: String?
        var mark: (text: String, style: Style)?
        var text: String
        var style: Style = .normal
        /// Across the whole width, without a label column (the title and its facts).
        var full = false
    }

    private struct Line {
        var label: String?
        var mark: (text: String, style: Style)?
        var text: String
        var style: Style
        var indent: Int
    }

    static func draw(
        _ state: AppState, library: Library, top: Int, bottom: Int, into canvas: inout Canvas
    ) {
        let planner = state.plannerState
        guard bottom - top >= minimumRows, let meeting = planner.currentMeeting else { return }
        let language = state.language
        let meetingTitle = PlannerText.meetingTitle(meeting.meeting.kind, number: meeting.meeting.number)
            .localized(language)
        let heading = " " + PlannerText.editorTitle(meeting: meetingTitle).localized(language) + " "
        let used = canvas.text(heading, x: 0, y: top, style: .heading)
        canvas.horizontalLine(x: used, y: top, count: canvas.width - used)
        guard let block = planner.currentBlock else {
            canvas.text(
                " " + PlannerText.noBlocks.localized(language), x: 0, y: top + 1, style: .dim,
                maxWidth: canvas.width - 1)
            return
        }
        let (left, right) = paragraphs(state, block: block, library: library, glyphs: canvas.glyphs)
        let labels = [left, right].flatMap { $0 }.compactMap(\.label)
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 2
        if canvas.width >= twoHalvesWidth {
            let half = (canvas.width - 3) / 2
            draw(
                left, x: 1, width: half - 1, labelWidth: labelWidth, top: top + 1, bottom: bottom, language: language,
                into: &canvas)
            for row in (top + 1)..<bottom { canvas.text(canvas.glyphs.vertical, x: half + 1, y: row, style: .border) }
            draw(
                right, x: half + 3, width: canvas.width - half - 4, labelWidth: labelWidth, top: top + 1,
                bottom: bottom, language: language, into: &canvas)
        } else {
            draw(
                left + right, x: 1, width: canvas.width - 2, labelWidth: labelWidth, top: top + 1, bottom: bottom,
                language: language, into: &canvas)
        }
    }

    /// Draws `paragraphs` wrapped into `width` cells from `top` up to `bottom`; when they need
    /// more rows, the last row says how many more and that Enter opens the block.
    private static func draw(
        _ paragraphs: [Paragraph], x: Int, width: Int, labelWidth: Int, top: Int, bottom: Int, language: Language,
        into canvas: inout Canvas
    ) {
        var lines: [Line] = []
        for paragraph in paragraphs {
            let indent = paragraph.full ? 0 : labelWidth
            let markWidth = paragraph.mark.map { TextWidth.of($0.text) + 1 } ?? 0
            let wrapped = TextWidth.wrap(paragraph.text, width: max(1, width - indent - markWidth))
            for (index, text) in wrapped.enumerated() {
                lines.append(
                    Line(
                        label: index == 0 ? paragraph.label : nil, mark: index == 0 ? paragraph.mark : nil, text: text,
                        style: paragraph.style, indent: indent + markWidth))
            }
        }
        let rows = bottom - top
        let shown = lines.count > rows ? max(0, rows - 1) : lines.count
        for (row, line) in lines.prefix(shown).enumerated() {
            let y = top + row
            if let label = line.label { canvas.text(label, x: x, y: y, style: .dim, maxWidth: labelWidth - 1) }
            if let mark = line.mark {
                canvas.text(mark.text, x: x + line.indent - TextWidth.of(mark.text) - 1, y: y, style: mark.style)
            }
            canvas.text(line.text, x: x + line.indent, y: y, style: line.style, maxWidth: width - line.indent)
        }
        if shown < lines.count {
            canvas.text(
                (canvas.asciiOnly ? "v " : "↓ ") + PlannerText.panelMore(lines.count - shown).localized(language),
                x: x, y: top + shown, style: .accent, maxWidth: width)
        }
    }

    /// The block's paragraphs: the left half (what the block is and how to lead it) and the
    /// right half (its prompts, materials and warnings).
    private static func paragraphs(_ state: AppState, block: PlanBlock, library: Library, glyphs: Glyphs) -> (
        [Paragraph], [Paragraph]
    ) {
        let planner = state.plannerState
        let language = state.language
        let ascii = glyphs == .ascii
        let separator = " \(glyphs.separator) "
        var left = [Paragraph(text: block.title, style: .heading, full: true)]
        var facts: [String] = []
        if let meeting = planner.currentMeeting, let range = timeRange(meeting, block: planner.block, state: state) {
            facts.append(range)
        }
        facts.append(LibraryText.minutesShort(block.minutes).localized(language))
        facts.append(library.workingForm(block.form)?.name ?? block.form)
        if let id = block.theme {
            if let theme = library.theme(id) {
                let temperature = LibraryText.temperatureName(theme.temperature).localized(language)
                let symbol = TemperatureMark.symbol(theme.temperature, ascii: ascii)
                facts.append("\(symbol) \(theme.name) (\(temperature))")
            } else {
                facts.append(id)
            }
        }
        if let provenance = block.shownProvenance {
            let method = planner.plan.flatMap { library.method($0.series.methodId) }
            facts.append(ProvenanceMark.label(provenance, method: method, language: language, ascii: ascii))
        }
        left.append(Paragraph(text: facts.joined(separator: separator), style: .dim, full: true))
        if !block.guidance.isEmpty {
            left.append(Paragraph(label: PlannerText.field(.guidance).localized(language), text: block.guidance))
        }
        let bullet = (text: ascii ? "-" : "•", style: Style.dim)
        for (index, question) in block.questions.enumerated() {
            left.append(
                Paragraph(
                    label: index == 0 ? PlannerText.panelQuestions.localized(language) : nil, mark: bullet,
                    text: question))
        }

        var right: [Paragraph] = []
        let promptsLabel = PlannerText.field(.prompt(0)).localized(language)
        if block.prompts.isEmpty {
            right.append(Paragraph(label: promptsLabel, text: PlannerText.noPrompts.localized(language), style: .dim))
        }
        let check = ascii ? "+" : "✓"
        for (index, id) in block.prompts.enumerated() {
            let prompt = library.prompt(id)
            let mark = prompt.map {
                (
                    text: TemperatureMark.symbol($0.temperature, ascii: ascii),
                    style: TemperatureMark.style($0.temperature)
                )
            }
            right.append(
                Paragraph(label: index == 0 ? promptsLabel : nil, mark: mark ?? bullet, text: prompt?.text ?? id))
            // Where else the series has it: used in a meeting held before, or planned in one to come.
            let before = planner.meetingsThatUsed(id)
            let elsewhere = planner.meetingsUsing(id)
            let marks = [
                before.isEmpty ? nil : PlannerText.usedEarlier(before).localized(language),
                elsewhere.isEmpty ? nil : PlannerText.usedIn(elsewhere).localized(language),
            ].compactMap { $0 }
            if !marks.isEmpty {
                right.append(
                    Paragraph(mark: (check, .warning), text: marks.joined(separator: separator), style: .warning))
            }
        }
        if !block.materials.isEmpty {
            right.append(Paragraph(label: PlannerText.field(.materials).localized(language), text: block.materials))
        }
        let warnings = planner.warnings.filter { $0.blockId == block.id }
        for (index, warning) in warnings.enumerated() {
            let (mark, style) = warning.marker(in: library, ascii: ascii)
            right.append(
                Paragraph(
                    label: index == 0 ? PlannerText.panelWarnings.localized(language) : nil, mark: (mark, Style(style)),
                    text: WarningActionText.whole(
                        warning, what: warning.what(in: library, language: language), language: language,
                        ascii: ascii)))
        }
        return (left, right)
    }

    /// "19:40–19:50": when the block at `index` runs, or "+0:10–+0:20" from the start in a
    /// meeting without a date.
    static func timeRange(_ meeting: MeetingPlan, block index: Int, state: AppState) -> String? {
        guard meeting.blocks.indices.contains(index) else { return nil }
        let minutes = meeting.blocks[index].minutes
        let dash = state.asciiOnly ? "-" : "–"
        if let start = meeting.blockStarts[index] {
            let end = start.addingTimeInterval(Double(Limits.stored(minutes)) * 60)
            return DateText.clock(start, calendar: state.calendar) + dash
                + DateText.clock(end, calendar: state.calendar)
        }
        let elapsed = Limits.sum(meeting.blocks.prefix(index).map(\.minutes))
        return PlannerScreen.offsetText(elapsed) + dash + PlannerScreen.offsetText(Limits.add(elapsed, minutes))
    }
}

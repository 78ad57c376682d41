import DialoogCore

/// The prompt picker over the planner: prompts for the block's theme suited to the group (or
/// every theme's, or a search over all prompts), those on the block ticked and those planned
/// elsewhere in the series marked with their meeting.
package enum PromptPickerOverlay {
    package static func draw(_ state: AppState, library: Library, into canvas: inout Canvas) {
        let planner = state.plannerState
        guard let picker = planner.picker, let block = planner.currentBlock else { return }
        let language = state.language
        let width = min(canvas.width - 2, 110)
        let x = (canvas.width - width) / 2
        let top = Chrome.topRows
        let height = canvas.height - Chrome.topRows - Chrome.bottomRows
        // The panel covers the agendas edge to edge, so nothing shows through at its sides.
        for row in top..<(top + height) { canvas.fill(y: row, style: .normal) }
        canvas.box(
            x: x, y: top, width: width, height: height,
            title: PlannerText.pickerTitle(block: block.title).localized(language))
        let inner = x + 2
        let innerWidth = width - 4
        let bottom = top + height - 1

        // The scope line: the theme, all themes, or the search being typed.
        var y = top + 1
        if picker.typing, let search = picker.search {
            // The label, then the search as a field with its cursor.
            let used = canvas.text(
                PlannerText.searchScope("").localized(language), x: inner, y: y, style: .heading,
                maxWidth: innerWidth)
            TextFieldView.draw(
                search, x: inner + used, y: y, width: innerWidth - used, style: .heading, into: &canvas)
        } else if let query = picker.query {
            canvas.text(
                PlannerText.searchScope(query).localized(language), x: inner, y: y, style: .heading,
                maxWidth: innerWidth - 1)
        } else {
            let scope: PlannerText =
                switch picker.scope {
                case .all: .scopeAll
                case .theme:
                    block.theme.map { .scopeTheme(library.theme($0)?.name ?? $0) } ?? .scopeMeeting
                }
            var text = scope.localized(language)
            if !(planner.plan?.series.groups.isEmpty ?? true) {
                text +=
                    " \(canvas.glyphs.separator) "
                    + PlannerText.forGroups(planner.plan?.series.groups ?? []).localized(language)
            }
            canvas.text(text, x: inner, y: y, style: .heading, maxWidth: innerWidth)
        }
        y += 2

        let prompts = state.pickerPrompts
        guard !prompts.isEmpty else {
            let empty =
                picker.query.map { Text.noResults($0).localized(language) }
                ?? PlannerText.noPromptsHere.localized(language)
            for (offset, line) in TextWidth.wrap(empty, width: innerWidth).enumerated() {
                canvas.text(line, x: inner, y: y + offset, style: .dim)
            }
            return
        }
        let selection = min(picker.selection, prompts.count - 1)
        let detail = TextWidth.wrap(prompts[selection].text, width: innerWidth)
        let detailRows = min(detail.count, 3) + 1
        let rows = max(1, bottom - y - detailRows - 1)
        let first = max(0, min(selection - rows / 2, prompts.count - rows))
        let check = canvas.asciiOnly ? "+" : "✓"
        for index in first..<min(prompts.count, first + rows) {
            let prompt = prompts[index]
            let row = y + index - first
            let selected = index == selection
            canvas.markRow(y: row, steps: index - selection, x: x + 1, count: width - 2)
            if selected {
                canvas.fill(x: x + 1, y: row, count: width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: row, style: .selected)
            }
            let chosen = block.prompts.contains(prompt.id)
            canvas.text(chosen ? "[x]" : "[ ]", x: inner, y: row, style: selected ? .selected : chosen ? .accent : .dim)
            let elsewhere = planner.meetingsUsing(prompt.id)
            let before = planner.meetingsThatUsed(prompt.id)
            let mark = [
                before.isEmpty ? nil : check + " " + PlannerText.usedEarlier(before).localized(language),
                elsewhere.isEmpty
                    ? nil : (before.isEmpty ? check + " " : "") + PlannerText.usedIn(elsewhere).localized(language),
            ].compactMap { $0 }.joined(separator: " \(canvas.glyphs.separator) ")
            let markWidth = TextWidth.of(mark)
            PromptLine.draw(
                prompt, id: prompt.id, language: language, x: inner + 4, y: row,
                width: innerWidth - 4 - (markWidth > 0 ? markWidth + 2 : 0), selected: selected, into: &canvas)
            if markWidth > 0 {
                canvas.text(mark, x: inner + innerWidth - markWidth, y: row, style: selected ? .selected : .warning)
            }
        }
        // The prompt under the cursor in full, with whom it is for.
        let detailTop = bottom - detailRows
        canvas.horizontalLine(x: x + 1, y: detailTop - 1, count: width - 2)
        for (offset, line) in detail.prefix(3).enumerated() {
            canvas.text(line, x: inner, y: detailTop + offset, maxWidth: innerWidth)
        }
        let about = [
            PlannerText.forGroups(prompts[selection].groups).localized(language),
            prompts[selection].theme.flatMap { library.theme($0)?.name },
            library.workingForm(prompts[selection].form)?.name,
        ].compactMap { $0 }.joined(separator: " \(canvas.glyphs.separator) ")
        canvas.text(about, x: inner, y: detailTop + min(detail.count, 3), style: .dim, maxWidth: innerWidth)
    }
}

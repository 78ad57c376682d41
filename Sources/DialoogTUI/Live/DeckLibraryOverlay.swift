import DialoogCore

/// The library over the deck, to take a prompt that was not planned: the block's theme (or
/// every theme, or a search) suited to the group, those already in the deck ticked, the one
/// under the cursor in full below.
enum DeckLibraryOverlay {
    static func draw(
        _ state: AppState, meeting: LiveMeeting, block: PlanBlock, picker: PromptPicker, into canvas: inout Canvas
    ) {
        let language = state.language
        let box = LiveBox.draw(title: LiveWords.libraryTitle.localized(language), maxWidth: 110, into: &canvas)
        guard box.rows > 0 else { return }
        let library = state.library
        var y = box.top
        if picker.typing, let search = picker.search {
            // The label, then the search as a field with its cursor.
            let used = canvas.text(
                PlannerText.searchScope("").localized(language), x: box.inner, y: y, style: .heading,
                maxWidth: box.innerWidth)
            TextFieldView.draw(
                search, x: box.inner + used, y: y, width: box.innerWidth - used, style: .heading, into: &canvas)
        } else if let query = picker.query {
            canvas.text(
                PlannerText.searchScope(query).localized(language), x: box.inner, y: y, style: .heading,
                maxWidth: box.innerWidth - 1)
        } else {
            let scope: PlannerText =
                switch picker.scope {
                case .all: .scopeAll
                case .theme:
                    block.theme.map { .scopeTheme(library?.theme($0)?.name ?? $0) } ?? .scopeMeeting
                }
            var text = scope.localized(language)
            let groups = meeting.series.groups
            if !groups.isEmpty {
                text += " \(canvas.glyphs.separator) " + PlannerText.forGroups(groups).localized(language)
            }
            canvas.text(text, x: box.inner, y: y, style: .heading, maxWidth: box.innerWidth)
        }
        y += 2
        let prompts = state.liveLibraryPrompts
        guard !prompts.isEmpty else {
            let empty =
                picker.query.map { Text.noResults($0).localized(language) }
                ?? PlannerText.noPromptsHere.localized(language)
            let lines = TextWidth.wrap(empty, width: box.innerWidth)
            for (offset, line) in lines.enumerated() where y + offset < box.bottom {
                canvas.text(line, x: box.inner, y: y + offset, style: .dim)
            }
            return
        }
        let inDeck = Set(state.liveDeck.map(\.promptId))
        let usedBefore = meeting.usedBefore
        let selection = min(picker.selection, prompts.count - 1)
        let detail = TextWidth.wrap(PromptText.text(prompts[selection], language: language), width: box.innerWidth)
        let detailRows = min(detail.count, 3) + 1
        let rows = max(1, box.bottom - y - detailRows - 1)
        let first = max(0, min(selection - rows / 2, prompts.count - rows))
        for index in first..<min(prompts.count, first + rows) {
            let prompt = prompts[index]
            let row = y + index - first
            let selected = index == selection
            if selected {
                canvas.fill(x: box.x + 1, y: row, count: box.width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: row, style: .selected)
            }
            let taken = inDeck.contains(prompt.id)
            canvas.text(
                taken ? "[x]" : "[ ]", x: box.inner, y: row, style: selected ? .selected : taken ? .accent : .dim)
            // A prompt an earlier meeting used says so on the right (`Ledger`).
            let mark = usedBefore[prompt.id].map { LiveWords.usedEarlier($0).localized(language) } ?? ""
            let markWidth = TextWidth.of(mark)
            PromptLine.draw(
                PromptText.localized(prompt, language: language), id: prompt.id, language: language, x: box.inner + 4,
                y: row, width: box.innerWidth - 4 - (markWidth > 0 ? markWidth + 1 : 0),
                selected: selected, into: &canvas)
            if markWidth > 0 {
                canvas.text(
                    mark, x: box.inner + box.innerWidth - markWidth, y: row, style: selected ? .selected : .warning)
            }
        }
        let detailTop = box.bottom - detailRows
        canvas.horizontalLine(x: box.x + 1, y: detailTop - 1, count: box.width - 2)
        for (offset, line) in detail.prefix(3).enumerated() {
            canvas.text(line, x: box.inner, y: detailTop + offset, maxWidth: box.innerWidth)
        }
        let about = [
            PlannerText.forGroups(prompts[selection].groups).localized(language),
            prompts[selection].theme.flatMap { library?.theme($0)?.name },
            library?.workingForm(prompts[selection].form)?.name,
        ].compactMap { $0 }.joined(separator: " \(canvas.glyphs.separator) ")
        canvas.text(about, x: box.inner, y: detailTop + min(detail.count, 3), style: .dim, maxWidth: box.innerWidth)
    }
}

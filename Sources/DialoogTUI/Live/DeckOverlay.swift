import DialoogCore

/// The prompt deck of the current block: every prompt, planned ones first, with its use, the
/// group's response and "niet gepland" for one taken from the library, then the block's own
/// questions, marked asked the same way, then the group's own statements as cards with the
/// meeting they come from; the row under the cursor in full below; the line to note a theme
/// the group raised; the library over it.
enum DeckOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, panel: DeckPanel, into canvas: inout Canvas) {
        guard let block = meeting.currentBlock else { return }
        if let picker = panel.picker {
            DeckLibraryOverlay.draw(state, meeting: meeting, block: block, picker: picker, into: &canvas)
            return
        }
        let language = state.language
        let box = LiveBox.draw(
            title: LiveWords.deckTitle(block.title).localized(language), maxWidth: 110, into: &canvas)
        let deck = state.liveDeck
        let raised = meeting.record.raisedThemes.filter { $0.blockId == block.id }.map(\.text)
        let statements = meeting.seriesStatements
        // Below the list: the card in full (up to three lines and a line about it), the themes
        // the group raised, and the typing line.
        let typingRows = panel.raising == nil ? 0 : LiveBox.typingRows
        let raisedRows = raised.isEmpty ? 0 : 1
        let questions = block.questions
        let total = deck.count + questions.count + statements.count
        let selection = total == 0 ? nil : min(panel.row, total - 1)
        let detail: [LiveLine] =
            selection.map { row -> [LiveLine] in
                if row < deck.count { return detailLines(deck[row], state: state, width: box.innerWidth) }
                if row < deck.count + questions.count {
                    return questionLines(questions[row - deck.count], language: language, width: box.innerWidth)
                }
                return statementLines(
                    statements[row - deck.count - questions.count], language: language, width: box.innerWidth)
            } ?? []
        let detailRows = detail.isEmpty ? 0 : detail.count + 1
        let listRows = max(1, box.rows - detailRows - raisedRows - typingRows)
        guard let selection else {
            let empty = TextWidth.wrap(LiveWords.emptyDeck.localized(language), width: box.innerWidth)
            for (offset, line) in empty.prefix(max(0, box.rows - typingRows - raisedRows)).enumerated() {
                canvas.text(line, x: box.inner, y: box.top + offset, style: .dim)
            }
            drawRaised(raised, language: language, y: box.bottom - typingRows - 1, box: box, into: &canvas)
            drawTyping(panel, language: language, box: box, into: &canvas)
            return
        }
        let first = max(0, min(selection - listRows + 1, total - listRows))
        let usedBefore = meeting.usedBefore
        let questionsBefore = meeting.questionsUsedBefore
        // The response and "niet gepland" on the right, in a column as wide as the widest.
        let rights =
            deck.map { card in
                [
                    card.use?.response.map { LiveWords.response($0).localized(language) },
                    card.planned ? nil : LiveWords.notPlanned.localized(language),
                    usedBefore[card.promptId].map { LiveWords.usedEarlier($0).localized(language) },
                ].compactMap { $0 }.joined(separator: " \(canvas.glyphs.separator) ")
            }
            + questions.map { question in
                [
                    // "gebruikt in 1" first: on a narrow deck it is what must stay readable.
                    questionsBefore[QuestionUse.key(question)].map { LiveWords.usedEarlier($0).localized(language) },
                    LiveWords.deckQuestion.localized(language),
                ].compactMap { $0 }.joined(separator: " \(canvas.glyphs.separator) ")
            }
        let rightWidth = min(box.innerWidth / 3, rights.map { TextWidth.of($0) }.max() ?? 0)
        for index in first..<min(total, first + listRows) {
            let y = box.top + index - first
            let selected = index == selection && panel.raising == nil
            // A click chooses the card; marking it used stays on Enter or Space.
            if panel.raising == nil, panel.picker == nil {
                canvas.markRow(y: y, steps: index - selection, x: box.x + 1, count: box.width - 2)
            }
            if selected {
                canvas.fill(x: box.x + 1, y: y, count: box.width - 2, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: box.x + 1, y: y, style: .selected)
            }
            if index >= deck.count + questions.count {
                drawStatement(
                    statements[index - deck.count - questions.count], language: language,
                    tonight: meeting.meeting.number, y: y, selected: selected, box: box, into: &canvas)
                continue
            }
            guard index < deck.count else {
                let question = questions[index - deck.count]
                let asked = meeting.questionUse(question, in: block) != nil
                canvas.text(
                    asked ? (canvas.asciiOnly ? "[x]" : "[✓]") : "[ ]", x: box.inner, y: y,
                    style: selected ? .selected : asked ? .accent : .dim)
                let right = rights[index]
                let w = min(TextWidth.of(right), rightWidth)
                canvas.text(
                    question, x: box.inner + 4, y: y, style: selected ? .selected : asked ? .dim : .normal,
                    maxWidth: max(0, box.innerWidth - 4 - w - 1))
                canvas.text(
                    right, x: box.inner + box.innerWidth - w, y: y, style: selected ? .selected : .dim, maxWidth: w)
                continue
            }
            let card = deck[index]
            let used = card.use != nil
            canvas.text(
                used ? (canvas.asciiOnly ? "[x]" : "[✓]") : "[ ]", x: box.inner, y: y,
                style: selected ? .selected : used ? .accent : .dim)
            PromptLine.draw(
                PromptText.localized(state.library?.prompt(card.promptId), language: language), id: card.promptId,
                language: language, x: box.inner + 4, y: y,
                width: box.innerWidth - 4 - rightWidth - 1, selected: selected, into: &canvas)
            let right = rights[index]
            if !right.isEmpty {
                let w = min(TextWidth.of(right), rightWidth)
                canvas.text(
                    right, x: box.inner + box.innerWidth - w, y: y,
                    style: selected ? .selected : card.planned ? .accent : .warning, maxWidth: w)
            }
        }
        let detailTop = box.top + listRows
        canvas.horizontalLine(x: box.x + 1, y: detailTop, count: box.width - 2)
        // The card stops above the rows kept for the raised themes and the typing line.
        for (offset, line) in detail.enumerated() where detailTop + 1 + offset < box.bottom - typingRows - raisedRows {
            line.draw(x: box.inner, y: detailTop + 1 + offset, width: box.innerWidth, into: &canvas)
        }
        drawRaised(raised, language: language, y: box.bottom - typingRows - 1, box: box, into: &canvas)
        drawTyping(panel, language: language, box: box, into: &canvas)
    }

    /// One of the group's own statements as a row of the deck: ticked when it was phrased
    /// tonight (and so used here), its text, and where it comes from on the right, in up to
    /// half the row (the cards' column is a third; the origin is what must stay readable).
    private static func drawStatement(
        _ statement: Ledger.Raised, language: Language, tonight: Int, y: Int, selected: Bool, box: LiveBox,
        into canvas: inout Canvas
    ) {
        let right = LiveWords.statementOrigin(meeting: statement.meeting).localized(language)
        let used = statement.meeting == tonight
        canvas.text(
            used ? (canvas.asciiOnly ? "[x]" : "[✓]") : "[ ]", x: box.inner, y: y,
            style: selected ? .selected : used ? .accent : .dim)
        let w = min(TextWidth.of(right), box.innerWidth / 2)
        canvas.text(
            statement.text, x: box.inner + 4, y: y, style: selected ? .selected : .normal,
            maxWidth: max(0, box.innerWidth - 4 - w - 1))
        canvas.text(
            right, x: box.inner + box.innerWidth - w, y: y, style: selected ? .selected : .accent, maxWidth: w)
    }

    /// A statement under the cursor: its text in full, then whose it is and where it counts.
    private static func statementLines(_ statement: Ledger.Raised, language: Language, width: Int) -> [LiveLine] {
        TextWidth.wrap(statement.text, width: width).prefix(3).map { LiveLine($0) } + [
            LiveLine(LiveWords.statementAbout(meeting: statement.meeting).localized(language), style: .dim)
        ]
    }

    /// A block question under the cursor: its text in full, and the key that marks it.
    private static func questionLines(_ question: String, language: Language, width: Int) -> [LiveLine] {
        TextWidth.wrap(question, width: width).prefix(3).map { LiveLine($0) } + [
            LiveLine(LiveWords.questionKeys.localized(language), style: .dim)
        ]
    }

    /// The card under the cursor: its text in full, then kind, theme and whether it was planned.
    private static func detailLines(_ card: DeckCard, state: AppState, width: Int) -> [LiveLine] {
        let language = state.language
        guard let prompt = state.library?.prompt(card.promptId) else {
            return [LiveLine(card.promptId, style: .dim)]
        }
        var text = TextWidth.wrap(PromptText.text(prompt, language: language), width: width)
        if let followUp = prompt.followUp {
            text =
                Array(text.prefix(2))
                + TextWidth.wrap(LiveWords.promptFollowUp(followUp).localized(language), width: width)
        }
        var about = [
            PlannerText.promptKind(prompt.kind).localized(language),
            prompt.theme.flatMap { state.library?.theme($0)?.name },
        ].compactMap { $0 }
        if !card.planned { about.append(LiveWords.notPlanned.localized(language)) }
        return text.prefix(3).map { LiveLine($0) } + [
            LiveLine(about.joined(separator: " · "), style: .dim),
            LiveLine(LiveWords.responseKeys.localized(language), style: .dim),
        ]
    }

    private static func drawRaised(
        _ raised: [String], language: Language, y: Int, box: LiveBox, into canvas: inout Canvas
    ) {
        guard !raised.isEmpty, y > box.top else { return }
        canvas.text(
            LiveWords.raisedThemes(raised).localized(language), x: box.inner, y: y, style: .dim,
            maxWidth: box.innerWidth)
    }

    private static func drawTyping(_ panel: DeckPanel, language: Language, box: LiveBox, into canvas: inout Canvas) {
        guard let typed = panel.raisingField else { return }
        box.drawTyping(
            label: (panel.stating ? LiveWords.statementLabel : LiveWords.raisingLabel).localized(language),
            typed: typed, hint: (panel.stating ? LiveWords.statementHint : LiveWords.raisingHint).localized(language),
            into: &canvas)
    }
}

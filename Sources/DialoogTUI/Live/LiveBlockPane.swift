import DialoogCore
import DialoogPrint

/// The current block on the live screen: its title and timer, working form and theme, the
/// guidance, the questions and (where there is room) the prompt deck with what was used. A
/// block looked at on the agenda (`LiveState.looking`) shows instead, with its planned minutes
/// where the timer was and no deck: the timer and the deck stay with the current block.
enum LiveBlockPane {
    static func draw(
        _ state: AppState, meeting: LiveMeeting, x: Int, width: Int, top: Int, bottom: Int, withDeck: Bool,
        into canvas: inout Canvas
    ) {
        let language = state.language
        guard let shown = state.live.shownIndex, bottom > top else {
            canvas.text(LiveWords.noBlocks.localized(language), x: x, y: top, style: .dim, maxWidth: width)
            return
        }
        let block = meeting.blocks[shown]
        let looking = shown != meeting.currentIndex
        // The title, with the timer on the right.
        var timer = LiveTimer(meeting, block: block, now: state.now, language: language)
        if looking {
            timer.text = LiveWords.plannedMinutes(meeting.allotted(block)).localized(language)
            timer.style = .dim
            timer.state = LiveWords.lookingOnly(currentNumber: meeting.currentIndex + 1).localized(language)
            timer.stateStyle = .dim
        }
        let timerWidth = TextWidth.of(timer.text)
        canvas.text(timer.text, x: x + width - timerWidth, y: top, style: timer.style)
        let titleStyle: Style = looking ? .heading : .title
        canvas.text(canvas.glyphs.pointer, x: x, y: top, style: titleStyle)
        canvas.text(block.title, x: x + 2, y: top, style: titleStyle, maxWidth: max(1, width - timerWidth - 4))
        guard top + 1 < bottom else { return }

        // The working form and theme; the timer's state ("gepauzeerd") under the timer, in
        // the blank line before the guidance.
        formLine(block, state: state, width: width - 2, glyphs: canvas.glyphs, ascii: canvas.asciiOnly)
            .draw(x: x + 2, y: top + 1, width: width - 2, into: &canvas)
        if let text = timer.state, top + 2 < bottom {
            let w = min(TextWidth.of(text), width - 2)
            canvas.text(text, x: x + width - w, y: top + 2, style: timer.stateStyle, maxWidth: w)
        }

        let rows = bottom - (top + 3)
        guard rows > 0 else { return }
        var lines = body(
            block, state: state, width: width, rows: rows, withDeck: withDeck && !looking, ascii: canvas.asciiOnly)
        if lines.count > rows {
            lines =
                Array(lines.prefix(rows - 1)) + [LiveLine(LiveWords.more.localized(language), style: .dim, indent: 2)]
        }
        for (offset, line) in lines.enumerated() {
            line.draw(x: x, y: top + 3 + offset, width: width, into: &canvas)
        }
    }

    /// "werkvorm: In duo's · Opvoeding ❄ koud": the theme's name is cut before its
    /// temperature, which matters more at a glance.
    private static func formLine(_ block: PlanBlock, state: AppState, width: Int, glyphs: Glyphs, ascii: Bool)
        -> LiveLine
    {
        let language = state.language
        let library = state.library
        let form = library?.workingForm(block.form)?.name ?? block.form
        var parts = [LiveLine.Part(text: LiveWords.workingForm(form).localized(language), style: .dim)]
        guard let id = block.theme else { return LiveLine(parts) }
        let theme = library?.theme(id)
        var temperature: [LiveLine.Part] = []
        if let value = theme?.temperature {
            temperature = [
                .init(text: " " + TemperatureMark.symbol(value, ascii: ascii), style: TemperatureMark.style(value)),
                .init(text: " " + LibraryText.temperatureName(value).localized(language), style: .dim),
            ]
        }
        let separator = " \(glyphs.separator) "
        let fixed = (parts + temperature).reduce(TextWidth.of(separator)) { $0 + TextWidth.of($1.text) }
        let name = theme?.name ?? id
        let room = width - fixed
        if room >= 6 {
            let cut = TextWidth.truncate(name, to: room, ellipsis: ascii ? "..." : "…")
            parts.append(.init(text: separator + cut, style: .dim))
        }
        return LiveLine(parts + temperature)
    }

    /// Guidance, questions and prompts, wrapped to the pane; the guidance gives up lines
    /// first so the questions stay in view.
    private static func body(
        _ block: PlanBlock, state: AppState, width: Int, rows: Int, withDeck: Bool, ascii: Bool
    ) -> [LiveLine] {
        let language = state.language
        let textWidth = width - 2
        var lines: [LiveLine] = []
        if !block.guidance.isEmpty {
            var guidance = LiveLine.wrapped(block.guidance, width: textWidth, indent: 2)
            let cap = max(2, rows / 2)
            if guidance.count > cap {
                guidance = Array(guidance.prefix(cap))
                let last = guidance[cap - 1].parts.map(\.text).joined()
                guidance[cap - 1] = LiveLine(
                    TextWidth.truncate(last + " …", to: textWidth - 2, ellipsis: ascii ? "..." : "…"), indent: 2)
            }
            lines += guidance
        }
        if !block.questions.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(LiveLine(LiveWords.questionsHeading.localized(language), style: .heading, indent: 2))
            for question in block.questions {
                // Asked: marked as a used prompt is (in the deck, `s`).
                let asked = state.live.meeting?.questionUse(question, in: block) != nil
                let mark = asked ? (ascii ? "+ " : "✓ ") : (ascii ? "- " : "· ")
                lines += LiveLine.wrapped(question, width: textWidth, first: mark, indent: 2)
            }
        }
        let deck = state.liveDeck
        if withDeck && !deck.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(LiveLine(LiveWords.deckHeading.localized(language), style: .heading, indent: 2))
            lines += deck.map { card in deckLine(card, state: state, width: textWidth, ascii: ascii) }
        }
        return lines
    }

    /// "✓ Mannen en vrouwen zijn gelijk.   open": used or not, the text, the response.
    private static func deckLine(_ card: DeckCard, state: AppState, width: Int, ascii: Bool) -> LiveLine {
        let language = state.language
        let mark = LiveLine.Part(
            text: card.use == nil ? (ascii ? "- " : "· ") : (ascii ? "+ " : "✓ "),
            style: card.use == nil ? .dim : .accent)
        let response = card.use?.response.map { "  " + LiveWords.response($0).localized(language) } ?? ""
        let room = max(1, width - 2 - TextWidth.of(response))
        let text: LiveLine.Part
        if let prompt = state.library?.prompt(card.promptId) {
            let words = TextWidth.truncate(
                PromptText.text(prompt, language: language), to: room, ellipsis: ascii ? "..." : "…")
            text = .init(text: words, style: card.use == nil ? .normal : .dim)
        } else {
            text = .init(text: TextWidth.truncate(card.promptId, to: room), style: .dim)
        }
        // The response stands at the right edge of the pane.
        let gap = String(repeating: " ", count: max(0, room - TextWidth.of(text.text)))
        return LiveLine([mark, text, .init(text: gap + response, style: .dim)], indent: 2)
    }
}

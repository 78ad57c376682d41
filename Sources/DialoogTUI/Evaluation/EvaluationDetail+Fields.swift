import DialoogCore
import DialoogPrint
import Foundation

extension EvaluationDetail {
    /// The detail of the form's current field, its lines wrapped to `width`.
    static func make(_ state: AppState, form: EvaluationForm, width: Int, ascii: Bool) -> EvaluationDetail {
        let language = state.language
        let field = form.field
        // Folded before wrapping on a terminal without UTF-8, where "←" takes two cells ("<-").
        func fold(_ text: String) -> String { ascii ? ASCIIFolding.fold(text) : text }
        func say(_ words: EvaluationWords) -> String { fold(words.localized(language)) }
        func wrapped(_ words: EvaluationWords, _ style: Style = .normal) -> Item {
            Item(LiveLine.wrapped(say(words), width: width, style: style), oneLine: LiveLine(say(words), style: style))
        }
        func line(_ words: EvaluationWords, _ style: Style = .normal) -> Item {
            Item(LiveLine(say(words), style: style))
        }
        func day(_ date: Date) -> String {
            DateText.day(date, now: state.now, calendar: state.calendar, language: language)
        }
        var head = [wrapped(.explanation(field))]
        var items: [Item] = []
        var selected: Int?
        var list = false
        let evaluation = form.evaluation

        switch field {
        case .turnout:
            items = [line(.came(form.subject.attendance)), line(.expected(form.expected))]
            if form.subject.unnamed > 0 || form.subject.othersPresent > 0 {
                items.append(
                    wrapped(.cameCounts(unnamed: form.subject.unnamed, others: form.subject.othersPresent), .dim))
            }
            if evaluation.expected == nil && form.expected != nil { items.append(wrapped(.expectedFromSeries, .dim)) }
            if let expected = form.expected, expected > 0 {
                let percent = Int((Double(form.subject.attendance) * 100 / Double(expected)).rounded())
                items.append(line(.share(percent), .dim))
            }
        case .atmosphere, .safety, .openness, .collaboration, .wellbeing:
            if let score = EvaluationList.scale(field, of: evaluation) {
                items.append(Item(LiveLine(EvaluationList.dots(score, ascii: ascii) + "  " + say(.scaleOf(score)))))
            } else {
                items.append(line(.empty, .dim))
            }
            if let scale = ScaleField(field) { items.append(wrapped(.scaleEnds(scale), .dim)) }
            if field == .wellbeing && evaluation.suggestsIntervisie {
                items.append(wrapped(.nudge, .accent))
                items.append(
                    evaluation.intervisieDue.map { wrapped(.intervisieOn(day: day($0))) } ?? wrapped(.nudgeKey, .accent)
                )
            }
        case .resistance:
            if let moments = evaluation.resistanceMoments {
                items.append(line(.moments(moments)))
            } else {
                items.append(line(.empty, .dim))
                if form.resistanceSuggestion > 0 { items.append(wrapped(.suggestion(form.resistanceSuggestion), .dim)) }
            }
        case .resistanceMet:
            items = ResistanceApproach.allCases.map { approach in
                checked(say(.approach(approach)), on: evaluation.resistanceMet.contains(approach), width: width)
            }
            (list, selected) = (true, form.choice)
        case .landed:
            let used = form.usedPrompts
            if used.isEmpty {
                items = [line(.noPrompts, .dim)]
            } else {
                if form.preMarked { head.append(wrapped(.preMarked, .dim)) }
                items = used.map { id in
                    let text = state.library?.prompt(id).map { PromptText.text($0, language: language) } ?? id
                    return checked(fold(text), on: evaluation.landed.contains(id), width: width)
                }
                (list, selected) = (true, form.choice)
            }
        case .volunteerHours, .expenses:
            let amount = field == .volunteerHours ? evaluation.volunteerHours : evaluation.expenses
            if let amount {
                items.append(line(field == .volunteerHours ? .hours(amount) : .euros(amount)))
            } else {
                items.append(line(.empty, .dim))
            }
        case .raisedThemes, .agreements, .recommendations:
            let agreements = field == .agreements
            let texts = form.lines(field)
            if field == .recommendations { head.append(wrapped(.recommendationsPrivacy, .dim)) }
            if agreements {
                // The store changes the next meeting's plan only while that meeting is planned.
                var words = EvaluationWords.noNextMeeting
                if let next = form.subject.nextMeeting {
                    words =
                        next.state == .planned
                        ? .carriedInto(next.kind, number: next.number) : .nextStarted(next.kind, number: next.number)
                }
                head.append(wrapped(words, .dim))
            }
            if texts.isEmpty {
                let none: EvaluationWords =
                    switch field {
                    case .agreements: .noAgreements
                    case .recommendations: .noRecommendations
                    default: .noThemes
                    }
                items = [wrapped(none, .dim)]
            } else {
                list = true
                items = texts.map(fold).enumerated().map { index, text in
                    let mark = field != .raisedThemes ? "\(index + 1). " : ascii ? "- " : "• "
                    return Item(
                        LiveLine.wrapped(text, width: width, first: mark),
                        oneLine: LiveLine([.init(text: mark, style: .dim), .init(text: text, style: .normal)]))
                }
                // While a new line is typed no line is under the cursor, and the end is in view.
                if case .line(nil, _) = form.typing {
                    selected = nil
                } else {
                    selected = form.choice
                }
            }
        case .useful, .heard:
            let hands = field == .useful ? evaluation.useful : evaluation.heard
            let labelWidth = (HandAnswer.allCases.map { TextWidth.of(say(.hand($0))) }.max() ?? 0) + 2
            items = HandAnswer.allCases.map { answer in
                let count = hands[answer].map { "\($0)" } ?? say(.empty)
                return Item(LiveLine(TextWidth.pad(say(.hand(answer)), to: labelWidth) + count))
            }
            (list, selected) = (true, form.choice)
            if let total = hands.total {
                items.append(line(.handsTotal(total, present: form.subject.attendance), .dim))
            }
        case .signals:
            items = signalItems(form.subject, say: say)
            if !form.subject.signals.isEmpty { head.append(wrapped(.signalsPrivacy, .dim)) }
        case .aftercare, .intervisie:
            let aftercare = field == .aftercare
            let due = aftercare ? evaluation.aftercareDue : evaluation.intervisieDue
            let done = aftercare ? evaluation.aftercareDoneAt : evaluation.intervisieDoneAt
            if let due {
                let meetingDay = form.subject.meetingDate ?? state.now
                let weeks = Int((Double(state.calendar.daysBetween(meetingDay, due)) / 7).rounded())
                items.append(wrapped(.due(day: day(due), weeks: weeks)))
            } else {
                items.append(line(.off, .dim))
            }
            if let done { items.append(line(.done(day: day(done)), .dim)) }
        }
        let foot =
            form.typing.map { typingLines($0, form: form, width: width, ascii: ascii, say: say) }
            ?? LiveLine.wrapped(say(.keys(field)), width: width, style: .dim)
        let anchor = list ? (selected ?? items.count - 1) : nil
        return EvaluationDetail(
            title: LiveLine(say(.title(field)), style: .heading), head: head, items: items, list: list,
            selected: selected, anchor: anchor, foot: foot)
    }

    /// "[x] text", wrapped under its box.
    private static func checked(_ text: String, on: Bool, width: Int) -> Item {
        let box = on ? "[x] " : "[ ] "
        let style: Style = on ? .accent : .dim
        return Item(
            LiveLine.wrapped(text, width: width, first: box, firstStyle: style),
            oneLine: LiveLine([.init(text: box, style: style), .init(text: text, style: .normal)]))
    }

    /// The signals by category, then by what was done: counts only.
    private static func signalItems(_ subject: EvaluationSubject, say: (EvaluationWords) -> String) -> [Item] {
        guard !subject.signals.isEmpty else { return [Item(LiveLine(say(.noSignals), style: .dim))] }
        let categories = Signal.Category.allCases.compactMap { category -> (String, Int)? in
            let count = subject.signals.filter { $0.category == category }.count
            return count > 0 ? (say(.signalCategory(category)), count) : nil
        }
        let counts = subject.signalCounts
        // The three of old always (a 0 says it was not needed); the others where they happened.
        let always: Set<Signal.Response> = [.hulpkaart, .warmeVerwijzing, .acuut112]
        let responses: [(String, Int)] = Signal.Response.allCases.compactMap { response in
            always.contains(response) || counts[response] > 0
                ? (say(.signalResponse(response)), counts[response]) : nil
        }
        let width = ((categories + responses).map { TextWidth.of($0.0) }.max() ?? 0) + 2
        let item = { (pair: (String, Int)) in Item(LiveLine(TextWidth.pad(pair.0, to: width) + "\(pair.1)")) }
        var byResponse = responses.map(item)
        // A blank line between the two counts, given up first when room is short.
        byResponse[0] = Item([.blank] + byResponse[0].lines, oneLine: byResponse[0].oneLine)
        return categories.map(item) + byResponse
    }

    /// The line being typed with its cursor, and under it the keys and, for a line of text,
    /// how much room is left.
    private static func typingLines(
        _ typing: EvaluationTyping, form: EvaluationForm, width: Int, ascii: Bool, say: (EvaluationWords) -> String
    ) -> [LiveLine] {
        let label: String
        var keys = say(.typingKeys)
        switch typing {
        case .count:
            let answer = form.field.kind == .hands ? form.handAnswer : nil
            label = say(.countLabel(form.field, answer))
        case .line(let index, let field):
            label = say(index == nil ? .newLine : .editLine)
            let limit = EvaluationForm.lineLimit(form.field).length
            keys += " · " + say(.characters(field.used, of: limit))
        }
        // The field scrolled to keep its cursor in view; an ellipsis says where text is cut.
        let field = typing.field
        let layout = TextFieldView.layout(field, width: max(1, width - TextWidth.of(label)))
        let characters = Array(field.text)
        func shown(_ range: Range<Int>) -> String {
            let text = String(characters[range])
            return ascii ? ASCIIFolding.fold(text) : text
        }
        let ellipsis = ascii ? "." : "…"
        let atEnd = field.cursor == characters.count
        var parts: [LiveLine.Part] = [.init(text: label, style: .heading)]
        if layout.cutLeft { parts.append(.init(text: ellipsis, style: .dim)) }
        parts.append(.init(text: shown(layout.start..<field.cursor), style: .normal))
        if atEnd {
            parts.append(.init(text: (ascii ? Glyphs.ascii : .unicode).cursor, style: .key))
        } else {
            parts.append(.init(text: shown(field.cursor..<field.cursor + 1), style: .selected))
            parts.append(.init(text: shown(field.cursor + 1..<layout.end), style: .normal))
        }
        if layout.cutRight { parts.append(.init(text: ellipsis, style: .dim)) }
        return [LiveLine(parts)] + LiveLine.wrapped(keys, width: width, style: .dim)
    }
}

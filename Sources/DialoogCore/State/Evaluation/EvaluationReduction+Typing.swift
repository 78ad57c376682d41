import Foundation

/// Typing in the evaluation form: a count, a raised theme or an agreement, stored on Enter.
extension EvaluationReduction {
    mutating func typeInEvaluation(_ text: String) {
        guard let typing = evaluation?.typing else { return }
        switch typing {
        case .count: evaluation?.typing?.apply(.insert(text.filter(\.isASCII).filter(\.isNumber)))
        case .line: evaluation?.typing?.apply(.insert(text))
        }
    }

    mutating func performInEvaluationText(_ command: Command) -> [Effect] {
        guard let form = evaluation, let typing = form.typing else { return [] }
        switch command {
        case .confirm:
            switch typing {
            case .count(let typed): return commitCount(typed.text)
            case .line(let index, let typed): return commitLine(typed.text, at: index)
            }
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit else { break }
            evaluation?.typing?.apply(textEdit)
        case .closeOverlay:
            evaluation?.typing = nil
        case .redraw:
            return [.redrawAll]
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Enter after a number. On the hand counts typing goes on to the next count, so three
    /// counts are Enter, a number, Enter, a number, Enter, a number, Enter.
    mutating func commitCount(_ typed: String) -> [Effect] {
        guard let form = evaluation else { return [] }
        var effects: [Effect] = []
        if !typed.isEmpty {
            guard let number = Int(typed), form.countRange.contains(number) else {
                outcome.status = .show(.evaluation(.badCount(typed, range: form.countRange)))
                return []
            }
            switch form.field {
            case .turnout: effects = changeEvaluation { evaluation, _ in evaluation.expected = number }
            case .resistance: effects = changeEvaluation { evaluation, _ in evaluation.resistanceMoments = number }
            case .volunteerHours: effects = changeEvaluation { evaluation, _ in evaluation.volunteerHours = number }
            case .expenses: effects = changeEvaluation { evaluation, _ in evaluation.expenses = number }
            case .useful, .heard:
                let path = Self.handPath(form.field)
                let answer = form.handAnswer
                effects = changeEvaluation { evaluation, _ in evaluation[keyPath: path][answer] = number }
            default: break
            }
        }
        if form.field.kind == .hands, form.choice < HandAnswer.allCases.count - 1 {
            evaluation?.choice = form.choice + 1
            evaluation?.typing = .count("")
        } else {
            evaluation?.typing = nil
        }
        return effects
    }

    mutating func commitLine(_ typed: String, at index: Int?) -> [Effect] {
        guard let form = evaluation else { return [] }
        evaluation?.typing = nil
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let field = form.field
        let meetingId = form.subject.meeting.id
        let moment = now
        let id = ids.next()
        let typedField = form.typing?.field ?? TextField(typed)
        let sent = SentLine(field: form.field, typing: .line(index: index, field: typedField))
        let effects = changeEvaluation { evaluation, themes in
            switch (field, index) {
            case (.agreements, let index?): evaluation.agreements[index] = text
            case (.agreements, nil): evaluation.agreements.append(text)
            case (.recommendations, let index?): evaluation.recommendations[index] = text
            case (.recommendations, nil): evaluation.recommendations.append(text)
            case (_, let index?): themes[index].text = text
            case (_, nil):
                themes.append(RaisedTheme(id: id, meetingId: meetingId, blockId: nil, at: moment, text: text))
            }
        }
        // The cursor on the line just typed.
        if let updated = evaluation { evaluation?.choice = index ?? max(updated.choiceCount - 1, 0) }
        if !effects.isEmpty { evaluation?.sentLine = sent }
        return effects
    }
}

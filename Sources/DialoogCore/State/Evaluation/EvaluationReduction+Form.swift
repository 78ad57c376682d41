import Foundation

/// The evaluation form: every change is one `.saveEvaluation` of the whole evaluation, with
/// the meeting's raised themes (`changeEvaluation`).
extension EvaluationReduction {
    /// Back to where the form was opened from, read afresh: the start screen (or, after the
    /// last regular meeting, the series summary), the overzicht, or a summary. The root drops
    /// the form as it leaves the evaluation screen.
    mutating func closeEvaluation() -> [Effect] {
        let form = evaluation
        evaluation = nil
        switch form?.origin ?? .start {
        case .overview:
            outcome.requests.append(.navigate(.overviewAsLeft))
            return []
        case .summary(let seriesId):
            outcome.requests.append(.navigate(.summary))
            return [.loadSummary(seriesId: seriesId)]
        case .start:
            outcome.requests.append(.navigate(.start))
            guard let subject = form?.subject, subject.isLastRegular else { return [.loadSeries, .loadFollowUps] }
            return [.loadSeries, .loadFollowUps, .loadSummary(seriesId: subject.series.id)]
        }
    }

    /// Applies `edit` to the evaluation and the themes, and stores both when anything changed.
    mutating func changeEvaluation(_ edit: (inout Evaluation, inout [RaisedTheme]) -> Void) -> [Effect] {
        guard var form = evaluation else { return [] }
        var changed = form.evaluation
        var themes = form.raisedThemes
        edit(&changed, &themes)
        guard changed != form.evaluation || themes != form.raisedThemes else { return [] }
        changed.updatedAt = now
        if form.editedElsewhere { changed.editedAt = now }
        form.evaluation = changed
        form.raisedThemes = themes
        form.sentThemes = themes
        form.choice = min(form.choice, max(form.choiceCount - 1, 0))
        evaluation = form
        return [.saveEvaluation(changed, raisedThemes: themes)]
    }

    // MARK: - Keys on a field

    mutating func performInEvaluation(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard var form = evaluation else {
            return command == .closeEvaluation ? closeEvaluation() : performOnAnyScreen(command)
        }
        if form.confirmingEdit { return performInConfirmEdit(command) }
        if form.typing != nil { return performInEvaluationText(command) }
        if form.locked, command.changesEvaluation {
            outcome.status = .show(.evaluation(.readOnly))
            return []
        }
        let fields = EvaluationField.allCases
        if let row = command.moved(from: form.field.rawValue, last: fields.count - 1, page: evaluationPageSize) {
            if row != form.field.rawValue {
                form.field = fields[row]
                form.choice = 0
            }
            evaluation = form
            return []
        }
        switch command {
        case .stepBack: return step(-1)
        case .stepForward: return step(1)
        case .increase: return adjust(1)
        case .decrease: return adjust(-1)
        case .score1, .score2, .score3, .score4, .score5: return score(command)
        case .clearValue: return clear()
        case .toggleField: return toggle()
        case .editField: return edit()
        case .removeLine: return removeLine()
        case .planIntervisie: return planIntervisie()
        case .closeEvaluation: return closeEvaluation()
        case .unlockEvaluation:
            guard form.locked else { return [] }
            evaluation?.confirmingEdit = true
            outcome.status = .show(.evaluation(.confirmEdit))
            return []
        default: return performOnAnyScreen(command)
        }
    }

    /// ←/→: a value down or up, the cursor within a list, or a follow-up's day by a week.
    mutating func step(_ delta: Int) -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field.kind {
        case .count: return adjustCount(delta)
        case .scale: return stepScale(delta)
        case .followUp: return moveDue(weeks: delta)
        case .choices, .lines, .hands:
            evaluation?.choice = min(max(form.choice + delta, 0), max(form.choiceCount - 1, 0))
            return []
        case .readOnly: return []
        }
    }

    /// +/-: one more or one less; on a list of lines, + adds one.
    mutating func adjust(_ delta: Int) -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field.kind {
        case .count: return adjustCount(delta)
        case .scale: return stepScale(delta)
        case .followUp: return moveDue(weeks: delta)
        case .hands:
            let path = Self.handPath(form.field)
            let answer = form.handAnswer
            let next = min(max((form.evaluation[keyPath: path][answer] ?? 0) + delta, 0), Evaluation.maximumCount)
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path][answer] = next }
        case .lines where delta > 0: return startLine(index: nil)
        case .lines, .choices, .readOnly:
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
    }

    mutating func adjustCount(_ delta: Int) -> [Effect] {
        guard let form = evaluation else { return [] }
        let range = form.countRange
        if form.field == .turnout {
            let current = form.expected ?? max(form.subject.attendance, 1)
            let next = min(max(current + delta, range.lowerBound), range.upperBound)
            return changeEvaluation { evaluation, _ in evaluation.expected = next }
        }
        if let path = Self.amountPath(form.field) {
            // An empty amount starts at nothing: + gives 1, - leaves it at 0.
            let next = min(max((form.evaluation[keyPath: path] ?? 0) + delta, range.lowerBound), range.upperBound)
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path] = next }
        }
        let current = form.evaluation.resistanceMoments ?? form.resistanceSuggestion
        let next = min(max(current + delta, range.lowerBound), range.upperBound)
        return changeEvaluation { evaluation, _ in evaluation.resistanceMoments = next }
    }

    mutating func stepScale(_ delta: Int) -> [Effect] {
        guard let form = evaluation, let path = Self.scalePath(form.field) else { return [] }
        let next: Int
        if let current = form.evaluation[keyPath: path] {
            next = min(max(current + delta, Evaluation.scale.lowerBound), Evaluation.scale.upperBound)
        } else {
            // An empty scale starts at its low end; ← leaves it empty.
            guard delta > 0 else { return [] }
            next = Evaluation.scale.lowerBound
        }
        return changeEvaluation { evaluation, _ in evaluation[keyPath: path] = next }
    }

    /// 1 to 5 on a scale.
    mutating func score(_ command: Command) -> [Effect] {
        guard let form = evaluation, let path = Self.scalePath(form.field) else {
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
        let value: Int =
            switch command {
            case .score1: 1
            case .score2: 2
            case .score3: 3
            case .score4: 4
            default: 5
            }
        return changeEvaluation { evaluation, _ in evaluation[keyPath: path] = value }
    }

    /// 0 or Backspace: the field empty again.
    mutating func clear() -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field {
        case .turnout: return changeEvaluation { evaluation, _ in evaluation.expected = nil }
        case .resistance: return changeEvaluation { evaluation, _ in evaluation.resistanceMoments = nil }
        case .volunteerHours: return changeEvaluation { evaluation, _ in evaluation.volunteerHours = nil }
        case .expenses: return changeEvaluation { evaluation, _ in evaluation.expenses = nil }
        case .atmosphere, .safety, .openness, .collaboration, .wellbeing:
            guard let path = Self.scalePath(form.field) else { return [] }
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path] = nil }
        case .useful, .heard:
            let path = Self.handPath(form.field)
            let answer = form.handAnswer
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path][answer] = nil }
        case .aftercare, .intervisie: return setFollowUp(on: false)
        case .resistanceMet, .landed, .raisedThemes, .agreements, .recommendations, .signals:
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
    }

    /// Space: tick the choice under the cursor, or turn a follow-up on or off.
    mutating func toggle() -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field {
        case .resistanceMet:
            let approaches = ResistanceApproach.allCases
            guard approaches.indices.contains(form.choice) else { return [] }
            let approach = approaches[form.choice]
            return changeEvaluation { evaluation, _ in
                var ticked = Set(evaluation.resistanceMet)
                if !ticked.insert(approach).inserted { ticked.remove(approach) }
                evaluation.resistanceMet = approaches.filter(ticked.contains)
            }
        case .landed:
            let used = form.usedPrompts
            guard used.indices.contains(form.choice) else { return [] }
            let promptId = used[form.choice]
            return changeEvaluation { evaluation, _ in
                var ticked = Set(evaluation.landed)
                if !ticked.insert(promptId).inserted { ticked.remove(promptId) }
                // In the order of use; anything no longer among the uses is kept at the end.
                evaluation.landed = used.filter(ticked.contains) + evaluation.landed.filter { !used.contains($0) }
            }
        case .aftercare: return setFollowUp(on: form.evaluation.aftercareDue == nil)
        case .intervisie: return setFollowUp(on: form.evaluation.intervisieDue == nil)
        default:
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
    }

    /// Enter: type a count or a line, or tick as space does.
    mutating func edit() -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field.kind {
        case .count, .hands:
            evaluation?.typing = .count("", digits: String(form.countRange.upperBound).count)
            return []
        case .lines:
            return startLine(index: form.choiceCount == 0 ? nil : form.choice)
        case .choices, .followUp:
            return toggle()
        case .scale, .readOnly:
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
    }

    /// Starts typing a line: a new one (index nil) or the one at `index`.
    mutating func startLine(index: Int?) -> [Effect] {
        guard let form = evaluation else { return [] }
        let lines = form.lines(form.field)
        let limit = EvaluationForm.lineLimit(form.field)
        if index == nil, let count = limit.count, lines.count >= count {
            outcome.status = .show(
                .evaluation(form.field == .recommendations ? .recommendationsFull(count) : .agreementsFull(count)))
            return []
        }
        let text = index.flatMap { lines.indices.contains($0) ? lines[$0] : nil } ?? ""
        evaluation?.typing = .line(index: index, field: TextField(text, limit: limit.length))
        return []
    }

    mutating func removeLine() -> [Effect] {
        guard let form = evaluation, form.field.kind == .lines else {
            outcome.status = .show(.evaluation(.notOnThisField))
            return []
        }
        guard form.choice < form.choiceCount else { return [] }
        let index = form.choice
        let field = form.field
        return changeEvaluation { evaluation, themes in
            switch field {
            case .agreements: evaluation.agreements.remove(at: index)
            case .recommendations: evaluation.recommendations.remove(at: index)
            default: themes.remove(at: index)
            }
        }
    }

    /// The answer to "change the gespreksleider's evaluation?": yes unlocks the form.
    mutating func performInConfirmEdit(_ command: Command) -> [Effect] {
        switch command {
        case .confirm:
            evaluation?.confirmingEdit = false
            evaluation?.locked = false
            outcome.status = .show(.evaluation(.unlocked))
        case .closeOverlay:
            evaluation?.confirmingEdit = false
            outcome.status = .show(.evaluation(.readOnly))
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    // MARK: - Helpers

    static func scalePath(_ field: EvaluationField) -> WritableKeyPath<Evaluation, Int?>? {
        switch field {
        case .atmosphere: \.atmosphere
        case .safety: \.safety
        case .openness: \.openness
        case .collaboration: \.collaboration
        case .wellbeing: \.wellbeing
        default: nil
        }
    }

    /// The amounts counted from nothing: the volunteers' hours and the expenses.
    static func amountPath(_ field: EvaluationField) -> WritableKeyPath<Evaluation, Int?>? {
        switch field {
        case .volunteerHours: \.volunteerHours
        case .expenses: \.expenses
        default: nil
        }
    }

    static func handPath(_ field: EvaluationField) -> WritableKeyPath<Evaluation, HandCount> {
        field == .heard ? \.heard : \.useful
    }

    /// Fields a page key moves.
    var evaluationPageSize: Int { max(1, size.height / 3) }
}

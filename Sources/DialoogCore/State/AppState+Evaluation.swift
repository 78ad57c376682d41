import Foundation

/// The evaluation form: every change is one `.saveEvaluation` of the whole evaluation, with
/// the meeting's raised themes; a save that fails puts back what is stored.
extension AppState {
    // MARK: - Opening and closing

    mutating func receiveEvaluation(_ subject: EvaluationSubject) -> [Effect] {
        let origin: EvaluationOrigin =
            switch screen {
            case .evaluation: evaluation?.origin ?? .start
            case .overview: .overview
            case .summary: .summary(seriesId: overviewState.summary?.series.id ?? subject.series.id)
            default: .start
            }
        evaluation = EvaluationForm(subject: subject, now: now, origin: origin)
        screen = .evaluation
        overlay = nil
        // The status stays: after the end of a meeting it says the meeting was stored.
        // The prompts' words come from the library; without it the form shows their ids.
        return library == nil ? [.loadLibrary] : []
    }

    /// `e` on the start screen: the selected series' most recently ended meeting.
    mutating func evaluateLatest() -> [Effect] {
        guard let selected = selectedSeries else { return [] }
        guard selected.meetingsHeld > 0 else {
            status = .evaluation(.nothingEnded(series: selected.series.name))
            return []
        }
        return [.loadLatestEvaluation(seriesId: selected.series.id)]
    }

    /// Back to where the form was opened from, read afresh: the start screen (or, after the
    /// last regular meeting, the series summary), the overzicht, or a summary.
    private mutating func closeEvaluation() -> [Effect] {
        let form = evaluation
        evaluation = nil
        switch form?.origin ?? .start {
        case .overview:
            screen = .overview
            return [.loadOverview(overviewState.filter)]
        case .summary(let seriesId):
            screen = .summary
            return [.loadSummary(seriesId: seriesId)]
        case .start:
            screen = .start
            guard let subject = form?.subject, subject.isLastRegular else { return [.loadSeries, .loadFollowUps] }
            return [.loadSeries, .loadFollowUps, .loadSummary(seriesId: subject.series.id)]
        }
    }

    // MARK: - Saving

    mutating func evaluationSaved(_ saved: Evaluation) -> [Effect] {
        guard var form = evaluation, form.evaluation.meetingId == saved.meetingId else { return [] }
        form.saved = saved
        // Saves are answered in the order they were made, the last one just now.
        form.savedThemes = form.sentThemes
        evaluation = form
        return []
    }

    mutating func evaluationFailed(_ failure: Failure) -> [Effect] {
        guard var form = evaluation, screen == .evaluation else {
            // A meeting whose record could not be stored is the news, not the form after it.
            if case .live(.saveFailed) = status { return [] }
            status = .evaluation(.openFailed(failure))
            return []
        }
        status = .evaluation(.saveFailed(failure))
        form.evaluation = form.saved
        form.raisedThemes = form.savedThemes
        form.sentThemes = form.savedThemes
        form.typing = nil
        form.choice = min(form.choice, max(form.choiceCount - 1, 0))
        evaluation = form
        return []
    }

    /// Applies `edit` to the evaluation and the themes, and stores both when anything changed.
    mutating func changeEvaluation(_ edit: (inout Evaluation, inout [RaisedTheme]) -> Void) -> [Effect] {
        guard var form = evaluation else { return [] }
        var changed = form.evaluation
        var themes = form.raisedThemes
        edit(&changed, &themes)
        guard changed != form.evaluation || themes != form.raisedThemes else { return [] }
        changed.updatedAt = now
        form.evaluation = changed
        form.raisedThemes = themes
        form.sentThemes = themes
        form.choice = min(form.choice, max(form.choiceCount - 1, 0))
        evaluation = form
        return [.saveEvaluation(changed, raisedThemes: themes)]
    }

    // MARK: - Keys on a field

    mutating func performInEvaluation(_ command: Command) -> [Effect] {
        status = nil
        guard var form = evaluation else {
            return command == .closeEvaluation ? closeEvaluation() : performOnAnyScreen(command)
        }
        if form.typing != nil { return performInEvaluationText(command) }
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
        default: return performOnAnyScreen(command)
        }
    }

    /// ←/→: a value down or up, the cursor within a list, or a follow-up's day by a week.
    private mutating func step(_ delta: Int) -> [Effect] {
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
    private mutating func adjust(_ delta: Int) -> [Effect] {
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
            status = .evaluation(.notOnThisField)
            return []
        }
    }

    private mutating func adjustCount(_ delta: Int) -> [Effect] {
        guard let form = evaluation else { return [] }
        let range = form.countRange
        if form.field == .turnout {
            let current = form.expected ?? max(form.subject.attendance, 1)
            let next = min(max(current + delta, range.lowerBound), range.upperBound)
            return changeEvaluation { evaluation, _ in evaluation.expected = next }
        }
        let current = form.evaluation.resistanceMoments ?? form.resistanceSuggestion
        let next = min(max(current + delta, range.lowerBound), range.upperBound)
        return changeEvaluation { evaluation, _ in evaluation.resistanceMoments = next }
    }

    private mutating func stepScale(_ delta: Int) -> [Effect] {
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
    private mutating func score(_ command: Command) -> [Effect] {
        guard let form = evaluation, let path = Self.scalePath(form.field) else {
            status = .evaluation(.notOnThisField)
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
    private mutating func clear() -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field {
        case .turnout: return changeEvaluation { evaluation, _ in evaluation.expected = nil }
        case .resistance: return changeEvaluation { evaluation, _ in evaluation.resistanceMoments = nil }
        case .atmosphere, .safety, .openness, .wellbeing:
            guard let path = Self.scalePath(form.field) else { return [] }
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path] = nil }
        case .useful, .heard:
            let path = Self.handPath(form.field)
            let answer = form.handAnswer
            return changeEvaluation { evaluation, _ in evaluation[keyPath: path][answer] = nil }
        case .aftercare, .intervisie: return setFollowUp(on: false)
        case .resistanceMet, .landed, .raisedThemes, .agreements, .signals:
            status = .evaluation(.notOnThisField)
            return []
        }
    }

    /// Space: tick the choice under the cursor, or turn a follow-up on or off.
    private mutating func toggle() -> [Effect] {
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
            status = .evaluation(.notOnThisField)
            return []
        }
    }

    /// Enter: type a count or a line, or tick as space does.
    private mutating func edit() -> [Effect] {
        guard let form = evaluation else { return [] }
        switch form.field.kind {
        case .count, .hands:
            evaluation?.typing = .count("")
            return []
        case .lines:
            return startLine(index: form.choiceCount == 0 ? nil : form.choice)
        case .choices, .followUp:
            return toggle()
        case .scale, .readOnly:
            status = .evaluation(.notOnThisField)
            return []
        }
    }

    /// Starts typing a line: a new one (index nil) or the one at `index`.
    mutating func startLine(index: Int?) -> [Effect] {
        guard let form = evaluation else { return [] }
        if index == nil, form.field == .agreements, form.evaluation.agreements.count >= Evaluation.agreementCount {
            status = .evaluation(.agreementsFull(Evaluation.agreementCount))
            return []
        }
        let text =
            index.map { index in
                form.field == .agreements ? form.evaluation.agreements[index] : form.raisedThemes[index].text
            } ?? ""
        evaluation?.typing = .line(index: index, text: text)
        return []
    }

    private mutating func removeLine() -> [Effect] {
        guard let form = evaluation, form.field.kind == .lines else {
            status = .evaluation(.notOnThisField)
            return []
        }
        guard form.choice < form.choiceCount else { return [] }
        let index = form.choice
        let agreements = form.field == .agreements
        return changeEvaluation { evaluation, themes in
            if agreements { evaluation.agreements.remove(at: index) } else { themes.remove(at: index) }
        }
    }

    // MARK: - Helpers

    static func scalePath(_ field: EvaluationField) -> WritableKeyPath<Evaluation, Int?>? {
        switch field {
        case .atmosphere: \.atmosphere
        case .safety: \.safety
        case .openness: \.openness
        case .wellbeing: \.wellbeing
        default: nil
        }
    }

    static func handPath(_ field: EvaluationField) -> WritableKeyPath<Evaluation, HandCount> {
        field == .heard ? \.heard : \.useful
    }

    /// Fields a page key moves.
    private var evaluationPageSize: Int { max(1, size.height / 3) }
}

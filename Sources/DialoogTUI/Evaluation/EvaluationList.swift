import DialoogCore
import DialoogPrint

/// The list of the evaluation form: one row per field with its value as it stands, the field
/// under the cursor highlighted. On a short screen the list scrolls with the cursor (and the
/// wheel, which moves it a field at a time).
enum EvaluationList {
    static func draw(
        _ state: AppState, form: EvaluationForm, x: Int, width: Int, top: Int, bottom: Int, into canvas: inout Canvas
    ) {
        let language = state.language
        let fields = EvaluationField.allCases
        let labels = fields.map { EvaluationWords.label($0).localized(language) }
        let labelWidth = min((labels.map { TextWidth.of($0) }.max() ?? 0) + 1, max(1, width / 2))
        let rows = max(0, bottom - top)
        let cursor = form.field.rawValue
        // The cursor stays a row away from the edges while there is more beyond them.
        let first = fields.count > rows ? max(0, min(cursor - rows / 2, fields.count - rows)) : 0
        for index in first..<min(fields.count, first + rows) {
            let y = top + index - first
            let field = fields[index]
            let selected = index == cursor
            // A click focuses the field; changing its value stays on keys.
            canvas.markRow(y: y, steps: index - cursor, x: x, count: width)
            if selected {
                canvas.fill(x: x, y: y, count: width, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: x + 1, y: y, style: .selected)
            }
            canvas.text(labels[index], x: x + 3, y: y, style: selected ? .selected : .normal, maxWidth: labelWidth)
            let (value, style) = self.value(field, form: form, state: state, ascii: canvas.asciiOnly)
            let valueX = x + 3 + labelWidth + 1
            canvas.text(
                value, x: valueX, y: y, style: selected ? .selected : style, maxWidth: max(0, x + width - 1 - valueX))
        }
    }

    /// The value of `field` as one short line, and its style (dim when empty or a suggestion).
    static func value(_ field: EvaluationField, form: EvaluationForm, state: AppState, ascii: Bool) -> (String, Style) {
        let language = state.language
        let evaluation = form.evaluation
        let empty = (EvaluationWords.empty.localized(language), Style.dim)
        func words(_ words: EvaluationWords, _ style: Style = .normal) -> (String, Style) {
            (words.localized(language), style)
        }
        switch field {
        case .turnout:
            return words(.turnout(came: form.subject.attendance, expected: form.expected))
        case .atmosphere, .safety, .openness, .collaboration, .wellbeing:
            guard let score = scale(field, of: evaluation) else { return empty }
            return (
                dots(score, ascii: ascii) + " \(score)",
                field == .wellbeing && evaluation.suggestsIntervisie
                    ? .warning : .normal
            )
        case .resistance:
            if let moments = evaluation.resistanceMoments { return ("\(moments)", .normal) }
            return form.resistanceSuggestion > 0 ? words(.suggested(form.resistanceSuggestion), .dim) : empty
        case .resistanceMet:
            guard !evaluation.resistanceMet.isEmpty else { return empty }
            return (
                evaluation.resistanceMet.map { EvaluationWords.approachName($0).localized(language) }
                    .joined(separator: ", "), .normal
            )
        case .landed:
            let used = form.usedPrompts.count
            return used == 0 ? words(.noPrompts, .dim) : words(.landedCount(evaluation.landed.count, of: used))
        case .raisedThemes:
            return lines(form.raisedThemes.map(\.text)) ?? empty
        case .agreements:
            return lines(evaluation.agreements) ?? empty
        case .recommendations:
            return lines(evaluation.recommendations) ?? empty
        case .volunteerHours:
            return evaluation.volunteerHours.map { words(.hours($0)) } ?? empty
        case .expenses:
            return evaluation.expenses.map { words(.euros($0)) } ?? empty
        case .useful, .heard:
            let hands = field == .useful ? evaluation.useful : evaluation.heard
            guard hands.total != nil else { return empty }
            return (
                HandAnswer.allCases.map { answer in
                    EvaluationWords.hand(answer).localized(language) + " "
                        + (hands[answer].map { "\($0)" } ?? EvaluationWords.empty.localized(language))
                }.joined(separator: " · "), .normal
            )
        case .signals:
            let count = form.subject.signals.count
            return count == 0 ? words(.none, .dim) : words(.signalCount(count))
        case .aftercare, .intervisie:
            let due = field == .aftercare ? evaluation.aftercareDue : evaluation.intervisieDue
            guard let due else { return words(.off, .dim) }
            return (DateText.day(due, now: state.now, calendar: state.calendar, language: language), .normal)
        }
    }

    /// "3 · schoonfamilie, geld, school".
    private static func lines(_ texts: [String]) -> (String, Style)? {
        texts.isEmpty ? nil : ("\(texts.count) · " + texts.joined(separator: ", "), .normal)
    }

    static func scale(_ field: EvaluationField, of evaluation: Evaluation) -> Int? {
        switch field {
        case .atmosphere: evaluation.atmosphere
        case .safety: evaluation.safety
        case .openness: evaluation.openness
        case .collaboration: evaluation.collaboration
        case .wellbeing: evaluation.wellbeing
        default: nil
        }
    }

    /// "●●●○○", or "###.." on a terminal without UTF-8.
    static func dots(_ score: Int, ascii: Bool) -> String {
        let top = Evaluation.scale.upperBound
        let filled = min(max(score, 0), top)
        return String(repeating: ascii ? "#" : "●", count: filled)
            + String(repeating: ascii ? "." : "○", count: top - filled)
    }
}

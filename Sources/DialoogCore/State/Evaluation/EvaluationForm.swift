import Foundation

/// The evaluation form of one meeting: what the meeting recorded, the evaluation as edited,
/// and the field under the cursor.
package struct EvaluationForm: Equatable, Sendable {
    package var subject: EvaluationSubject
    /// The evaluation as the screen shows it; every change is stored at once.
    package var evaluation: Evaluation
    /// The meeting's raised themes: from live mode, with what the form added or changed.
    package var raisedThemes: [RaisedTheme]
    /// The evaluation and themes as last stored (or as opened): put back when a save fails, so
    /// the screen never shows what the database does not hold.
    package var saved: Evaluation
    package var savedThemes: [RaisedTheme]
    /// The themes sent with the last save, until it is answered.
    package var sentThemes: [RaisedTheme]
    package var field: EvaluationField = .turnout
    /// The cursor within a field: a choice, a line or one of the hand counts.
    package var choice = 0
    package var typing: EvaluationTyping?
    /// The line last stored with Enter, on which field, until its save is answered: typed
    /// again into its field when the save fails.
    package var sentLine: SentLine?
    package var origin: EvaluationOrigin
    /// Opened from the overzicht or a series summary, the form is the gespreksleider's and
    /// shows without changing: no key changes a value until the edit key is confirmed.
    package var locked: Bool
    /// The edit key was pressed on a locked form: asking whether to change it.
    package var confirmingEdit = false
    /// The prompts the group met openly were ticked as landed when the form opened, because
    /// the meeting had no evaluation yet; the form says so.
    package let preMarked: Bool

    package init(subject: EvaluationSubject, now: Date, origin: EvaluationOrigin = .start) {
        self.subject = subject
        var evaluation = subject.evaluation ?? Evaluation(meetingId: subject.meeting.id, updatedAt: now)
        var preMarked = false
        if subject.evaluation == nil {
            // A first guess at what landed: the prompts the group responded to openly.
            let open = Set(subject.promptUses.filter { $0.response == .open }.map(\.promptId))
            evaluation.landed = Self.usedPrompts(subject.promptUses).filter(open.contains)
            preMarked = !evaluation.landed.isEmpty
            // The agreements the group made during the meeting, as typed in over the rules.
            evaluation.agreements = Array(subject.liveAgreements.prefix(Evaluation.agreementCount))
        }
        self.evaluation = evaluation
        self.raisedThemes = subject.raisedThemes
        self.saved = evaluation
        self.savedThemes = subject.raisedThemes
        self.sentThemes = subject.raisedThemes
        self.origin = origin
        self.locked = origin != .start
        self.preMarked = preMarked
    }

    /// Which part of the keymap applies in the form.
    package var inputMode: InputMode {
        if confirmingEdit { return .evaluationConfirmEdit }
        return typing == nil ? .evaluation : .evaluationText
    }

    /// Changed by someone other than the gespreksleider at the end of the meeting: opened
    /// from the overzicht or a summary, and unlocked there.
    package var editedElsewhere: Bool { origin != .start }

    /// The content ids of the prompts used in the meeting, once each, in the order of first use.
    package var usedPrompts: [String] { Self.usedPrompts(subject.promptUses) }

    private static func usedPrompts(_ uses: [PromptUse]) -> [String] {
        var seen = Set<String>()
        return uses.map(\.promptId).filter { seen.insert($0).inserted }
    }

    /// The moments of resistance live mode noted (prompts the group met with resistance): a
    /// suggestion shown while the field is empty, stored only once it is changed.
    package var resistanceSuggestion: Int {
        subject.promptUses.filter { $0.response == .weerstand }.count
    }

    /// The number of people expected: as set in the form, else the series' group size.
    package var expected: Int? { evaluation.expected ?? subject.series.expectedGroupSize }

    /// How many items the cursor within the current field runs over.
    package var choiceCount: Int {
        switch field {
        case .resistanceMet: ResistanceApproach.allCases.count
        case .landed: usedPrompts.count
        case .raisedThemes: raisedThemes.count
        case .agreements: evaluation.agreements.count
        case .recommendations: evaluation.recommendations.count
        case .useful, .heard: HandAnswer.allCases.count
        default: 0
        }
    }

    /// The hand count the cursor is on, in the useful and heard fields.
    package var handAnswer: HandAnswer { HandAnswer(rawValue: min(max(choice, 0), 2)) ?? .yes }

    /// The largest count a count field takes, and its smallest.
    package var countRange: ClosedRange<Int> {
        switch field {
        case .turnout: 1...Evaluation.maximumCount
        case .volunteerHours: Evaluation.hoursRange
        case .expenses: Evaluation.expensesRange
        default: 0...Evaluation.maximumCount
        }
    }

    /// The lines of a field of lines: the raised themes are the meeting's, the others the
    /// evaluation's.
    package func lines(_ field: EvaluationField) -> [String] {
        switch field {
        case .agreements: evaluation.agreements
        case .recommendations: evaluation.recommendations
        default: raisedThemes.map(\.text)
        }
    }

    /// The longest line a field of lines takes, and how many it keeps (nil: no limit).
    package static func lineLimit(_ field: EvaluationField) -> (length: Int, count: Int?) {
        switch field {
        case .agreements: (Evaluation.agreementLength, Evaluation.agreementCount)
        case .recommendations: (Evaluation.recommendationLength, Evaluation.recommendationCount)
        default: (RaisedTheme.maxLength, nil)
        }
    }
}

/// A line of the evaluation form sent to be stored, as it was typed.
package struct SentLine: Equatable, Sendable {
    package var field: EvaluationField
    package var typing: EvaluationTyping
}

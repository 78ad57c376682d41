/// A row of the evaluation form, in the order the form lists them: from what happened in the
/// room to how the gespreksleider is doing.
package enum EvaluationField: Int, CaseIterable, Equatable, Hashable, Sendable {
    /// How many came (read only) against how many were expected.
    case turnout
    case atmosphere
    case safety
    case openness
    /// How many moments of resistance there were.
    case resistance
    /// How the resistance was met: several approaches may be ticked.
    case resistanceMet
    /// Which of the prompts used landed.
    case landed
    /// Themes the group raised itself.
    case raisedThemes
    /// The group's own agreements or action plan.
    case agreements
    /// Advice to the municipality that came out of the meeting.
    case recommendations
    /// Hands or cards: was it useful?
    case useful
    /// Hands or cards: did people feel heard?
    case heard
    /// The signals noted during the meeting (read only).
    case signals
    /// How the collaboration with local professionals went.
    case collaboration
    /// The volunteers' hours for this meeting, and its expenses in euros.
    case volunteerHours
    case expenses
    /// An aftercare meeting to plan.
    case aftercare
    /// Intervisie for the gespreksleider.
    case intervisie
    /// How the gespreksleider is doing.
    case wellbeing

    /// How the field is filled in, which decides what its keys do.
    package enum Kind: Equatable, Sendable {
        /// A number changed with +/- or typed after Enter.
        case count
        /// 1 to 5, with the digit keys.
        case scale
        /// A list to tick, with a cursor of its own.
        case choices
        /// Lines of text to add, edit and remove.
        case lines
        /// Three counts (yes, partly, no).
        case hands
        /// A follow-up that is on (with a day) or off.
        case followUp
        /// Shown, not changed here.
        case readOnly
    }

    package var kind: Kind {
        switch self {
        case .turnout, .resistance, .volunteerHours, .expenses: .count
        case .atmosphere, .safety, .openness, .collaboration, .wellbeing: .scale
        case .resistanceMet, .landed: .choices
        case .raisedThemes, .agreements, .recommendations: .lines
        case .useful, .heard: .hands
        case .aftercare, .intervisie: .followUp
        case .signals: .readOnly
        }
    }
}

/// Which of the three hand counts.
package enum HandAnswer: Int, CaseIterable, Equatable, Sendable {
    case yes, partly, no
}

extension HandCount {
    /// The count for one answer.
    package subscript(_ answer: HandAnswer) -> Int? {
        get {
            switch answer {
            case .yes: yes
            case .partly: partly
            case .no: no
            }
        }
        set {
            switch answer {
            case .yes: yes = newValue
            case .partly: partly = newValue
            case .no: no = newValue
            }
        }
    }
}

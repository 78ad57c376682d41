import DialoogCore
import Foundation

/// The evaluation form's title and messages. Reached by `localized(_:)`;
/// `EvaluationText+Dutch.swift` and `EvaluationText+English.swift` are exhaustive switches like
/// the main catalog. Its keys' words are rows of `ActionTable`; its screen's words are
/// `EvaluationWords`.
package enum EvaluationText: Equatable, Sendable {
    case title
    case notice(EvaluationNotice)
    /// The series has no meeting that ended (when the store finds none).
    case nothingToEvaluate
}

/// The words of the evaluation form's screen, each a value so the screen code holds no
/// sentence of its own.
package enum EvaluationWords: Equatable, Sendable {
    // MARK: The list
    /// "BIJEENKOMST 2 · di 1 dec" over the list of fields.
    case listHeading(meeting: String, day: String?)
    /// The field's name in the list.
    case label(EvaluationField)
    /// Nothing filled in.
    case empty
    /// "11 gekomen · 14 verwacht".
    case turnout(came: Int, expected: Int?)
    /// "2 (voorstel)": the resistance suggested from the meeting.
    case suggested(Int)
    case landedCount(Int, of: Int)
    case noPrompts
    case signalCount(Int)
    /// An approach to resistance in a word or two, for the list.
    case approachName(ResistanceApproach)
    case none
    case off

    // MARK: The detail beside the list
    /// The field's name as the heading of its detail.
    case title(EvaluationField)
    /// What the field is for, in one or two lines.
    case explanation(EvaluationField)
    /// The keys of the field, at the foot of its detail.
    case keys(EvaluationField)
    case came(Int)
    /// Who the "gekomen" counts: deelnemers, with or without a nickname; the others apart.
    case cameCounts(unnamed: Int, others: Int)
    /// "verwacht 14".
    case expected(Int?)
    /// The expected number is the series' group size until it is changed.
    case expectedFromSeries
    /// "79% van verwacht".
    case share(Int)
    /// "3 van 5".
    case scaleOf(Int)
    /// What 1 and 5 mean on a scale.
    case scaleEnds(ScaleField)
    case moments(Int)
    /// The resistance noted in live mode, as a suggestion not yet stored.
    case suggestion(Int)
    case approach(ResistanceApproach)
    case preMarked
    case noThemes
    case noAgreements
    case noRecommendations
    /// Recommendations leave the laptop only once the coordinator releases them.
    case recommendationsPrivacy
    /// "6 uur", "45 euro".
    case hours(Int)
    case euros(Int)
    /// "Ze komen terug als blok in bijeenkomst 3."
    case carriedInto(Meeting.Kind, number: Int)
    case noNextMeeting
    /// The next meeting has started: the agreements no longer change its plan.
    case nextStarted(Meeting.Kind, number: Int)
    case agreementRoom(Int, of: Int)
    case hand(HandAnswer)
    /// "samen 11 · 11 aanwezig".
    case handsTotal(Int, present: Int)
    case noSignals
    case signalCategory(Signal.Category)
    case signalResponse(Signal.Response)
    case signalsPrivacy
    /// "aan · di 26 jan · 8 weken na de bijeenkomst".
    case due(day: String, weeks: Int)
    case done(day: String)
    /// A kind word when the gespreksleider's wellbeing is low.
    case nudge
    case nudgeKey
    case intervisieOn(day: String)
    /// The status line when nothing is said.
    case quiet
    /// The status line when wellbeing is low and intervisie is off.
    case quietNudge
    /// The status line of a form opened from the overzicht or a summary, still locked.
    case quietReadOnly
    /// "bewerkt op di 8 dec": changed from the overzicht or a summary, after confirming.
    case editedOn(day: String)

    // MARK: Typing
    case newLine
    case editLine
    /// "ja: " while typing the hands that said yes.
    case countLabel(EvaluationField, HandAnswer?)
    case typingKeys
    case characters(Int, of: Int)
}

extension EvaluationText: Words {
    package var dutch: String {
        switch self {
        case .title: "evaluatie"
        case .notice(let notice): Self.dutchNotice(notice)
        case .nothingToEvaluate: "deze serie heeft nog geen afgesloten bijeenkomst"
        }
    }

    package var english: String {
        switch self {
        case .title: "evaluation"
        case .notice(let notice): Self.englishNotice(notice)
        case .nothingToEvaluate: "this series has no meeting that has ended yet"
        }
    }
}

extension EvaluationWords {
    /// "Bijeenkomst 3" at the start of a sentence.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// The fields answered on a scale of 1 to 5, each with its own words for 1 and 5.
package enum ScaleField: Equatable, Sendable {
    case atmosphere, safety, openness, collaboration, wellbeing

    package init?(_ field: EvaluationField) {
        switch field {
        case .atmosphere: self = .atmosphere
        case .safety: self = .safety
        case .openness: self = .openness
        case .collaboration: self = .collaboration
        case .wellbeing: self = .wellbeing
        default: return nil
        }
    }
}

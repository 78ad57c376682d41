import Foundation

/// The gespreksleider's evaluation of one meeting, filled in at its end and reopenable later.
/// Every field is optional: a form half filled in is worth keeping. Nothing in it names a
/// participant; the group's agreements and the raised themes are about the group.
package struct Evaluation: Codable, Equatable, Hashable, Sendable {
    package var meetingId: String
    /// How many people were expected; nil means the series' expected group size.
    package var expected: Int?
    /// The atmosphere, the safety the group felt and how open it was, each 1 (low) to 5.
    package var atmosphere: Int?
    package var safety: Int?
    package var openness: Int?
    /// How many moments of resistance there were, and how they were met.
    package var resistanceMoments: Int?
    package var resistanceMet: [ResistanceApproach]
    /// The content ids of the prompts used in this meeting that landed, in the order of use.
    package var landed: [String]
    /// The group's own agreements or action plan, one short line each. They come back in the
    /// next meeting's plan as a block to return to.
    package var agreements: [String]
    /// Quick ratings by show of hands or cards: how useful the meeting was, whether people
    /// felt heard. Counts, never who.
    package var useful: HandCount
    package var heard: HandCount
    /// Advice to the municipality that came out of the meeting, one short line each (002:
    /// "leidde tot een advies aan de gemeente"). Free text: it leaves the laptop only as a
    /// wording the coordinator released in the overzicht's review list, like a raised theme.
    package var recommendations: [String]
    /// How the collaboration with local professionals went, 1 (hardly any) to 5 (good): the
    /// evaluation of local collaboration between professional and informal workers (003).
    package var collaboration: Int?
    /// The hours the gespreksleiders and intermediairs spent on this meeting, preparation
    /// included, and the expenses in whole euros: what a volunteer allowance is based on (002).
    package var volunteerHours: Int?
    package var expenses: Int?
    /// How the gespreksleider is doing, 1 (low) to 5; low suggests intervisie.
    package var wellbeing: Int?
    /// The day an aftercare meeting is due (local midnight), and when it was dealt with.
    package var aftercareDue: Date?
    package var aftercareDoneAt: Date?
    /// The day an intervisie (peer consultation) is due, and when it took place.
    package var intervisieDue: Date?
    package var intervisieDoneAt: Date?
    package var updatedAt: Date
    /// When it was last changed from the overzicht or a summary, after confirming: nil when
    /// only the gespreksleider's own form changed it.
    package var editedAt: Date?

    package init(
        meetingId: String, expected: Int? = nil, atmosphere: Int? = nil, safety: Int? = nil, openness: Int? = nil,
        resistanceMoments: Int? = nil, resistanceMet: [ResistanceApproach] = [], landed: [String] = [],
        agreements: [String] = [], useful: HandCount = HandCount(), heard: HandCount = HandCount(),
        recommendations: [String] = [], collaboration: Int? = nil, volunteerHours: Int? = nil, expenses: Int? = nil,
        wellbeing: Int? = nil, aftercareDue: Date? = nil, aftercareDoneAt: Date? = nil, intervisieDue: Date? = nil,
        intervisieDoneAt: Date? = nil, updatedAt: Date, editedAt: Date? = nil
    ) {
        self.meetingId = meetingId
        self.expected = expected
        self.atmosphere = atmosphere
        self.safety = safety
        self.openness = openness
        self.resistanceMoments = resistanceMoments
        self.resistanceMet = resistanceMet
        self.landed = landed
        self.agreements = agreements
        self.useful = useful
        self.heard = heard
        self.recommendations = recommendations
        self.collaboration = collaboration
        self.volunteerHours = volunteerHours
        self.expenses = expenses
        self.wellbeing = wellbeing
        self.aftercareDue = aftercareDue
        self.aftercareDoneAt = aftercareDoneAt
        self.intervisieDue = intervisieDue
        self.intervisieDoneAt = intervisieDoneAt
        self.updatedAt = updatedAt
        self.editedAt = editedAt
    }

    /// The range of the 1–5 scales (atmosphere, safety, openness, wellbeing).
    package static let scale = 1...5
    /// At or below this wellbeing the form suggests intervisie.
    package static let lowWellbeing = 2
    /// The longest agreement, in Unicode scalars, and how many a meeting keeps.
    package static let agreementLength = 120
    package static let agreementCount = 10
    /// The most resistance moments and the largest hand count the form takes.
    package static let maximumCount = 500
    /// The longest recommendation to the municipality and how many a meeting keeps.
    package static let recommendationLength = 120
    package static let recommendationCount = 5
    /// The ranges of the volunteers' hours for one meeting and of its expenses in euros.
    package static let hoursRange = 0...200
    package static let expensesRange = 0...9999

    /// Nothing has been filled in yet (the dates aside).
    package var isEmpty: Bool {
        self == Evaluation(meetingId: meetingId, updatedAt: updatedAt, editedAt: editedAt)
    }

    /// The gespreksleider's wellbeing is low: intervisie is suggested.
    package var suggestsIntervisie: Bool { wellbeing.map { $0 <= Self.lowWellbeing } ?? false }
}

/// Counts of hands or cards for one question: yes, partly, no.
package struct HandCount: Codable, Equatable, Hashable, Sendable {
    package var yes: Int?
    package var partly: Int?
    package var no: Int?

    package init(yes: Int? = nil, partly: Int? = nil, no: Int? = nil) {
        self.yes = yes
        self.partly = partly
        self.no = no
    }

    /// Everyone who raised a hand or a card; nil when nothing was counted.
    package var total: Int? {
        let counted = [yes, partly, no].compactMap { $0 }
        return counted.isEmpty ? nil : Limits.sum(counted)
    }
}

/// How a moment of resistance was met. The sources advise meeting it calmly and with
/// respect, without rejecting it and without letting it take over.
package enum ResistanceApproach: String, Codable, CaseIterable, Sendable {
    /// Asked on: what makes you say that?
    case doorvragen
    /// Back to the ground rules.
    case spelregels
    /// Acknowledged and given room, without making it the focus.
    case ruimte
    /// Parked, to come back to later.
    case terugkomen
    /// The group itself answered.
    case groep
    case anders
}

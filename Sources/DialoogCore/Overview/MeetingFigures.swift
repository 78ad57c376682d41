import Foundation

/// One meeting with its figures: a row of the CSV report, and of a series' drill-down.
/// Counts only; no names.
package struct MeetingFigures: Equatable, Hashable, Identifiable, Sendable {
    package var seriesId: String
    package var seriesName: String
    package var organisation: String
    package var methodId: String
    package var municipality: String?
    package var demo: Bool
    package var meetingId: String
    package var number: Int
    package var kind: Meeting.Kind
    /// The planned start, or when it ended if it had none.
    package var date: Date?
    package var state: Meeting.State
    /// Expected: the evaluation's figure, else the series' expected group size.
    package var expected: Int?
    /// Present by role (named attendance; all 0 for a meeting whose attendance was counted),
    /// and the headcount of such a counted meeting (nil for a named one).
    package var participants: Int
    package var speakers: Int
    package var professionals: Int
    package var observers: Int
    package var countOnly: Bool
    package var headcount: Int?
    package var promptsUsed: Int
    package var promptsUnplanned: Int
    package var promptsLanded: Int
    package var raisedThemes: Int
    package var signals: SignalCounts
    /// The evaluation's scores and counts; all nil when the meeting was not evaluated.
    package var evaluated: Bool
    package var atmosphere: Int?
    package var safety: Int?
    package var openness: Int?
    package var resistanceMoments: Int?
    package var useful: HandCount
    package var heard: HandCount
    package var agreements: Int
    /// When the evaluation was last changed from the overzicht or a summary ("bewerkt op").
    package var editedAt: Date?
    /// The collaboration with local professionals (1–5), the volunteers' hours and the
    /// expenses in euros, and how many recommendations to the municipality were written (the
    /// wordings themselves leave the laptop only when released).
    package var collaboration: Int?
    package var volunteerHours: Int?
    package var expenses: Int?
    package var recommendations: Int
    /// The women, men and young people of a counted meeting's headcount, when counted (nil
    /// for a named meeting or a part not counted).
    package var women: Int?
    package var men: Int?
    package var young: Int?
    /// The series' kind of venue (`Venue`'s raw value), languages and target groups
    /// (`TargetGroup`'s raw values), as set when the series was planned.
    package var venue: String?
    package var languages: [String]
    package var groups: [String]

    package var id: String { meetingId }

    /// How many people came: the headcount, or the participants marked present.
    package var attendance: Int { countOnly ? headcount ?? 0 : participants }

    package init(
        seriesId: String, seriesName: String, organisation: String, methodId: String, municipality: String?,
        demo: Bool = false, meetingId: String, number: Int, kind: Meeting.Kind, date: Date?, state: Meeting.State,
        expected: Int? = nil, participants: Int = 0, speakers: Int = 0, professionals: Int = 0, observers: Int = 0,
        countOnly: Bool = false, headcount: Int? = nil, promptsUsed: Int = 0, promptsUnplanned: Int = 0,
        promptsLanded: Int = 0, raisedThemes: Int = 0, signals: SignalCounts = SignalCounts(), evaluated: Bool = false,
        atmosphere: Int? = nil, safety: Int? = nil, openness: Int? = nil, resistanceMoments: Int? = nil,
        useful: HandCount = HandCount(), heard: HandCount = HandCount(), agreements: Int = 0,
        editedAt: Date? = nil, collaboration: Int? = nil, volunteerHours: Int? = nil, expenses: Int? = nil,
        recommendations: Int = 0, women: Int? = nil, men: Int? = nil, young: Int? = nil, venue: String? = nil,
        languages: [String] = [], groups: [String] = []
    ) {
        self.seriesId = seriesId
        self.seriesName = seriesName
        self.organisation = organisation
        self.methodId = methodId
        self.municipality = municipality
        self.demo = demo
        self.meetingId = meetingId
        self.number = number
        self.kind = kind
        self.date = date
        self.state = state
        self.expected = expected
        self.participants = participants
        self.speakers = speakers
        self.professionals = professionals
        self.observers = observers
        self.countOnly = countOnly
        self.headcount = headcount
        self.promptsUsed = promptsUsed
        self.promptsUnplanned = promptsUnplanned
        self.promptsLanded = promptsLanded
        self.raisedThemes = raisedThemes
        self.signals = signals
        self.evaluated = evaluated
        self.atmosphere = atmosphere
        self.safety = safety
        self.openness = openness
        self.resistanceMoments = resistanceMoments
        self.useful = useful
        self.heard = heard
        self.agreements = agreements
        self.editedAt = editedAt
        self.collaboration = collaboration
        self.volunteerHours = volunteerHours
        self.expenses = expenses
        self.recommendations = recommendations
        self.women = women
        self.men = men
        self.young = young
        self.venue = venue
        self.languages = languages
        self.groups = groups
    }
}

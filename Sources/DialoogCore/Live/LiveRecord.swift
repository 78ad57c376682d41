import Foundation

/// Everything recorded during one meeting: where it is (the current block, the timer's
/// segments), who came, which prompts were used, the notes, signals and themes the group
/// raised. It is stored whole after every action, in one transaction, so what the screen
/// shows is what the database holds; undo puts back an earlier value of it.
package struct LiveRecord: Codable, Equatable, Hashable, Sendable {
    package var meetingId: String
    package var state: Meeting.State
    /// The block on screen; nil only for a meeting without blocks.
    package var currentBlockId: String?
    package var endedAt: Date?
    /// Oldest first; at most one (the last) has no end.
    package var segments: [TimerSegment]
    /// Minutes added to (or taken from) a block during the meeting, by block id; the plan
    /// itself stays as the trainer made it.
    package var extraMinutes: [String: Int]
    /// The participants of the series, as known now: those of earlier meetings and those
    /// added during this one.
    package var participants: [Participant]
    /// The ids of the participants present at this meeting.
    package var present: Set<String>
    /// Attendance is counted, not named (a large or anonymous group).
    package var countOnly: Bool
    package var headcount: Headcount
    /// People present who gave no nickname, counted beside the named ones ("6 met een
    /// bijnaam en 8 zonder"); they count as deelnemers. Not used while `countOnly`.
    package var unnamed: Int
    package var promptUses: [PromptUse]
    package var notes: [LiveNote]
    package var signals: [Signal]
    package var raisedThemes: [RaisedTheme]
    /// The method's block questions marked asked, in the order they were marked.
    package var questionsUsed: [QuestionUse]
    /// The agreements the group made during this meeting, typed in over the ground rules.
    package var agreements: [GroupAgreement]
    /// The statements participants phrased in this meeting, typed in from the deck: the
    /// series' own prompts, used here (`SeriesPrompt`).
    package var statements: [SeriesPrompt]
    /// When a reading panel (the ground rules) was opened; no text. Not part of undo: undo
    /// takes back what was recorded, not that the rules were shown.
    package var openings: [PanelOpening]
    /// The quick note being typed, stored with the meeting at every key so that it survives a
    /// kill; nil when no note is being typed (or it was stored). Not part of undo.
    package var noteDraft: String?

    package init(
        meetingId: String, state: Meeting.State = .running, currentBlockId: String? = nil, endedAt: Date? = nil,
        segments: [TimerSegment] = [], extraMinutes: [String: Int] = [:], participants: [Participant] = [],
        present: Set<String> = [], countOnly: Bool = false, headcount: Headcount = Headcount(), unnamed: Int = 0,
        promptUses: [PromptUse] = [], notes: [LiveNote] = [], signals: [Signal] = [], raisedThemes: [RaisedTheme] = [],
        agreements: [GroupAgreement] = [], openings: [PanelOpening] = [], questionsUsed: [QuestionUse] = [],
        statements: [SeriesPrompt] = [], noteDraft: String? = nil
    ) {
        self.meetingId = meetingId
        self.state = state
        self.currentBlockId = currentBlockId
        self.endedAt = endedAt
        self.segments = segments
        self.extraMinutes = extraMinutes
        self.participants = participants
        self.present = present
        self.countOnly = countOnly
        self.headcount = headcount
        self.unnamed = unnamed
        self.promptUses = promptUses
        self.notes = notes
        self.signals = signals
        self.raisedThemes = raisedThemes
        self.agreements = agreements
        self.statements = statements
        self.questionsUsed = questionsUsed
        self.openings = openings
        self.noteDraft = noteDraft
    }

    /// The timer runs: the last segment has no end.
    package var isRunning: Bool { segments.last.map { $0.end == nil } ?? false }

    /// When the meeting began: the first time its timer was started.
    package var startedAt: Date? { segments.first?.start }

    /// Something has been recorded: a meeting left with nothing recorded goes back to planned.
    package var hasRecords: Bool {
        !segments.isEmpty || !extraMinutes.isEmpty || !present.isEmpty || headcount != Headcount() || unnamed != 0
            || !promptUses.isEmpty || !notes.isEmpty || !signals.isEmpty || !raisedThemes.isEmpty || !agreements.isEmpty
            || !questionsUsed.isEmpty || !statements.isEmpty
    }

    /// How many people came: the headcount, or the participants marked present and those
    /// without a nickname.
    package var attendanceCount: Int { countOnly ? headcount.total : present.count + unnamed }

    /// The deelnemers among them, as the close dialog and the evaluation count them: the
    /// headcount, or those present with the role deelnemer and those without a nickname.
    /// Speakers, professionals and observers are counted apart (`othersPresent`).
    package var deelnemersPresent: Int {
        countOnly ? headcount.total : namedDeelnemersPresent + unnamed
    }

    /// Present by nickname with the role deelnemer.
    package var namedDeelnemersPresent: Int {
        participants.filter { $0.role == .deelnemer && present.contains($0.id) }.count
    }

    /// Present by nickname with another role (speaker, professional, observer); 0 when counted.
    package var othersPresent: Int {
        countOnly ? 0 : participants.filter { $0.role != .deelnemer && present.contains($0.id) }.count
    }

    /// The most people without a nickname: as many as a headcount may have.
    package static let unnamedMaximum = Headcount.maximum
}

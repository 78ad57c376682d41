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
    package var promptUses: [PromptUse]
    package var notes: [LiveNote]
    package var signals: [Signal]
    package var raisedThemes: [RaisedTheme]
    /// The quick note being typed, stored with the meeting at every key so that it survives a
    /// kill; nil when no note is being typed (or it was stored). Not part of undo.
    package var noteDraft: String?

    package init(
        meetingId: String, state: Meeting.State = .running, currentBlockId: String? = nil, endedAt: Date? = nil,
        segments: [TimerSegment] = [], extraMinutes: [String: Int] = [:], participants: [Participant] = [],
        present: Set<String> = [], countOnly: Bool = false, headcount: Headcount = Headcount(),
        promptUses: [PromptUse] = [], notes: [LiveNote] = [], signals: [Signal] = [], raisedThemes: [RaisedTheme] = [],
        noteDraft: String? = nil
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
        self.promptUses = promptUses
        self.notes = notes
        self.signals = signals
        self.raisedThemes = raisedThemes
        self.noteDraft = noteDraft
    }

    /// The timer runs: the last segment has no end.
    package var isRunning: Bool { segments.last.map { $0.end == nil } ?? false }

    /// When the meeting began: the first time its timer was started.
    package var startedAt: Date? { segments.first?.start }

    /// Something has been recorded: a meeting left with nothing recorded goes back to planned.
    package var hasRecords: Bool {
        !segments.isEmpty || !extraMinutes.isEmpty || !present.isEmpty || headcount != Headcount()
            || !promptUses.isEmpty || !notes.isEmpty || !signals.isEmpty || !raisedThemes.isEmpty
    }

    /// How many people came: the headcount, or the participants marked present.
    package var attendanceCount: Int { countOnly ? headcount.total : present.count }
}

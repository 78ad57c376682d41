import Foundation

/// What happened in a series' meetings, as the later meetings need it: which prompts were
/// used (planned or not) in which meeting, which themes the group raised itself, which
/// follow-ups are still open, and when each meeting was really held. Built from the stored
/// records alone, so the planner's pickers, its "opnieuw" warnings and the live screen read
/// the same history. What was planned but never used is not in it.
package struct Ledger: Codable, Equatable, Hashable, Sendable {
    /// One meeting of the series, in plan order.
    package struct Entry: Codable, Equatable, Hashable, Sendable {
        package var meetingId: String
        package var number: Int
        package var state: Meeting.State
        /// When the meeting was held: the first start of its timer (nil while it has not run).
        package var heldAt: Date?
        /// The prompts used, in the order of first use, each once.
        package var promptsUsed: [String]
        package var raisedThemes: [String]
        package var signals: [Signal]
        /// The group's agreements: those of the evaluation, else those typed in live.
        package var agreements: [String]
        /// The method's block questions asked, by `QuestionUse.key`, each once.
        package var questionsUsed: [String]
        /// The series' own prompts phrased (and used) in this meeting, in the order typed.
        package var statements: [String]

        package init(
            meetingId: String, number: Int, state: Meeting.State, heldAt: Date? = nil, promptsUsed: [String] = [],
            raisedThemes: [String] = [], signals: [Signal] = [], agreements: [String] = [],
            questionsUsed: [String] = [], statements: [String] = []
        ) {
            self.meetingId = meetingId
            self.number = number
            self.state = state
            self.heldAt = heldAt
            self.promptsUsed = promptsUsed
            self.raisedThemes = raisedThemes
            self.signals = signals
            self.agreements = agreements
            self.questionsUsed = questionsUsed
            self.statements = statements
        }

        /// The meeting ran (or runs): what it used counts, what it planned no longer does.
        package var held: Bool { state != .planned }
    }

    /// A theme the group raised, with the meeting it came up in.
    package struct Raised: Equatable, Hashable, Sendable {
        package var text: String
        package var meeting: Int

        package init(text: String, meeting: Int) {
            self.text = text
            self.meeting = meeting
        }
    }

    package var entries: [Entry]

    package init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The ledger of `meetings` (in plan order) from their records, by meeting id; a meeting
    /// without a record has used nothing.
    package init(meetings: [Meeting], records: [String: LiveRecord]) {
        entries = meetings.map { meeting in
            guard let record = records[meeting.id] else {
                return Entry(meetingId: meeting.id, number: meeting.number, state: meeting.state)
            }
            var used: [String] = []
            for use in record.promptUses where !used.contains(use.promptId) { used.append(use.promptId) }
            return Entry(
                meetingId: meeting.id, number: meeting.number, state: record.state, heldAt: record.startedAt,
                promptsUsed: used, raisedThemes: record.raisedThemes.map(\.text), signals: record.signals,
                agreements: record.agreements.map(\.text),
                questionsUsed: record.questionsUsed.map { QuestionUse.key($0.text) }.reduce(into: []) { keys, key in
                    if !keys.contains(key) { keys.append(key) }
                }, statements: record.statements.map(\.text))
        }
    }

    package func entry(_ meetingId: String) -> Entry? {
        entries.first { $0.meetingId == meetingId }
    }

    /// The entries before `meetingId` in plan order; all of them for a meeting the ledger does
    /// not know.
    private func entries(before meetingId: String) -> ArraySlice<Entry> {
        entries.prefix { $0.meetingId != meetingId }
    }

    /// For each prompt used in a meeting before `meetingId`, the numbers of the meetings it
    /// was used in, oldest first.
    package func used(before meetingId: String) -> [String: [Int]] {
        var used: [String: [Int]] = [:]
        for entry in entries(before: meetingId) {
            for prompt in entry.promptsUsed where used[prompt]?.contains(entry.number) != true {
                used[prompt, default: []].append(entry.number)
            }
        }
        return used
    }

    /// The themes the group raised in meetings before `meetingId`, each text once (the first
    /// time it came up), oldest first.
    package func raised(before meetingId: String) -> [Raised] {
        var raised: [Raised] = []
        for entry in entries(before: meetingId) {
            for text in entry.raisedThemes {
                let key = text.lowercased()
                if !raised.contains(where: { $0.text.lowercased() == key }) {
                    raised.append(Raised(text: text, meeting: entry.number))
                }
            }
        }
        return raised
    }

    /// For each block question asked in a meeting before `meetingId` (by `QuestionUse.key`),
    /// the numbers of the meetings it was asked in, oldest first: the deck marks it as it
    /// marks a prompt.
    package func questionsUsed(before meetingId: String) -> [String: [Int]] {
        var used: [String: [Int]] = [:]
        for entry in entries(before: meetingId) {
            for key in entry.questionsUsed where used[key]?.contains(entry.number) != true {
                used[key, default: []].append(entry.number)
            }
        }
        return used
    }

    /// The agreements the group made in meetings before `meetingId`, oldest first, each text
    /// once, with the meeting they were made in.
    package func agreements(before meetingId: String) -> [Raised] {
        var made: [Raised] = []
        for entry in entries(before: meetingId) {
            for text in entry.agreements where !made.contains(where: { $0.text.lowercased() == text.lowercased() }) {
                made.append(Raised(text: text, meeting: entry.number))
            }
        }
        return made
    }

    /// The series' own prompts phrased in meetings before `meetingId`, oldest first, each
    /// text once, with the meeting they were phrased (and used) in.
    package func statements(before meetingId: String) -> [Raised] {
        var phrased: [Raised] = []
        for entry in entries(before: meetingId) {
            for text in entry.statements where !phrased.contains(where: { $0.text.lowercased() == text.lowercased() }) {
                phrased.append(Raised(text: text, meeting: entry.number))
            }
        }
        return phrased
    }

    /// The signals of the series' other meetings whose follow-up is set and not yet done,
    /// the earliest follow-up first.
    package func openFollowUps(except meetingId: String) -> [Signal] {
        entries.filter { $0.meetingId != meetingId }.flatMap(\.signals)
            .filter { $0.followUp != nil && $0.followedUpAt == nil }
            .sorted { ($0.followUp ?? .distantFuture, $0.at) < ($1.followUp ?? .distantFuture, $1.at) }
    }

    /// The number of the meeting a signal was logged in.
    package func meetingNumber(of signal: Signal) -> Int? {
        entry(signal.meetingId)?.number
    }

    /// The ledger as the live screen of `meetingId` holds it: that meeting's own entry kept
    /// in its place but empty (its record is on screen), so reopening it gives the same value.
    package func forLive(_ meetingId: String) -> Ledger {
        var ledger = self
        if let index = entries.firstIndex(where: { $0.meetingId == meetingId }) {
            ledger.entries[index] = Entry(meetingId: meetingId, number: entries[index].number, state: .running)
        }
        return ledger
    }

    /// The date a meeting was held, else nil (use the planned date).
    package func heldAt(_ meetingId: String) -> Date? {
        entry(meetingId)?.heldAt
    }
}

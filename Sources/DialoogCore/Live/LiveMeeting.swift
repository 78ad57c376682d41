import Foundation

/// A meeting in live mode: the series and the meeting's agenda as planned, which do not change
/// during the meeting, and the record of what happens, which does.
package struct LiveMeeting: Codable, Equatable, Hashable, Sendable {
    package var series: Series
    /// The meeting as planned; its state is `record.state`.
    package var meeting: Meeting
    /// How many regular meetings the series has (three, or more with extra ones), for "2/3".
    package var regularMeetings: Int
    package var blocks: [PlanBlock]
    /// Participants present at any other meeting of this series: listed first in attendance.
    package var returning: Set<String>
    /// The categories of the signals logged in the series' earlier meetings: they bring their
    /// help entries onto this meeting's card (`helpCard(library:)`).
    package var earlierSignals: [Signal.Category]
    /// What the series' meetings recorded when this one was opened (`Ledger`): the prompts
    /// used before, the themes raised, the follow-ups still open. This meeting's own entry is
    /// as it was then; `record` is what it is now.
    package var ledger: Ledger
    package var record: LiveRecord

    package init(
        series: Series, meeting: Meeting, regularMeetings: Int = 3, blocks: [PlanBlock], returning: Set<String> = [],
        earlierSignals: [Signal.Category] = [], ledger: Ledger = Ledger(), record: LiveRecord
    ) {
        self.series = series
        self.meeting = meeting
        self.regularMeetings = regularMeetings
        self.blocks = blocks
        self.returning = returning
        self.earlierSignals = earlierSignals
        self.ledger = ledger
        self.record = record
    }

    /// For each prompt used in the series' meetings before this one, the numbers of those
    /// meetings (`Ledger.used(before:)`).
    package var usedBefore: [String: [Int]] { ledger.used(before: meeting.id) }

    /// For each block question asked in the series' meetings before this one (by
    /// `QuestionUse.key`), the numbers of those meetings.
    package var questionsUsedBefore: [String: [Int]] { ledger.questionsUsed(before: meeting.id) }

    /// The use of a block's question in this meeting, if it was marked.
    package func questionUse(_ question: String, in block: PlanBlock) -> QuestionUse? {
        record.questionsUsed.first { $0.blockId == block.id && $0.text == question }
    }

    /// The group's agreements as the ground rules list them: those of earlier meetings, then
    /// those made tonight, each text once.
    package var groupAgreements: [String] {
        var texts = ledger.agreements(before: meeting.id).map(\.text)
        for agreement in record.agreements
        where !texts.contains(where: { $0.lowercased() == agreement.text.lowercased() }) {
            texts.append(agreement.text)
        }
        return texts
    }

    /// The series' own prompts as the deck offers them: those phrased in earlier meetings
    /// (with the meeting), then those typed tonight (with this meeting's number), each text once.
    package var seriesStatements: [Ledger.Raised] {
        var statements = ledger.statements(before: meeting.id)
        for statement in record.statements
        where !statements.contains(where: { $0.text.lowercased() == statement.text.lowercased() }) {
            statements.append(Ledger.Raised(text: statement.text, meeting: meeting.number))
        }
        return statements
    }

    /// The follow-ups of signals from the series' other meetings that are still open.
    package var openFollowUps: [Signal] { ledger.openFollowUps(except: meeting.id) }

    /// The index of the block on screen in `blocks`.
    package var currentIndex: Int {
        record.currentBlockId.flatMap { id in blocks.firstIndex { $0.id == id } } ?? 0
    }

    package var currentBlock: PlanBlock? {
        blocks.indices.contains(currentIndex) ? blocks[currentIndex] : nil
    }

    /// The participants as the attendance panel lists them: those who came before first, then
    /// the others, each group by nickname (`Participant.listedBefore`, the same on every machine).
    package var attendanceOrder: [Participant] {
        let sorted = record.participants.sorted(by: Participant.listedBefore)
        return sorted.filter { returning.contains($0.id) } + sorted.filter { !returning.contains($0.id) }
    }

    /// The prompts of a block as the deck lists them: those planned, in plan order, then those
    /// taken from the library during the meeting, in the order they were taken.
    package func deck(for block: PlanBlock) -> [DeckCard] {
        let uses = record.promptUses.filter { $0.blockId == block.id }
        let planned = block.prompts.map { id in
            DeckCard(promptId: id, planned: true, use: uses.first { $0.promptId == id })
        }
        let unplanned = uses.filter { use in !block.prompts.contains(use.promptId) }.map {
            DeckCard(promptId: $0.promptId, planned: false, use: $0)
        }
        return planned + unplanned
    }
}

/// A prompt in the deck of a block: planned or not, and its use if it was used.
package struct DeckCard: Equatable, Hashable, Sendable {
    package var promptId: String
    package var planned: Bool
    package var use: PromptUse?
}

import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The method's block questions marked asked in the deck, like prompts, and the ledger that
/// marks them in later meetings.
@Suite("Live block questions")
struct LiveQuestionTests {
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return record
    }

    /// Meeting 1 on its first block that has questions.
    func meetingOnABlockWithQuestions() throws -> LiveMeeting {
        var meeting = Fixtures.openedMeeting()
        let block = try #require(meeting.blocks.first { !$0.questions.isEmpty })
        meeting.record.currentBlockId = block.id
        return meeting
    }

    @Test func enterOnAQuestionAfterTheCardsMarksItAskedAndAgainTakesItBack() throws {
        let meeting = try meetingOnABlockWithQuestions()
        let block = try #require(meeting.currentBlock)
        var state = Fixtures.liveState(meeting)
        _ = state.reduce(.command(.promptDeck))
        // Past the cards: the first question.
        for _ in 0..<meeting.deck(for: block).count { _ = state.reduce(.command(.moveDown)) }
        let asked = saved(state.reduce(.command(.toggle)))
        #expect(asked?.questionsUsed.map(\.text) == [block.questions[0]])
        #expect(asked?.questionsUsed.first?.blockId == block.id && asked?.questionsUsed.first?.at == Fixtures.now)
        #expect(asked?.promptUses == [])
        #expect(state.live.meeting?.questionUse(block.questions[0], in: block) != nil)
        #expect(saved(state.reduce(.command(.toggle)))?.questionsUsed == [])
        _ = state.reduce(.command(.toggle))
        #expect(saved(state.reduce(.command(.undo)))?.questionsUsed == [])
        #expect(state.status == .live(.undone(.questionUsed(block.questions[0]))))
        // The cursor stops at the last question.
        for _ in 0..<50 { _ = state.reduce(.command(.moveDown)) }
        guard case .deck(let panel) = state.live.panel else {
            Issue.record("the deck closed")
            return
        }
        #expect(panel.row == meeting.deck(for: block).count + block.questions.count - 1)
    }

    @Test func theLedgerMarksAQuestionInLaterMeetingsOnly() {
        let ledger = Ledger(entries: [
            Ledger.Entry(meetingId: "m1", number: 1, state: .ended, questionsUsed: ["wat deed je vader thuis?"]),
            Ledger.Entry(meetingId: "m2", number: 2, state: .ended, questionsUsed: ["wat deed je vader thuis?"]),
            Ledger.Entry(meetingId: "m3", number: 3, state: .running),
        ])
        #expect(ledger.questionsUsed(before: "m1") == [:])
        #expect(ledger.questionsUsed(before: "m3") == ["wat deed je vader thuis?": [1, 2]])
        #expect(QuestionUse.key("  Wat deed je vader thuis? ") == "wat deed je vader thuis?")
        let record = LiveRecord(
            meetingId: "m1", state: .ended,
            questionsUsed: [
                QuestionUse(meetingId: "m1", blockId: "b", text: "Wat deed je vader thuis?", at: Fixtures.now),
                QuestionUse(meetingId: "m1", blockId: "c", text: "wat deed je vader thuis?", at: Fixtures.now),
            ])
        let built = Ledger(
            meetings: [Meeting(id: "m1", seriesId: "s", number: 1, state: .ended)], records: ["m1": record])
        #expect(built.entries.first?.questionsUsed == ["wat deed je vader thuis?"])
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// A block question marked asked is stored with the meeting and marks it in meeting 2.
@Suite("Live block questions in the store")
struct LiveQuestionStoreTests {
    @Test func aQuestionAskedInMeetingOneIsMarkedInMeetingTwo() throws {
        let database = try AppDatabase.inMemory()
        let plan = Fixtures.plan()
        try database.insertPlan(plan, now: Fixtures.now)
        let first = try #require(try database.openLive(.meeting(id: plan.meetings[0].id)))
        let block = try #require(first.blocks.first { !$0.questions.isEmpty })
        var record = first.record
        record.questionsUsed = [
            QuestionUse(meetingId: record.meetingId, blockId: block.id, text: block.questions[0], at: Fixtures.now)
        ]
        try database.saveLive(record)
        #expect(try database.liveMeeting(meetingId: record.meetingId)?.record.questionsUsed == record.questionsUsed)
        // The same question twice in one block is refused by the schema, as a prompt is.
        var twice = record
        twice.questionsUsed.append(
            QuestionUse(meetingId: record.meetingId, blockId: block.id, text: block.questions[0], at: Fixtures.now))
        #expect(throws: StoreError.self) { try database.saveLive(twice) }
        record.state = .ended
        record.endedAt = Fixtures.now.addingTimeInterval(7200)
        try database.saveLive(record)
        let second = try #require(try database.openLive(.meeting(id: plan.meetings[1].id)))
        #expect(second.questionsUsedBefore == [QuestionUse.key(block.questions[0]): [1]])
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

@Suite("The series summary")
struct SummaryStoreTests {
    @Test func aSeriesWithItsMeetingsReachAndRetention() throws {
        let (database, data) = try overviewDatabase()
        let summary = try #require(try database.seriesSummary(seriesId: data.women.id))
        #expect(summary.series == data.women.series)
        let all = try database.meetingFigures(OverviewFilter())
        #expect(summary.meetings == all.filter { $0.seriesId == data.women.id })
        #expect(summary.meetings.map(\.number) == [1, 2, 3])
        #expect(summary.reached == 4 && summary.cameToFirst == 3 && summary.cameToAll == 2)
        #expect(try database.seriesSummary(seriesId: "00000000-0000-4000-8000-000000000999") == nil)

        let parents = try #require(try database.seriesSummary(seriesId: data.parents.id))
        #expect(parents.reached == 20 && parents.cameToFirst == nil && parents.cameToAll == nil)
        // A demo series has its summary too; a new one has nothing in it yet.
        #expect(try database.seriesSummary(seriesId: data.demo.id)?.meetings.count == 3)
        let empty = try #require(try database.seriesSummary(seriesId: data.newGroup.id))
        #expect(empty == SeriesSummary(series: data.newGroup.series))
    }

    @Test func thePathWalkedInTheOrderTheTimerFirstRan() throws {
        let (database, data) = try overviewDatabase()
        let first = data.women.meetings[0]
        let blocks = first.blocks
        var record = try #require(try database.liveMeeting(meetingId: first.meeting.id)).record
        let at = { (clock: String) in Fixtures.date("2026-10-06T" + clock) }
        // The second block first, back to the welcome, then the second block again for 2.5 minutes.
        record.segments = [
            TimerSegment(blockId: blocks[1].id, start: at("19:30"), end: at("19:40")),
            TimerSegment(blockId: blocks[0].id, start: at("19:40"), end: at("19:45")),
            TimerSegment(blockId: blocks[1].id, start: at("19:45"), end: at("19:47").addingTimeInterval(30)),
        ]
        try database.saveLive(record)
        let walked = try #require(try database.seriesSummary(seriesId: data.women.id)).walked
        let firstMeeting = walked.filter { $0.meetingNumber == 1 }
        #expect(
            firstMeeting == [
                SeriesSummary.WalkedBlock(
                    meetingNumber: 1, title: blocks[1].title, kind: blocks[1].kind, theme: blocks[1].theme,
                    seconds: 750),
                SeriesSummary.WalkedBlock(
                    meetingNumber: 1, title: blocks[0].title, kind: blocks[0].kind, theme: blocks[0].theme,
                    seconds: 300),
            ])
        // Meetings 2 and 3 walked their agendas in order, ten minutes a block.
        let second = data.women.meetings[1].blocks
        #expect(walked.filter { $0.meetingNumber == 2 }.map(\.title) == second.map(\.title))
        #expect(walked.filter { $0.meetingNumber == 2 }.map(\.theme) == second.map(\.theme))
        #expect(walked.filter { $0.meetingNumber != 1 }.allSatisfy { $0.seconds == 600 })
        #expect(
            walked.map(\.meetingNumber) == [1, 1] + Array(repeating: 2, count: second.count)
                + Array(repeating: 3, count: data.women.meetings[2].blocks.count))
    }

    @Test func extraMeetingsComeAfterTheRegularOnes() throws {
        let (database, data) = try overviewDatabase()
        let summary = try #require(try database.seriesSummary(seriesId: data.youth.id))
        #expect(summary.meetings.map(\.number) == [1, 2, 3, 4])
        #expect(summary.meetings.last?.kind == .extra)
        #expect(summary.reached == 3 && summary.cameToFirst == nil)
        // Meeting 3 was never held and the extra meeting has no blocks: only 1 and 2 were walked.
        #expect(Set(summary.walked.map(\.meetingNumber)) == [1, 2])
        #expect(summary.promptsUsed.map(\.promptId) == [OverviewData.p4])
    }

    @Test func promptsUsedInOrderWithThoseThatLanded() throws {
        let (database, data) = try overviewDatabase()
        var record = try #require(try database.liveMeeting(meetingId: data.women.meetings[0].meeting.id)).record
        record.promptUses[0].response = .open
        try database.saveLive(record)
        typealias P = OverviewData
        #expect(
            try database.seriesSummary(seriesId: data.women.id)?.promptsUsed == [
                .init(meetingNumber: 1, promptId: P.p1, planned: true, response: .open, landed: true),
                .init(meetingNumber: 1, promptId: P.p2, planned: true, response: nil, landed: false),
                .init(meetingNumber: 1, promptId: P.p3, planned: false, response: nil, landed: false),
                .init(meetingNumber: 2, promptId: P.p1, planned: true, response: nil, landed: false),
            ])
    }

    @Test func themesAgreementsAndOpenFollowUps() throws {
        let (database, data) = try overviewDatabase()
        let summary = try #require(try database.seriesSummary(seriesId: data.women.id))
        #expect(
            summary.raisedThemes == [
                .init(meetingNumber: 1, text: "schoonfamilie"), .init(meetingNumber: 2, text: "werk"),
                .init(meetingNumber: 2, text: "geld"),
            ])
        #expect(
            summary.agreements == [
                .init(meetingNumber: 1, text: "We vragen thuis hoe het vroeger ging"),
                .init(meetingNumber: 1, text: "Volgende keer om 19:15 beginnen"),
            ])
        #expect(
            summary.followUps.map(\.due)
                == ["2026-11-20", "2026-12-15", "2026-12-15"].map {
                    Fixtures.date($0 + "T00:00")
                })
        #expect(summary.followUps.allSatisfy { $0.seriesId == data.women.id && $0.kind == .signaal })
        let parents = try #require(try database.seriesSummary(seriesId: data.parents.id))
        #expect(parents.followUps.map(\.kind) == [.nazorg], "the intervisie took place")
        try database.setFollowUp(summary.followUps[0].id, doneAt: Fixtures.now)
        #expect(try database.seriesSummary(seriesId: data.women.id)?.followUps.count == 2)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// Two series with follow-ups of every kind:
/// - "Vrouwen Zuid" (demo): meeting 1 held with two signals to follow up on 10 December, one
///   without a day; its evaluation asks for intervisie on 10 December too.
/// - "Ouders Noord": meeting 2 held with a signal to follow up on 10 December; its evaluation
///   asks for aftercare on 2 February and intervisie on 3 December.
private func followUpFixture() throws -> (AppDatabase, women: SeriesPlan, parents: SeriesPlan) {
    let women = Fixtures.plan(Fixtures.overviewSeries(1, name: "Vrouwen Zuid", demo: true))
    let parents = Fixtures.plan(Fixtures.overviewSeries(2, name: "Ouders Noord", organisation: "IOT"))
    let database = try storedPlans([women, parents])
    let day = Fixtures.date("2026-12-10T00:00")
    var first = Fixtures.heldRecord(
        of: women, number: 1, ended: Fixtures.date("2026-12-01T21:30"), signals: [.warmeVerwijzing, .hulpkaart],
        followUp: day)
    first.signals.append(
        Signal(meetingId: first.meetingId, blockId: nil, at: Fixtures.now, category: .vgv, response: .hulpkaart))
    first.signals[0].category = .huwelijksdwang
    try database.saveLive(first)
    try database.saveLive(
        Fixtures.heldRecord(
            of: parents, number: 2, ended: Fixtures.date("2026-12-02T21:30"), signals: [.acuut112], followUp: day))
    try database.saveEvaluation(
        Evaluation(meetingId: women.meetings[0].id, intervisieDue: day, updatedAt: Fixtures.now), raisedThemes: [])
    try database.saveEvaluation(
        Evaluation(
            meetingId: parents.meetings[1].id, aftercareDue: Fixtures.date("2027-02-02T00:00"),
            intervisieDue: Fixtures.date("2026-12-03T00:00"), updatedAt: Fixtures.now), raisedThemes: [])
    return (database, women, parents)
}

@Suite("Follow-ups")
struct FollowUpStoreTests {
    @Test func soonestFirstThenBySeriesNameAndMeetingNumber() throws {
        let (database, women, parents) = try followUpFixture()
        let list = try database.followUps()
        #expect(list.map(\.kind) == [.intervisie, .signaal, .signaal, .signaal, .intervisie, .nazorg])
        #expect(
            list.map(\.seriesName) == [
                "Ouders Noord", "Ouders Noord", "Vrouwen Zuid", "Vrouwen Zuid", "Vrouwen Zuid", "Ouders Noord",
            ])
        #expect(list.map(\.meetingNumber) == [2, 2, 1, 1, 1, 2])
        #expect(
            list.map(\.due)
                == ["2026-12-03", "2026-12-10", "2026-12-10", "2026-12-10", "2026-12-10", "2027-02-02"].map {
                    Fixtures.date($0 + "T00:00")
                })

        // Each says what it is about, and never who.
        let signal = list[1]
        let stored = try #require(try database.liveMeeting(meetingId: parents.meetings[1].id)?.record.signals.first)
        #expect(signal.id == FollowUp.ID(kind: .signaal, subject: stored.id))
        #expect(signal.category == .anders && signal.meetingId == parents.meetings[1].id)
        #expect(signal.seriesId == parents.id && signal.meetingKind == .regular && !signal.demo)
        #expect(list[0].id == FollowUp.ID(kind: .intervisie, subject: parents.meetings[1].id))
        #expect(list[0].category == nil && list[5].category == nil)
        #expect(list[2].demo && list[2].seriesId == women.id)
        #expect(Set(list[2...3].compactMap(\.category)) == [.huwelijksdwang, .anders])
        #expect(list[5].id == FollowUp.ID(kind: .nazorg, subject: parents.meetings[1].id))
        #expect(list.allSatisfy { $0.doneAt == nil })
    }

    @Test func dueBeforeKeepsThoseDueBeforeThatMoment() throws {
        let (database, _, _) = try followUpFixture()
        #expect(try database.followUps(dueBefore: Fixtures.date("2026-12-10T00:00")).map(\.kind) == [.intervisie])
        #expect(try database.followUps(dueBefore: Fixtures.date("2026-12-10T00:01")).count == 5)
        #expect(try database.followUps(dueBefore: Fixtures.date("2026-12-01T00:00")).isEmpty)
    }

    @Test func doneAndOpenAgainForEveryKind() throws {
        let (database, _, parents) = try followUpFixture()
        let all = try database.followUps()
        let done = Fixtures.date("2026-12-04T09:00")
        for followUp in [all[0], all[1], all[5]] { try database.setFollowUp(followUp.id, doneAt: done) }
        #expect(try database.followUps().map(\.id) == [all[2].id, all[3].id, all[4].id])
        let withDone = try database.followUps(includeDone: true)
        #expect(withDone.map(\.id) == all.map(\.id))
        #expect(withDone.map(\.doneAt) == [done, done, nil, nil, nil, done])
        // Where it is stored: the signal, and the evaluation's own dates.
        let signal = try #require(try database.liveMeeting(meetingId: parents.meetings[1].id)?.record.signals.first)
        #expect(signal.followedUpAt == done)
        let evaluation = try #require(try database.evaluationSubject(meetingId: parents.meetings[1].id)?.evaluation)
        #expect(evaluation.aftercareDoneAt == done && evaluation.intervisieDoneAt == done)

        try database.setFollowUp(all[1].id, doneAt: nil)
        try database.setFollowUp(all[5].id, doneAt: nil)
        #expect(try database.followUps().map(\.id) == all.filter { $0.id != all[0].id }.map(\.id))
        #expect(try database.evaluationSubject(meetingId: parents.meetings[1].id)?.evaluation?.intervisieDoneAt == done)
    }

    @Test func aFollowUpThatIsNotThereIsRefused() throws {
        let (database, women, _) = try followUpFixture()
        let unknown = "00000000-0000-4000-8000-000000000999"
        for kind in FollowUp.Kind.allCases {
            #expect(throws: StoreError.followUpMissing(id: unknown)) {
                try database.setFollowUp(FollowUp.ID(kind: kind, subject: unknown), doneAt: Fixtures.now)
            }
        }
        // A signal without a day to follow up, and an evaluation that asks for no aftercare.
        let withoutDay = try #require(try database.liveMeeting(meetingId: women.meetings[0].id)?.record.signals.last)
        #expect(withoutDay.followUp == nil)
        #expect(throws: StoreError.followUpMissing(id: withoutDay.id)) {
            try database.setFollowUp(FollowUp.ID(kind: .signaal, subject: withoutDay.id), doneAt: Fixtures.now)
        }
        #expect(throws: StoreError.followUpMissing(id: women.meetings[0].id)) {
            try database.setFollowUp(FollowUp.ID(kind: .nazorg, subject: women.meetings[0].id), doneAt: Fixtures.now)
        }
        #expect(try database.followUps(includeDone: true).allSatisfy { $0.doneAt == nil })
        #expect(StoreError.followUpMissing(id: unknown).exitCode == 66)
    }
}

@Suite("Dates bound as text")
struct StorageTextTests {
    @Test func theTextIsWhatGRDBStoresForTheSameDate() {
        let dates = [
            Fixtures.now, Fixtures.date("2026-03-29T02:30"), Date(timeIntervalSince1970: 0),
            Date(timeIntervalSince1970: 1_795_000_000.987), Date(timeIntervalSince1970: 1_795_000_000.0004),
            Date(timeIntervalSince1970: 253_402_300_799.5),
        ]
        for date in dates {
            #expect(date.storageText == String.fromDatabaseValue(date.databaseValue), "\(date)")
        }
    }
}

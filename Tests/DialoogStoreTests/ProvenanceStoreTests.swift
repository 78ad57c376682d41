import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// `v11-provenance-block`: a plan block's provenance and the fingerprint of the method's words
/// are stored and read back, and the schema refuses a provenance dialoog does not know.
@Suite("Storing provenance")
struct ProvenanceStoreTests {
    static let method = AgendaBlock(
        title: "Wie deed wat in huis?", kind: .kern, form: "duos", minutes: 20, theme: "gelijkheid-man-vrouw",
        guidance: "Vraag eerst naar hun eigen jeugd.", questions: ["Wat deed je vader thuis?"],
        provenance: .organisation(lines: "759-762, 1729-1731"))

    static func plan() -> SeriesPlan {
        let series = Series(
            id: "00000000-0000-4000-8000-000000000001", name: "Ouders", methodId: "yeni-pencere", organisation: "IOT",
            createdAt: Fixtures.now)
        var edited = PlanBlock(method: method, theme: "gelijkheid-man-vrouw")
        edited.guidance += " En vraag naar nu."
        let blocks = [
            PlanBlock(method: method, theme: "gelijkheid-man-vrouw"),
            edited,
            PlanBlock(title: "Nieuw blok", kind: .kern, form: "dialoog", minutes: 15, provenance: .trainer),
            PlanBlock(title: "Welkom", kind: .welkom, form: "spel", minutes: 15, provenance: .dialoog),
            PlanBlock(title: "Oud", kind: .kern, form: "dialoog", minutes: 15),
        ]
        return SeriesPlan(
            series: series, meetings: [MeetingPlan(meeting: Meeting(seriesId: series.id, number: 1), blocks: blocks)])
    }

    @Test func aPlansProvenanceReadsBackAndAnEditShowsAsTheTrainers() throws {
        let database = try AppDatabase.inMemory()
        let written = Self.plan()
        try database.insertPlan(written, now: Fixtures.now)
        let read = try #require(try database.plan(seriesId: written.id))
        #expect(read.meetings[0].blocks == written.meetings[0].blocks)
        #expect(
            read.meetings[0].blocks.map(\.shownProvenance) == [
                .organisation(lines: "759-762, 1729-1731"), .trainer, .trainer, .dialoog, nil,
            ])
    }

    @Test func theSchemaRefusesAProvenanceItDoesNotKnow() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(Self.plan(), now: Fixtures.now)
        for odd in ["iemand", "organisatie", "Dialoog"] {
            #expect(throws: (any Error).self) {
                try database.writer.write { db in
                    try db.execute(sql: "UPDATE block SET provenance = ? WHERE title = 'Welkom'", arguments: [odd])
                }
            }
        }
        let read = try #require(try database.plan(seriesId: Self.plan().id))
        #expect(read.meetings[0].blocks[3].provenance == .dialoog)
    }
}

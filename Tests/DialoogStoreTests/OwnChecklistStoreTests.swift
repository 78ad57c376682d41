import DialoogCore
import DialoogStore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// A series' own checklist items are kept in the store, in their order, and go with the series.
@Suite struct OwnChecklistStoreTests {
    static let plan = Fixtures.plan()

    static func withOwn(_ items: [OwnPreparation]) -> SeriesPlan {
        var plan = Self.plan
        plan.ownChecklist = items
        return plan
    }

    @Test func theyReadBackInTheirOrderDoneOrNot() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(Self.plan, now: Fixtures.now)
        let items = [
            OwnPreparation(id: "eigen-1", text: "Tolk bevestigd", done: true),
            OwnPreparation(id: "eigen-2", text: "Kinderopvang geregeld"),
        ]
        try database.savePlan(Self.withOwn(items), now: Fixtures.now)
        let read = try #require(try database.plan(seriesId: Self.plan.id))
        #expect(read.ownChecklist == items)
        // Renamed, reordered and one removed: the store follows.
        let changed = [OwnPreparation(id: "eigen-2", text: "Kinderopvang geregeld (2 kinderen)", done: true)]
        try database.savePlan(Self.withOwn(changed), now: Fixtures.now)
        #expect(try database.plan(seriesId: Self.plan.id)?.ownChecklist == changed)
    }

    @Test func theStoreRefusesAnEmptyItemAndKeepsWhatWasThere() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(
            Self.withOwn([OwnPreparation(id: "eigen-1", text: "Tolk bevestigd")]), now: Fixtures.now)
        #expect(throws: (any Error).self) {
            try database.savePlan(Self.withOwn([OwnPreparation(id: "eigen-1", text: "   ")]), now: Fixtures.now)
        }
        #expect(try database.plan(seriesId: Self.plan.id)?.ownChecklist.map(\.text) == ["Tolk bevestigd"])
    }

    @Test func erasingTheSeriesTakesThemToo() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(
            Self.withOwn([OwnPreparation(id: "eigen-1", text: "Tolk bevestigd")]), now: Fixtures.now)
        try database.erase(.series, id: Self.plan.id, at: Fixtures.now)
        #expect(try database.plan(seriesId: Self.plan.id) == nil)
        let left = try database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM preparationOwn") ?? -1
        }
        #expect(left == 0)
    }
}

import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// `OverviewCache`: the overzicht kept for a filter is the one a fresh read gives, and any
/// change in the store that can move a figure makes it read again (issue 18).
@Suite("The overzicht kept while the store does not change")
struct OverviewCacheTests {
    let today = Fixtures.calendar.startOfDay(Fixtures.now)
    let release = ThemeRelease(library: Fixtures.shipped.library)

    /// The demo (every kind of row the figures read) in a new store.
    private func demoDatabase() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)
        try database.insertDemo(data)
        return database
    }

    /// The overzicht through the cache, checked against a read that bypasses it.
    private func kept(
        _ database: AppDatabase, _ cache: OverviewCache, _ filter: OverviewFilter,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Overview {
        let answer = try database.overview(
            filter, today: today, calendar: Fixtures.calendar, release: release, cache: cache)
        let fresh = try database.overview(filter, today: today, calendar: Fixtures.calendar, release: release)
        #expect(answer.overview == fresh, sourceLocation: sourceLocation)
        #expect(answer.choices == (try database.filterChoices()), sourceLocation: sourceLocation)
        return answer.overview
    }

    @Test func anUnchangedStoreAnswersFromTheCacheForEveryFilterSeenBefore() throws {
        let database = try demoDatabase()
        let cache = OverviewCache()
        let all = OverviewFilter(includeDemo: true)
        let first = try kept(database, cache, all)
        #expect(first.totals.meetingsHeld > 0)
        #expect(cache.hits == 0)
        #expect(database.overviewIsKept(all, today: today, cache: cache))
        // A drill-down and back: the same filter, nothing changed.
        _ = try kept(database, cache, all)
        #expect(cache.hits == 1)
        // Narrowed to an organisation, then cleared: the whole overzicht is still kept.
        let organisation = try #require(first.series.first?.series.organisation)
        var narrowed = all
        narrowed.organisation = organisation
        let one = try kept(database, cache, narrowed)
        #expect(one.totals.series < first.totals.series)
        _ = try kept(database, cache, all)
        _ = try kept(database, cache, narrowed)
        #expect(cache.hits == 3)
        // Another day can make a follow-up overdue: not the same answer.
        #expect(!database.overviewIsKept(all, today: today.addingTimeInterval(86_400), cache: cache))
    }

    @Test func theBibliotheekReadOnTheFirstDrillDownDoesNotReadTheStoreAgain() throws {
        let database = try demoDatabase()
        let cache = OverviewCache()
        let all = OverviewFilter(includeDemo: true)
        // Opened before the bibliotheek was read: what a read without it gives.
        let before = try database.overview(
            all, today: today, calendar: Fixtures.calendar, release: ThemeRelease(), cache: cache)
        #expect(before.overview == (try database.overview(all, today: today, calendar: Fixtures.calendar)))
        #expect(before.overview.withheldThemes > 0)
        // Back from the drill-down, which read it: kept, and released as a fresh read with it is.
        #expect(database.overviewIsKept(all, today: today, cache: cache))
        _ = try kept(database, cache, all)
        #expect(cache.hits == 1)
    }

    @Test func everyChangeThatMovesAFigureIsReadAgain() throws {
        let database = try demoDatabase()
        let cache = OverviewCache()
        let all = OverviewFilter(includeDemo: true)
        var before = try kept(database, cache, all)

        /// After `change`, the kept answer is gone and the new one equals a fresh read.
        func after(_ what: Comment, _ change: () throws -> Void) throws {
            try change()
            #expect(!database.overviewIsKept(all, today: today, cache: cache), what)
            before = try kept(database, cache, all)
        }

        let followUp = try #require(try database.followUps().first)
        try after("a follow-up marked done") { try database.setFollowUp(followUp.id, doneAt: Fixtures.now) }
        let evaluated = try #require(
            try database.reader.read { db in
                try String.fetchOne(db, sql: "SELECT meetingId FROM evaluation WHERE safety IS NOT NULL LIMIT 1")
            })
        var evaluation = try #require(try database.evaluationSubject(meetingId: evaluated)?.evaluation)
        let safety = before.totals.averageSafety
        evaluation.safety = evaluation.safety == 1 ? 5 : 1
        try after("an evaluation edited") { try database.saveEvaluation(evaluation, raisedThemes: []) }
        #expect(before.totals.averageSafety != safety)
        let participant = try #require(
            try database.reader.read { db in
                try String.fetchOne(
                    db, sql: "SELECT participantId FROM attendance WHERE present ORDER BY participantId LIMIT 1")
            })
        try after("a participant erased") { try database.erase(.participant, id: participant, at: Fixtures.now) }
        try after("a meeting's unnamed people counted") {
            try database.writer.write { db in try db.execute(sql: "UPDATE meeting SET unnamed = unnamed + 1") }
        }
        try after("a target changed") {
            try database.writer.write { db in try db.execute(sql: "UPDATE target SET amount = amount + 1") }
        }
        let series = try #require(before.series.first { $0.meetingsHeld > 0 }?.series.id)
        let held = before.totals.meetingsHeld
        try after("a series erased") { try database.erase(.series, id: series, at: Fixtures.now) }
        #expect(before.totals.meetingsHeld < held)
    }

    @Test func aChangeByAnotherProgramOrAnotherOpenIsReadAgain() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("d.sqlite").path
        let data = DemoData.make(now: Fixtures.now, calendar: Fixtures.calendar, library: Fixtures.shipped.library)
        var database: AppDatabase? = try AppDatabase.open(at: path)
        try database?.insertDemo(data)
        let cache = OverviewCache()
        let all = OverviewFilter(includeDemo: true)
        let first = try kept(try #require(database), cache, all)
        #expect(try #require(database).overviewIsKept(all, today: today, cache: cache))
        // Another program (the sqlite3 shell, say) commits a change on the same file: this
        // connection's own change count did not move, SQLite's data version did.
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "UPDATE evaluation SET safety = 1 WHERE safety IS NOT NULL") }
        try other.close()
        #expect(!(try #require(database)).overviewIsKept(all, today: today, cache: cache))
        let changed = try kept(try #require(database), cache, all)
        #expect(changed.totals.averageSafety == 1 && first.totals.averageSafety != 1)
        // The same file opened again: a connection with counts of its own, whose stamp could
        // otherwise equal the first one's.
        database = nil
        let again = try AppDatabase.open(at: path)
        #expect(!again.overviewIsKept(all, today: today, cache: cache))
        _ = try kept(again, cache, all)
        #expect(again.overviewIsKept(all, today: today, cache: cache))
    }

    @Test func onlyTheLastFiltersAreKept() throws {
        let database = try demoDatabase()
        let cache = OverviewCache()
        let filters = (0...OverviewCache.capacity).map {
            OverviewFilter(municipality: "Plaats \($0)", includeDemo: true)
        }
        for filter in filters { _ = try kept(database, cache, filter) }
        #expect(!database.overviewIsKept(filters[0], today: today, cache: cache))
        #expect(database.overviewIsKept(filters[filters.count - 1], today: today, cache: cache))
    }
}

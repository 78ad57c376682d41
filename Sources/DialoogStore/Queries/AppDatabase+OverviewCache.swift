import DialoogCore
import Foundation
import GRDB
import Synchronization

/// The overzichten read in this run, kept while the store has not changed: returning from a
/// drill-down, clearing a filter or going back to a filter seen before shows the figures at
/// once instead of reading the whole store again (issue 18: 2-3 s at 10,000 meetings).
///
/// Whether the store changed is told by `figuresStamp`, read in constant time: the rows this
/// connection inserted, updated or deleted since it opened (SQLite's `total_changes()`,
/// whatever table they were in), SQLite's `data_version` (which moves when another connection,
/// another program on the same file, commits), and the `AppDatabase` they were read through (a
/// store opened again is another connection with counts of its own). A different stamp
/// empties the cache. Until 2026-12-08 the stamp was a read of every series' revision and of
/// the theme review, targets and laptop: 5 ms at 10,000 meetings, twice for each open.
package final class OverviewCache: Sendable {
    /// What an overzicht depends on besides the store. Not the `ThemeRelease`: the bibliotheek
    /// read on the first drill-down changes it, not the figures, so the raised themes are
    /// kept before release and released again at each answer.
    struct Key: Hashable {
        var filter: OverviewFilter
        var today: Date
    }

    private struct Kept {
        var stamp: String?
        var entries: [Key: (read: AppDatabase.OverviewRead, choices: FilterChoices)] = [:]
        var order: [Key] = []
        var hits = 0
    }

    /// How many filters are kept: the ones a coordinator steps through and back.
    static let capacity = 12
    private let kept = Mutex(Kept())

    package init() {}

    /// How many overzichten were answered from the cache (for tests).
    package var hits: Int { kept.withLock { $0.hits } }

    /// The answer for `key` when the store's stamp is still `stamp`; forgets everything otherwise.
    fileprivate func lookup(_ key: Key, stamp: String) -> (read: AppDatabase.OverviewRead, choices: FilterChoices)? {
        kept.withLock { kept in
            guard kept.stamp == stamp else {
                kept = Kept(stamp: stamp, hits: kept.hits)
                return nil
            }
            guard let found = kept.entries[key] else { return nil }
            kept.hits += 1
            return found
        }
    }

    fileprivate func contains(_ key: Key, stamp: String) -> Bool {
        kept.withLock { $0.stamp == stamp && $0.entries[key] != nil }
    }

    fileprivate func keep(_ key: Key, stamp: String, _ value: (read: AppDatabase.OverviewRead, choices: FilterChoices))
    {
        kept.withLock { kept in
            if kept.stamp != stamp { kept = Kept(stamp: stamp, hits: kept.hits) }
            if kept.entries[key] == nil { kept.order.append(key) }
            kept.entries[key] = value
            while kept.order.count > Self.capacity { kept.entries[kept.order.removeFirst()] = nil }
        }
    }
}

extension AppDatabase {
    /// What changes whenever a figure of the overzicht may have changed (see `OverviewCache`).
    func figuresStamp(_ db: Database) throws -> String {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        return "\(instance):\(db.totalChangesCount):\(version)"
    }

    /// Whether `overview(…, cache:)` would answer from `cache`; false when the store cannot be read.
    package func overviewIsKept(_ filter: OverviewFilter, today: Date, cache: OverviewCache) -> Bool {
        guard let stamp = try? reader.read({ db in try figuresStamp(db) }) else {
            return false
        }
        return cache.contains(OverviewCache.Key(filter: filter, today: today), stamp: stamp)
    }

    /// The overzicht for `filter` and the filter choices, from `cache` when the store has not
    /// changed since they were read for the same filter and day; read and kept otherwise. The
    /// raised themes are released by `release` either way.
    package func overview(
        _ filter: OverviewFilter, today: Date, calendar: LocalCalendar, release: ThemeRelease,
        cache: OverviewCache
    ) throws -> (overview: Overview, choices: FilterChoices) {
        let stamp: String
        do {
            stamp = try reader.read { db in try figuresStamp(db) }
        } catch {
            throw Self.classify(error, path: path)
        }
        let key = OverviewCache.Key(filter: filter, today: today)
        if let found = cache.lookup(key, stamp: stamp) {
            return (found.read.released(by: release), found.choices)
        }
        let read = (read: try overviewRead(filter, today: today, calendar: calendar), choices: try filterChoices())
        cache.keep(key, stamp: stamp, read)
        return (read.read.released(by: release), read.choices)
    }
}

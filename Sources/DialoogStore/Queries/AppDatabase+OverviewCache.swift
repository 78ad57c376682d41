import DialoogCore
import Foundation
import GRDB
import Synchronization

/// The overzichten read in this run, kept while the store has not changed: returning from a
/// drill-down, clearing a filter or going back to a filter seen before shows the figures at
/// once instead of reading the whole store again (issue 18: 2-3 s at 10,000 meetings).
///
/// Whether the store changed is told by `figuresStampSQL`, one cheap read (a few ms at 10,000
/// meetings): every change to a series or anything under it raises `series.revision` (the
/// bundle triggers), so each series' id and revision are taken (a demo loaded again keeps
/// revision 0 but has new ids); the rest (theme review, targets, the laptop, meeting.unnamed,
/// which the revision trigger does not watch) is taken whole. A different stamp empties the cache.
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
    /// One row that changes whenever a figure of the overzicht may have changed (see `OverviewCache`).
    static let figuresStampSQL = """
        SELECT json_array(
            (SELECT group_concat(id || ':' || revision) FROM series),
            (SELECT count(*) FROM meeting), (SELECT total(unnamed) FROM meeting),
            (SELECT group_concat("key" || ':' || approved, ',') FROM themeReview),
            (SELECT json_group_array(json_array(
                id, figure, amount, "from", "to", organisation, methodId, municipality, demo)) FROM target),
            (SELECT group_concat(id) FROM laptop), (SELECT count(*) FROM erasure))
        """

    /// Whether `overview(…, cache:)` would answer from `cache`; false when the store cannot be read.
    package func overviewIsKept(_ filter: OverviewFilter, today: Date, cache: OverviewCache) -> Bool {
        guard let stamp = try? reader.read({ db in try String.fetchOne(db, sql: Self.figuresStampSQL) }) else {
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
            stamp = try reader.read { db in try String.fetchOne(db, sql: Self.figuresStampSQL) ?? "" }
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

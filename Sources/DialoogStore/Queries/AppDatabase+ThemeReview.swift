import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The coordinator's decisions, by the folded wording: the approved wording, or nil for
    /// a rejected one.
    static func themeDecisions(_ db: Database) throws -> [String: String?] {
        var decisions: [String: String?] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT \"key\", text, approved FROM themeReview") {
            decisions[row["key"]] = (row["approved"] as Bool) ? (row["text"] as String) : nil
        }
        return decisions
    }

    /// The raised themes of the counted meetings by `ThemeRelease.key`, each as one of its
    /// wordings with the series that raised it, in one pass: what `releasedThemes` shows,
    /// whichever library is loaded.
    static func raisedThemeGroups(_ db: Database, arguments: StatementArguments) throws -> [String: RaisedGroup] {
        var groups: [String: RaisedGroup] = [:]
        // Each wording's key is made once: folding case and accents took nearly half of an
        // overzicht's open at 10,000 meetings, where a few wordings are raised thousands of times.
        var keys: [String: String] = [:]
        let statement = try db.makeStatement(sql: raisedThemesSQL)
        try statement.setArguments(arguments)
        guard let textColumn = statement.columnNames.firstIndex(of: "text"),
            let seriesColumn = statement.columnNames.firstIndex(of: "seriesRow")
        else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "raised themes without text or seriesRow") }
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let row = SQLiteRow(statement.sqliteStatement, row: row)
            let text = row.text(textColumn)
            let key = keys.memo(text, ThemeRelease.key)
            groups[key, default: RaisedGroup(text: text)].series.insert(Int64(row.int(seriesColumn)))
        }
        return groups
    }

    /// A raised wording (any spelling of its key) and the series that raised it (their row
    /// numbers in the read that found them: only how many there are leaves the store).
    struct RaisedGroup: Sendable {
        var text: String
        var series: Set<Int64> = []
    }

    /// The raised themes (`raisedThemeGroups`) as they may leave the laptop, with the series
    /// that raised each, most first, at most `Overview.raisedThemeLimit`; and how many series
    /// raised a theme that is withheld.
    static func releasedThemes(
        _ raised: [String: RaisedGroup], approved: [String: String], release: ThemeRelease
    ) -> (themes: [Overview.NameCount], withheld: Int) {
        var groups: [String: Set<Int64>] = [:]
        var withheld: Set<Int64> = []
        for group in raised.values {
            if let name = release.releasedName(group.text, approved: approved) {
                groups[name, default: []].formUnion(group.series)
            } else {
                withheld.formUnion(group.series)
            }
        }
        let themes = groups.map { Overview.NameCount(name: $0.key, count: $0.value.count) }
            .sorted { ($1.count, $0.name.lowercased(), $0.name) < ($0.count, $1.name.lowercased(), $1.name) }
        return (Array(themes.prefix(Overview.raisedThemeLimit)), withheld.count)
    }

    /// The recommendations to the municipality of the counted meetings as they may leave the
    /// laptop: only the wordings the coordinator released (no library matches free advice),
    /// with the series that wrote each, most first; and how many series wrote one withheld.
    static func releasedRecommendations(
        _ db: Database, arguments: StatementArguments
    ) throws -> (recommendations: [Overview.NameCount], withheld: Int) {
        let approved = try themeDecisions(db).compactMapValues { $0 }
        var groups: [String: Set<String>] = [:]
        var withheld: Set<String> = []
        let rows = try Row.fetchCursor(db, sql: recommendationsSQL, arguments: arguments)
        while let row = try rows.next() {
            let seriesId: String = row["seriesId"]
            guard let text = row["text"] as String? else { continue }
            if let name = approved[ThemeRelease.key(text)] {
                groups[name, default: []].insert(seriesId)
            } else {
                withheld.insert(seriesId)
            }
        }
        let released = groups.map { Overview.NameCount(name: $0.key, count: $0.value.count) }
            .sorted { ($1.count, $0.name.lowercased(), $0.name) < ($0.count, $1.name.lowercased(), $1.name) }
        return (released, withheld.count)
    }

    /// Every wording groups raised that does not match a library theme, and every
    /// recommendation to the municipality, for the overzicht's review list: not decided first,
    /// then by how many series raised it. Demo series count.
    package func themeReviews(release: ThemeRelease) throws -> [ThemeReviewItem] {
        do {
            return try reader.read { db in
                let decisions = try Self.themeDecisions(db)
                var items: [String: (text: String, series: Set<String>)] = [:]
                var recommended: Set<String> = []
                let advice = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT recommendation.value AS text, meeting.seriesId FROM evaluation
                        JOIN meeting ON meeting.id = evaluation.meetingId
                        CROSS JOIN json_each(evaluation.recommendations) AS recommendation
                        ORDER BY evaluation.updatedAt, evaluation.meetingId, recommendation.key
                        """)
                while let row = try advice.next() {
                    guard let raw = row["text"] as String? else { continue }
                    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                    let key = ThemeRelease.key(text)
                    guard !key.isEmpty else { continue }
                    items[key, default: (text, [])].series.insert(row["seriesId"])
                    recommended.insert(key)
                }
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT raisedTheme.text, meeting.seriesId FROM raisedTheme
                        JOIN meeting ON meeting.id = raisedTheme.meetingId
                        ORDER BY raisedTheme.at, raisedTheme.id
                        """)
                while let row = try rows.next() {
                    let text = (row["text"] as String).trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !release.isLibraryTheme(text) else { continue }
                    let key = ThemeRelease.key(text)
                    guard !key.isEmpty else { continue }
                    items[key, default: (text, [])].series.insert(row["seriesId"])
                }
                return items.map { key, item in
                    let decision = decisions[key]
                    let approvedText: String? = decision ?? nil
                    return ThemeReviewItem(
                        key: key, text: approvedText ?? item.text, groups: item.series.count,
                        approved: decision.map { $0 != nil }, recommendation: recommended.contains(key))
                }
                .sorted {
                    ($0.approved != nil ? 1 : 0, $1.groups, $0.key) < ($1.approved != nil ? 1 : 0, $0.groups, $1.key)
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Approves or rejects a wording (`item.key`), replacing an earlier decision; an approved
    /// one is shown as `item.text`.
    package func reviewTheme(_ item: ThemeReviewItem, approved: Bool, at now: Date) throws {
        do {
            try writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO themeReview ("key", text, approved, decidedAt) VALUES (?, ?, ?, ?)
                        ON CONFLICT("key") DO UPDATE SET text = excluded.text, approved = excluded.approved,
                            decidedAt = excluded.decidedAt
                        """, arguments: [item.key, item.text, approved, now])
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

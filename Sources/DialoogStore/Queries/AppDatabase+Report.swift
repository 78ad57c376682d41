import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// What the Markdown report adds to the overzicht's figures, over the meetings
    /// `meetingIds` (those `meetingFigures` let through, so the filter is the overzicht's):
    /// the themes groups raised, counted by text (case and surrounding spaces ignored), and the
    /// prompts the evaluations say landed, most often first.
    package func reportTexts(meetingIds: [String]) throws -> (
        raisedThemes: [Overview.NameCount], landed: [Overview.PromptCount]
    ) {
        let ids = String(decoding: try JSONEncoder().encode(meetingIds), as: UTF8.self)
        return try reader.read { db in
            let themes = try Row.fetchAll(
                db,
                sql: """
                    SELECT MIN(trim(text)) AS text, COUNT(*) AS count FROM raisedTheme
                    WHERE meetingId IN (SELECT value FROM json_each(?))
                    GROUP BY lower(trim(text))
                    ORDER BY count DESC, text
                    """,
                arguments: [ids])
            let landed = try Row.fetchAll(
                db,
                sql: """
                    SELECT landed.value AS promptId, COUNT(*) AS count
                    FROM evaluation, json_each(evaluation.landed) AS landed
                    WHERE evaluation.meetingId IN (SELECT value FROM json_each(?))
                    GROUP BY landed.value
                    ORDER BY count DESC, promptId
                    """,
                arguments: [ids])
            return (
                themes.map { Overview.NameCount(name: $0["text"], count: $0["count"]) },
                landed.map { Overview.PromptCount(promptId: $0["promptId"], count: $0["count"]) }
            )
        }
    }
}

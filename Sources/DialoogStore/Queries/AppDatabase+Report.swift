import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// The prompts the evaluations of the meetings `meetingIds` say landed (those
    /// `meetingFigures` let through, so the filter is the overzicht's), most often first: what
    /// the Markdown report adds to the overzicht's figures.
    package func landedPrompts(meetingIds: [String]) throws -> [Overview.PromptCount] {
        let ids = String(decoding: try JSONEncoder().encode(meetingIds), as: UTF8.self)
        return try reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT landed.value AS promptId, COUNT(*) AS count
                    FROM evaluation, json_each(evaluation.landed) AS landed
                    WHERE evaluation.meetingId IN (SELECT value FROM json_each(?))
                    GROUP BY landed.value
                    ORDER BY count DESC, promptId
                    """,
                arguments: [ids]
            ).map { Overview.PromptCount(promptId: $0["promptId"], count: $0["count"]) }
        }
    }
}

import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// A series at a glance; nil when there is no such series. Its meetings (demo or not, any
    /// date) are the rows of `meetingFiguresSQL`, reach and retention those of
    /// `seriesFiguresSQL`; the path walked, the prompts, themes and agreements come in plan
    /// order, and the follow-ups are the open ones.
    package func seriesSummary(seriesId: String) throws -> SeriesSummary? {
        do {
            return try reader.read { db in
                guard let series = try Series.fetchOne(db, id: seriesId) else { return nil }
                let arguments = Self.figureArguments(OverviewFilter(), seriesId: seriesId)
                let figures = try Row.fetchOne(db, sql: Self.seriesFiguresSQL, arguments: arguments)
                return SeriesSummary(
                    series: series,
                    meetings: try Self.meetingFigures(sql: Self.meetingFiguresSQL, arguments: arguments, in: db),
                    cameToFirst: figures?["cameToFirst"], cameToAll: figures?["cameToAll"],
                    reached: figures?["reached"] ?? 0, walked: try Self.walked(seriesId, in: db),
                    promptsUsed: try Self.promptsUsed(seriesId, in: db),
                    raisedThemes: try Self.texts(
                        of: seriesId,
                        sql: """
                            SELECT meeting.number, raisedTheme.text FROM meeting
                            JOIN raisedTheme ON raisedTheme.meetingId = meeting.id
                            WHERE meeting.seriesId = ?
                            ORDER BY \(Self.planOrderSQL), raisedTheme.position
                            """, in: db),
                    agreements: try Self.texts(
                        of: seriesId,
                        sql: """
                            SELECT meeting.number, agreement.value AS text FROM meeting
                            JOIN evaluation ON evaluation.meetingId = meeting.id
                            JOIN json_each(evaluation.agreements) AS agreement
                            WHERE meeting.seriesId = ?
                            ORDER BY \(Self.planOrderSQL), agreement.key
                            """, in: db),
                    recommendations: try Self.texts(
                        of: seriesId,
                        sql: """
                            SELECT meeting.number, recommendation.value AS text FROM meeting
                            JOIN evaluation ON evaluation.meetingId = meeting.id
                            JOIN json_each(evaluation.recommendations) AS recommendation
                            WHERE meeting.seriesId = ?
                            ORDER BY \(Self.planOrderSQL), recommendation.key
                            """, in: db),
                    followUps: try Self.followUps(ofSeries: seriesId, in: db))
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The blocks whose timer ran, per meeting in plan order, in the order each first ran,
    /// with the whole seconds they ran (a stretch still running, without an end, adds none).
    private static func walked(_ seriesId: String, in db: Database) throws -> [SeriesSummary.WalkedBlock] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT meeting.number, block.title, block.kind, block.theme,
                    CAST(round(coalesce(SUM(julianday(timerSegment."end") - julianday(timerSegment.start)), 0) * 86400)
                        AS INTEGER) AS seconds
                FROM meeting
                JOIN timerSegment ON timerSegment.meetingId = meeting.id
                JOIN block ON block.id = timerSegment.blockId
                WHERE meeting.seriesId = ?
                GROUP BY meeting.id, block.id
                ORDER BY \(planOrderSQL), MIN(timerSegment.position)
                """,
            arguments: [seriesId]
        ).map {
            SeriesSummary.WalkedBlock(
                meetingNumber: $0["number"], title: $0["title"], kind: $0["kind"], theme: $0["theme"],
                seconds: $0["seconds"])
        }
    }

    /// The prompts used, in plan order of their meetings and then in the order of use, each
    /// marked landed when its meeting's evaluation says so.
    private static func promptsUsed(_ seriesId: String, in db: Database) throws -> [SeriesSummary.UsedPrompt] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT meeting.number, promptUse.promptId, promptUse.planned, promptUse.response,
                    EXISTS (SELECT 1 FROM json_each(evaluation.landed) WHERE json_each.value = promptUse.promptId)
                        AS landed
                FROM meeting
                JOIN promptUse ON promptUse.meetingId = meeting.id
                LEFT JOIN evaluation ON evaluation.meetingId = meeting.id
                WHERE meeting.seriesId = ?
                ORDER BY \(planOrderSQL), promptUse.position
                """,
            arguments: [seriesId]
        ).map {
            SeriesSummary.UsedPrompt(
                meetingNumber: $0["number"], promptId: $0["promptId"], planned: $0["planned"],
                response: $0["response"], landed: $0["landed"])
        }
    }

    private static func texts(of seriesId: String, sql: String, in db: Database) throws -> [SeriesSummary.MeetingText] {
        try Row.fetchAll(db, sql: sql, arguments: [seriesId]).map {
            SeriesSummary.MeetingText(meetingNumber: $0["number"], text: $0["text"])
        }
    }
}

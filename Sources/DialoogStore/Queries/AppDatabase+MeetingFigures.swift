import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// One row per meeting the filter lets through, in series name, series id and plan
    /// order: the CSV report and the drill-down (`meetingFiguresSQL`).
    package func meetingFigures(_ filter: OverviewFilter) throws -> [MeetingFigures] {
        do {
            return try reader.read { db in
                try Self.meetingFigures(sql: Self.meetingFiguresSQL, arguments: Self.figureArguments(filter), in: db)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The rows of `sql` (`meetingFiguresSQL` or a statement with its columns) as figures.
    static func meetingFigures(sql: String, arguments: StatementArguments, in db: Database) throws
        -> [MeetingFigures]
    {
        var figures: [MeetingFigures] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { figures.append(meetingFigures(row)) }
        return figures
    }

    private static func meetingFigures(_ row: Row) -> MeetingFigures {
        MeetingFigures(
            seriesId: row["seriesId"], seriesName: row["seriesName"], organisation: row["organisation"],
            methodId: row["methodId"], municipality: row["municipality"], demo: row["demo"],
            meetingId: row["meetingId"], number: row["number"], kind: row["kind"], date: row["date"],
            state: row["state"], expected: row["expected"], participants: row["participants"],
            speakers: row["speakers"], professionals: row["professionals"], observers: row["observers"],
            countOnly: row["countOnly"], headcount: row["headcount"], promptsUsed: row["promptsUsed"],
            promptsUnplanned: row["promptsUnplanned"], promptsLanded: row["promptsLanded"],
            raisedThemes: row["raisedThemes"],
            signals: signalCounts(row),
            evaluated: row["evaluated"], atmosphere: row["atmosphere"], safety: row["safety"],
            openness: row["openness"], resistanceMoments: row["resistanceMoments"],
            useful: HandCount(yes: row["usefulYes"], partly: row["usefulPartly"], no: row["usefulNo"]),
            heard: HandCount(yes: row["heardYes"], partly: row["heardPartly"], no: row["heardNo"]),
            agreements: row["agreements"], editedAt: row["editedAt"], collaboration: row["collaboration"],
            volunteerHours: row["volunteerHours"], expenses: row["expenses"], recommendations: row["recommendations"],
            women: row["women"], men: row["men"], young: row["young"], venue: row["venue"],
            languages: textList(row["languages"]), groups: textList(row["targetGroups"]))
    }

    /// A JSON array of text from a series column (the schema checks it is an array); an element
    /// that is not text is left out rather than trusted.
    private static func textList(_ json: String?) -> [String] {
        guard let json, let values = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any] else {
            return []
        }
        return values.compactMap { $0 as? String }
    }
}

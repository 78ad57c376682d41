import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// One row per meeting the filter lets through, in series name, series id and plan
    /// order: the CSV report and the drill-down (`meetingFiguresSQL`).
    package func meetingFigures(_ filter: OverviewFilter) throws -> [MeetingFigures] {
        do {
            return try reader.read { db in
                // Room for every meeting (a report's filter usually keeps most of them): growing
                // the array copied it a dozen times at 10,000 meetings, the last time 6 MB beside 3.
                let capacity = try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting") ?? 0
                return try Self.meetingFigures(
                    sql: Self.meetingFiguresSQL, arguments: Self.figureArguments(filter), in: db, capacity: capacity)
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The rows of `sql` (`meetingFiguresSQL` or a statement with its columns) as figures, in
    /// series name, series id and plan order. Ordered here rather than by the statement: SQLite
    /// sorted each whole row, which took a third of the statement's time at 10,000 meetings.
    static func meetingFigures(sql: String, arguments: StatementArguments, in db: Database, capacity: Int = 0) throws
        -> [MeetingFigures]
    {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let columns = try MeetingFigureColumns(statement.columnNames)
        var figures: [MeetingFigures] = []
        figures.reserveCapacity(capacity)
        var previous: MeetingFigures?
        var lists: [String: [String]] = [:]
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let meeting = columns.figures(
                SQLiteRow(statement.sqliteStatement, row: row), after: previous, lists: &lists)
            figures.append(meeting)
            previous = meeting
        }
        inPlanOrder(&figures)
        return figures
    }

    /// `figures` by series name and id (byte order, as SQLite's `ORDER BY` compares text),
    /// then in plan order within the series (`planOrderSQL`: regular, extra, aftercare, each
    /// by number). The rows come a series at a time, so the series are ordered by their
    /// first row and each series' few meetings among themselves.
    static func inPlanOrder(_ figures: inout [MeetingFigures]) {
        var runs: [Range<Int>] = []
        var start = 0
        for index in figures.indices.dropFirst() where figures[index].seriesId != figures[index - 1].seriesId {
            runs.append(start..<index)
            start = index
        }
        if !figures.isEmpty { runs.append(start..<figures.count) }
        runs.sort { left, right in
            let (a, b) = (figures[left.lowerBound], figures[right.lowerBound])
            if a.seriesName != b.seriesName { return a.seriesName.utf8.lexicographicallyPrecedes(b.seriesName.utf8) }
            if a.seriesId != b.seriesId { return a.seriesId.utf8.lexicographicallyPrecedes(b.seriesId.utf8) }
            return left.lowerBound < right.lowerBound
        }
        // The runs of one series are now side by side: their meetings in plan order together.
        var order: [Int] = []
        order.reserveCapacity(figures.count)
        var group: [Int] = []
        for (position, run) in runs.enumerated() {
            group += run
            let next = runs.index(after: position)
            if next == runs.endIndex || figures[runs[next].lowerBound].seriesId != figures[run.lowerBound].seriesId {
                order += group.sorted {
                    (figures[$0].kind.planRank, figures[$0].number) < (figures[$1].kind.planRank, figures[$1].number)
                }
                group.removeAll(keepingCapacity: true)
            }
        }
        // Put in place by swapping along the permutation's cycles: copying each meeting into a
        // new array retained and released every one of its strings, and held 6 MB twice.
        var placed = [Bool](repeating: false, count: figures.count)
        for start in order.indices where !placed[start] {
            var target = start
            while order[target] != start {
                figures.swapAt(target, order[target])
                placed[target] = true
                target = order[target]
            }
            placed[target] = true
        }
    }

}

/// Where each figure is in a row of `meetingFiguresSQL`, found once by column name: each row
/// is then read by position, not by a name looked up half a million times at 10,000 meetings.
private struct MeetingFigureColumns {
    let seriesId, seriesName, organisation, methodId, municipality, demo, meetingId, number, kind: Int
    let date, state, expected, participants, speakers, professionals, observers, countOnly: Int
    let headcount, promptsUsed, promptsUnplanned, promptsLanded, raisedThemes, evaluated: Int
    let atmosphere, safety, openness, resistanceMoments, usefulYes, usefulPartly, usefulNo: Int
    let heardYes, heardPartly, heardNo, agreements, editedAt, collaboration, volunteerHours: Int
    let expenses, recommendations, women, men, young, venue, languages, targetGroups: Int
    let signals: [(Signal.Response, Int)]

    init(_ names: [String]) throws {
        let at = ColumnPositions(names, of: "meeting figures")
        (seriesId, seriesName, organisation) = (try at("seriesId"), try at("seriesName"), try at("organisation"))
        (methodId, municipality, demo) = (try at("methodId"), try at("municipality"), try at("demo"))
        (meetingId, number, kind, date) = (try at("meetingId"), try at("number"), try at("kind"), try at("date"))
        (state, expected, participants) = (try at("state"), try at("expected"), try at("participants"))
        (speakers, professionals, observers) = (try at("speakers"), try at("professionals"), try at("observers"))
        (countOnly, headcount, promptsUsed) = (try at("countOnly"), try at("headcount"), try at("promptsUsed"))
        (promptsUnplanned, promptsLanded) = (try at("promptsUnplanned"), try at("promptsLanded"))
        (raisedThemes, evaluated, atmosphere) = (try at("raisedThemes"), try at("evaluated"), try at("atmosphere"))
        (safety, openness, resistanceMoments) = (try at("safety"), try at("openness"), try at("resistanceMoments"))
        (usefulYes, usefulPartly, usefulNo) = (try at("usefulYes"), try at("usefulPartly"), try at("usefulNo"))
        (heardYes, heardPartly, heardNo) = (try at("heardYes"), try at("heardPartly"), try at("heardNo"))
        (agreements, editedAt, collaboration) = (try at("agreements"), try at("editedAt"), try at("collaboration"))
        (volunteerHours, expenses) = (try at("volunteerHours"), try at("expenses"))
        (recommendations, women, men, young) = (
            try at("recommendations"), try at("women"), try at("men"), try at("young")
        )
        (venue, languages, targetGroups) = (try at("venue"), try at("languages"), try at("targetGroups"))
        signals = try Signal.Response.allCases.map { ($0, try at(SignalCounts.column($0))) }
    }

    /// The figures of `row`. The series' own columns are taken from `previous` when it is of
    /// the same series (rows come a series at a time): its name, venue and lists are then not
    /// decoded again for each of its meetings. `lists` keeps each list text parsed so far: most
    /// series share their languages and groups.
    func figures(_ row: SQLiteRow, after previous: MeetingFigures?, lists: inout [String: [String]]) -> MeetingFigures {
        func list(_ index: Int) -> [String] {
            guard let text = row.optionalText(index) else { return [] }
            return lists.memo(text) { Self.textList($0) }
        }
        // Compared as bytes: a string made for each row only to be found equal took a tenth of the decoding.
        let same = previous.flatMap { row.textEquals(seriesId, $0.seriesId) ? $0 : nil }
        var signals = SignalCounts()
        for (response, index) in self.signals { signals[response] = row.int(index) }
        return MeetingFigures(
            seriesId: same?.seriesId ?? row.text(seriesId), seriesName: same?.seriesName ?? row.text(seriesName),
            organisation: same?.organisation ?? row.text(organisation), methodId: same?.methodId ?? row.text(methodId),
            municipality: same.map(\.municipality) ?? row.optionalText(municipality),
            demo: same?.demo ?? row.bool(demo), meetingId: row.text(meetingId), number: row.int(number),
            kind: Meeting.Kind(rawValue: row.text(kind)) ?? .regular, date: row.date(date),
            state: Meeting.State(rawValue: row.text(state)) ?? .planned, expected: row.optionalInt(expected),
            participants: row.int(participants), speakers: row.int(speakers), professionals: row.int(professionals),
            observers: row.int(observers), countOnly: row.bool(countOnly), headcount: row.optionalInt(headcount),
            promptsUsed: row.int(promptsUsed), promptsUnplanned: row.int(promptsUnplanned),
            promptsLanded: row.int(promptsLanded), raisedThemes: row.int(raisedThemes), signals: signals,
            evaluated: row.bool(evaluated), atmosphere: row.optionalInt(atmosphere), safety: row.optionalInt(safety),
            openness: row.optionalInt(openness), resistanceMoments: row.optionalInt(resistanceMoments),
            useful: HandCount(
                yes: row.optionalInt(usefulYes), partly: row.optionalInt(usefulPartly), no: row.optionalInt(usefulNo)),
            heard: HandCount(
                yes: row.optionalInt(heardYes), partly: row.optionalInt(heardPartly), no: row.optionalInt(heardNo)),
            agreements: row.int(agreements), editedAt: row.date(editedAt),
            collaboration: row.optionalInt(collaboration), volunteerHours: row.optionalInt(volunteerHours),
            expenses: row.optionalInt(expenses), recommendations: row.int(recommendations),
            women: row.optionalInt(women), men: row.optionalInt(men), young: row.optionalInt(young),
            venue: same.map(\.venue) ?? row.optionalText(venue),
            languages: same?.languages ?? list(languages), groups: same?.groups ?? list(targetGroups))
    }

    /// A JSON array of text from a series column (the schema checks it is an array); an element
    /// that is not text is left out rather than trusted.
    static func textList(_ json: String?) -> [String] {
        guard let json, let values = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any] else {
            return []
        }
        return values.compactMap { $0 as? String }
    }
}

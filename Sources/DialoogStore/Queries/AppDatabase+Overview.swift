import DialoogCore
import Foundation
import GRDB

extension AppDatabase {
    /// An overzicht as read from the store, before a `ThemeRelease` decides which raised themes
    /// it shows: that depends on the library loaded, not on the store, so the cache keeps this.
    struct OverviewRead: Sendable {
        var overview: Overview
        /// The raised themes by `ThemeRelease.key` (`raisedThemeGroups`).
        var raised: [String: RaisedGroup]
        /// The wordings the coordinator approved, by key.
        var approved: [String: String]

        /// The overzicht with the raised themes `release` lets through.
        func released(by release: ThemeRelease) -> Overview {
            var overview = overview
            (overview.raisedThemes, overview.withheldThemes) = AppDatabase.releasedThemes(
                raised, approved: approved, release: release)
            return overview
        }
    }

    /// The overzicht for `filter`: series with their figures, totals and chart figures,
    /// aggregated in SQL (`overviewSQL`, in one read). `today` (local midnight) decides which
    /// follow-ups are overdue, and `calendar` the months of the meetings-per-month chart;
    /// `release` which raised themes may be shown (none without a library or approval).
    package func overview(
        _ filter: OverviewFilter, today: Date, calendar: LocalCalendar, release: ThemeRelease = ThemeRelease()
    ) throws -> Overview {
        try overviewRead(filter, today: today, calendar: calendar).released(by: release)
    }

    /// The overzicht for `filter` as `overview` reads it, its raised themes not yet released.
    func overviewRead(_ filter: OverviewFilter, today: Date, calendar: LocalCalendar) throws -> OverviewRead {
        do {
            return try reader.read { db in
                let arguments = Self.figureArguments(filter, today: today)
                var overview = Overview(filter: filter)
                var perNumber = [0, 0, 0]
                var heldPerNumber = [0, 0, 0]
                var safety = (sum: 0, count: 0)
                var totals = Overview.Totals()
                // Keyed ignoring case, as the filter matches organisations: "htib" is HTIB.
                var perOrganisation: [String: Overview.NameCount] = [:]
                // Over all time the series' tallies are its figures; a period adds up its meetings.
                let statement = try db.makeStatement(
                    sql: filter.from == nil && filter.to == nil ? Self.seriesFiguresSQL : Self.periodSeriesFiguresSQL)
                try statement.setArguments(arguments)
                let columns = try SeriesFigureColumns(statement.columnNames)
                var lists: [String: [String]] = [:]
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    let row = SQLiteRow(statement.sqliteStatement, row: row)
                    let figures = try columns.figures(row, lists: &lists)
                    overview.series.append(figures)
                    for number in 0..<3 {
                        perNumber[number] += row.int(columns.present[number])
                        heldPerNumber[number] += row.int(columns.held[number])
                    }
                    safety.sum += row.int(columns.safetySum)
                    safety.count += row.int(columns.safetyCount)
                    totals.add(figures, completed: row.bool(columns.completed), overdue: row.int(columns.overdue))
                    let organisation = figures.series.organisation
                    perOrganisation[organisation.lowercased(), default: .init(name: organisation, count: 0)].count +=
                        figures.meetingsHeld
                }
                Self.listOrder(&overview.series)
                totals.averageSafety = safety.count > 0 ? Double(safety.sum) / Double(safety.count) : nil
                totals.heldPerOrganisation = perOrganisation.values
                    .sorted { ($1.count, $0.name.lowercased(), $0.name) < ($0.count, $1.name.lowercased(), $1.name) }
                overview.totals = totals
                if totals.meetingsHeld > 0 {
                    overview.attendancePerNumber = perNumber.enumerated().map {
                        Overview.NumberCount(
                            number: $0.offset + 1, count: $0.element, meetings: heldPerNumber[$0.offset])
                    }
                }
                overview.meetingsPerMonth = try Self.meetingsPerMonth(db, arguments: arguments, calendar: calendar)
                overview.promptUses = try Row.fetchAll(db, sql: Self.promptUsesSQL, arguments: arguments).map {
                    Overview.PromptCount(promptId: $0["promptId"], count: $0["uses"])
                }
                (overview.recommendations, overview.withheldRecommendations) = try Self.releasedRecommendations(
                    db, arguments: arguments)
                overview.targets = try Self.targetProgress(db, filter: filter)
                return OverviewRead(
                    overview: overview, raised: try Self.raisedThemeGroups(db, arguments: arguments),
                    approved: try Self.themeDecisions(db).compactMapValues { $0 })
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// The overzicht's order of its series (`seriesFiguresOrderSQL`): the most recent first
    /// date first, undated last, then name and id in byte order, as SQLite compares text.
    /// Sorted here: SQLite sorted each whole row, a fifth of the statement's time.
    static func listOrder(_ series: inout [SeriesFigures]) {
        series.sort { a, b in
            switch (a.firstDate, b.firstDate) {
            case (let x?, let y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if a.series.name != b.series.name {
                    return a.series.name.utf8.lexicographicallyPrecedes(b.series.name.utf8)
                }
                return a.series.id.utf8.lexicographicallyPrecedes(b.series.id.utf8)
            }
        }
    }

    /// Held meetings per local month, oldest first, the months between without any filled
    /// with 0: SQL counts per quarter of an hour, the calendar folds the quarters into months.
    private static func meetingsPerMonth(
        _ db: Database, arguments: StatementArguments, calendar: LocalCalendar
    ) throws -> [Overview.MonthCount] {
        var perMonth: [Int: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: heldPerQuarterSQL, arguments: arguments)
        while let row = try rows.next() {
            let quarter: Int = row["quarter"]
            let parts = calendar.parts(of: Date(timeIntervalSince1970: TimeInterval(quarter * 900)))
            perMonth[parts.year * 12 + parts.month - 1, default: 0] += row["held"] as Int
        }
        guard let first = perMonth.keys.min(), let last = perMonth.keys.max() else { return [] }
        return (first...last).map {
            Overview.MonthCount(year: $0 / 12, month: $0 % 12 + 1, count: perMonth[$0] ?? 0)
        }
    }

    /// The values present for each filter, each sorted ignoring case: organisations,
    /// methods, municipalities (where set) and the gespreksleiders named in any series.
    package func filterChoices() throws -> FilterChoices {
        do {
            return try reader.read { db in
                func values(_ sql: String) throws -> [String] {
                    try String.fetchAll(db, sql: sql).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
                }
                return FilterChoices(
                    organisations: try values("SELECT DISTINCT organisation FROM series"),
                    methodIds: try values("SELECT DISTINCT methodId FROM series"),
                    municipalities: try values(
                        "SELECT DISTINCT municipality FROM series WHERE municipality IS NOT NULL"),
                    facilitators: try values(
                        "SELECT DISTINCT json_each.value FROM series, json_each(series.facilitators)"),
                    laptops: try values(
                        """
                        SELECT DISTINCT coalesce(originLaptop, (SELECT id FROM laptop)) AS laptop FROM series
                        WHERE laptop IS NOT NULL
                        """))
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }
}

extension Overview.Totals {
    /// Adds a listed series: its counts, and its retention when known.
    fileprivate mutating func add(_ figures: SeriesFigures, completed: Bool, overdue: Int) {
        series += 1
        meetingsPlanned += figures.meetingsPlanned
        meetingsHeld += figures.meetingsHeld
        reached += figures.reached
        if let first = figures.cameToFirst, let all = figures.cameToAll {
            cameToFirst += first
            cameToAll += all
        }
        if completed { seriesCompleted += 1 }
        evaluated += figures.evaluated
        signals = signals + figures.signals
        openFollowUps += figures.openFollowUps
        overdueFollowUps += overdue
    }
}

/// Where the figures are in a row of `seriesFiguresSQL` (or of `periodSeriesFiguresSQL`, which
/// has the same columns), found once by name: each of a few thousand series is then read by
/// position (`SQLiteRow`), not by some thirty names.
private struct SeriesFigureColumns {
    let series: SeriesColumns
    let firstDate, lastDate, meetingsPlanned, meetingsHeld, reached, cameToFirst, cameToAll: Int
    let evaluated, openFollowUps, safetySum, safetyCount, completed, overdue: Int
    let present, held: [Int]
    let signals: [(Signal.Response, Int)]

    init(_ names: [String]) throws {
        series = try SeriesColumns(names)
        let at = ColumnPositions(names, of: "series figures")
        (firstDate, lastDate, meetingsPlanned) = (try at("firstDate"), try at("lastDate"), try at("meetingsPlanned"))
        (meetingsHeld, reached, cameToFirst) = (try at("meetingsHeld"), try at("reached"), try at("cameToFirst"))
        (cameToAll, evaluated, openFollowUps) = (try at("cameToAll"), try at("evaluated"), try at("openFollowUps"))
        (safetySum, safetyCount, completed) = (try at("safetySum"), try at("safetyCount"), try at("completed"))
        overdue = try at("overdueFollowUps")
        present = try (1...3).map { try at("present\($0)") }
        held = try (1...3).map { try at("held\($0)") }
        signals = try Signal.Response.allCases.map { ($0, try at(SignalCounts.column($0))) }
    }

    /// The row as the overzicht lists it.
    func figures(_ row: SQLiteRow, lists: inout [String: [String]]) throws -> SeriesFigures {
        let (sum, count) = (row.int(safetySum), row.int(safetyCount))
        var counts = SignalCounts()
        for (response, index) in signals { counts[response] = row.int(index) }
        return SeriesFigures(
            series: try series.series(row, lists: &lists), firstDate: row.date(firstDate),
            lastDate: row.date(lastDate), meetingsPlanned: row.int(meetingsPlanned),
            meetingsHeld: row.int(meetingsHeld), reached: row.int(reached),
            cameToFirst: row.optionalInt(cameToFirst), cameToAll: row.optionalInt(cameToAll),
            averageSafety: count > 0 ? Double(sum) / Double(count) : nil, evaluated: row.int(evaluated),
            signals: counts, openFollowUps: row.int(openFollowUps))
    }
}

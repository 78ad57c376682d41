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
                let rows = try Row.fetchCursor(db, sql: Self.seriesFiguresSQL, arguments: arguments)
                while let row = try rows.next() {
                    let figures = try Self.seriesFigures(row)
                    overview.series.append(figures)
                    for number in 0..<3 {
                        perNumber[number] += row["present\(number + 1)"] as Int
                        heldPerNumber[number] += row["held\(number + 1)"] as Int
                    }
                    safety.sum += row["safetySum"] as Int
                    safety.count += row["safetyCount"] as Int
                    totals.add(figures, completed: row["completed"], overdue: row["overdueFollowUps"])
                    let organisation = figures.series.organisation
                    perOrganisation[organisation.lowercased(), default: .init(name: organisation, count: 0)].count +=
                        figures.meetingsHeld
                }
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

    /// A row of `seriesFiguresSQL` as the overzicht lists it.
    private static func seriesFigures(_ row: Row) throws -> SeriesFigures {
        let safetyCount: Int = row["safetyCount"]
        let safetySum: Int = row["safetySum"]
        return SeriesFigures(
            series: try Series(row: row), firstDate: row["firstDate"], lastDate: row["lastDate"],
            meetingsPlanned: row["meetingsPlanned"], meetingsHeld: row["meetingsHeld"], reached: row["reached"],
            cameToFirst: row["cameToFirst"], cameToAll: row["cameToAll"],
            averageSafety: safetyCount > 0 ? Double(safetySum) / Double(safetyCount) : nil,
            evaluated: row["evaluated"],
            signals: signalCounts(row),
            openFollowUps: row["openFollowUps"])
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

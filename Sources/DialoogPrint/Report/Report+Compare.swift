import DialoogCore
import Foundation

/// `dialoog report --compare previous`: the key figures of the period before, of the same
/// length, beside the report's own, with the difference. The previous period is a report of
/// its own (same filter, its own period), computed the same way, so each column is what a
/// report for that period alone would say.
extension Report {
    /// The previous period's figures: the overzicht and the meetings of the same filter over
    /// the period before.
    package struct Previous: Sendable {
        package var overview: Overview
        package var meetings: [MeetingFigures]
        package init(overview: Overview, meetings: [MeetingFigures]) {
            self.overview = overview
            self.meetings = meetings
        }
    }

    /// The figures compared, in the order the reports list them. Each is a count or a mean.
    package enum Compared: CaseIterable, Equatable, Sendable {
        case meetingsHeld, series, seriesCompleted, reached, cameToAll, averageSafety, women, men, young
        case professionals, usefulYes, heardYes, volunteerHours, expenses, signals

        /// The fixed English key of the JSON report.
        package var key: String {
            switch self {
            case .meetingsHeld: "meetings_held"
            case .series: "series"
            case .seriesCompleted: "series_completed"
            case .reached: "reached"
            case .cameToAll: "came_to_all"
            case .averageSafety: "average_safety"
            case .women: "women"
            case .men: "men"
            case .young: "young"
            case .professionals: "professionals_present"
            case .usefulYes: "useful_yes"
            case .heardYes: "heard_yes"
            case .volunteerHours: "volunteer_hours"
            case .expenses: "expenses_euros"
            case .signals: "signals"
            }
        }
    }

    /// One compared figure: its value now and in the previous period (nil when not known in it).
    package struct ComparedRow: Equatable, Sendable {
        package var figure: Compared
        package var current: Double?
        package var previous: Double?
        /// A mean (one decimal), not a count.
        package var isMean: Bool { figure == .averageSafety }
        /// Current minus previous, nil when either is not known.
        package var difference: Double? {
            guard let current, let previous else { return nil }
            return current - previous
        }
    }

    /// The report of the previous period, in this report's language and library; nil without `--compare`.
    package var previousReport: Report? {
        previous.map { previous in
            var report = Report(
                overview: previous.overview, meetings: previous.meetings, generatedAt: generatedAt,
                calendar: calendar, language: language, library: library)
            report.seriesNamed = seriesNamed
            return report
        }
    }

    /// The compared figures; empty without `--compare`.
    package var comparedRows: [ComparedRow] {
        guard let before = previousReport else { return [] }
        return Compared.allCases.map { ComparedRow(figure: $0, current: value(of: $0), previous: before.value(of: $0)) }
    }

    /// A compared figure of this report alone; nil when it is not known (no score, nothing counted).
    package func value(of figure: Compared) -> Double? {
        let count = { (value: Int) -> Double? in Double(value) }
        switch figure {
        case .meetingsHeld: return count(totals.meetingsHeld)
        case .series: return count(totals.series)
        case .seriesCompleted: return count(totals.seriesCompleted)
        case .reached: return count(totals.reached)
        case .cameToAll: return totals.retention == nil ? nil : count(totals.cameToAll)
        case .averageSafety: return totals.averageSafety
        case .women, .men, .young:
            let parts = headcountParts
            guard parts.meetings > 0 else { return nil }
            return count(figure == .women ? parts.women : figure == .men ? parts.men : parts.young)
        case .professionals:
            let present = professionalsPresent
            return present.meetings > 0 ? count(present.present) : nil
        case .usefulYes, .heardYes:
            let (sum, counted) = hands(figure == .usefulYes ? \.useful : \.heard)
            return counted > 0 ? count(sum.yes ?? 0) : nil
        case .volunteerHours:
            let hours = meetings.compactMap(\.volunteerHours)
            return hours.isEmpty ? nil : count(Limits.sum(hours))
        case .expenses:
            let euros = meetings.compactMap(\.expenses)
            return euros.isEmpty ? nil : count(Limits.sum(euros))
        case .signals: return count(totals.signals.total)
        }
    }

    /// A compared value in words: a count as a whole number, a mean with one decimal, "–" when not known.
    func comparedWords(_ value: Double?, mean: Bool) -> String {
        guard let value else { return "–" }
        return mean ? t(.decimal(value)) : "\(Int(value.rounded()))"
    }

    /// A difference with its sign ("+3", "−2", "0", "+0,4"), "–" when not known.
    func differenceWords(_ row: ComparedRow) -> String {
        guard let difference = row.difference else { return "–" }
        let size = comparedWords(abs(difference), mean: row.isMean)
        if (difference * 10).rounded() == 0 { return comparedWords(0, mean: row.isMean) }
        return (difference > 0 ? "+" : "−") + size
    }

    /// The comparison as table rows (figure, now, before, difference), the header first; empty without `--compare`.
    var comparisonTable: [[String]] {
        guard let before = previousReport else { return [] }
        let header = [t(.column(.figure)), periodWords, before.periodWords, t(.column(.difference))]
        return [header]
            + comparedRows.map { row in
                [
                    t(.comparedLabel(row.figure)), comparedWords(row.current, mean: row.isMean),
                    comparedWords(row.previous, mean: row.isMean), differenceWords(row),
                ]
            }
    }
}

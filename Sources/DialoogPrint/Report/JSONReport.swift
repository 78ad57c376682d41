import DialoogCore
import Foundation

/// `dialoog report --format json`: the filter, the totals, each series with its figures,
/// each meeting as the CSV has it, the charts' figures and the target, with snake_case keys.
/// Dates are local calendar days (`2026-11-30`); `filter.to` is the last day included.
/// Counts only: no pseudonym, no gespreksleider's name.
package enum JSONReport {
    package static func render(_ report: Report) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// The report in pieces, as `render` joins them: the series and the meetings (most of the
    /// file) are encoded and handed to `sink` one at a time, so 10,000 meetings never stand in
    /// memory as one tree of values (issue 18: 134 MB before). The document is the object of
    /// `document(report)`, written key by key in its sorted order (`writeMatchesTheDocument`).
    package static func write(_ report: Report, to sink: (String) -> Void) {
        let fields = smallFields(report)
        let streamed: [String: (count: Int, element: (Int) -> String)] = [
            "series": (report.overview.series.count, { series(report.overview.series[$0], report).nested(depth: 2) }),
            "meetings": (report.meetings.count, { meetingText(report.meetings[$0], report.calendar, depth: 2) }),
        ]
        sink("{\n")
        for (index, key) in (Array(fields.keys) + Array(streamed.keys)).sorted().enumerated() {
            var piece = index > 0 ? ",\n  " : "  "
            JSONValue.quote(key, to: &piece)
            piece += " : "
            if let value = fields[key] {
                value.write(to: &piece, depth: 1)
                sink(piece)
            } else if let array = streamed[key] {
                // As `JSONValue.array` writes it one level deep: an empty one with an empty line inside.
                sink(piece + "[\n")
                for element in 0..<array.count {
                    sink(array.element(element) + (element + 1 < array.count ? ",\n" : ""))
                }
                sink("\n  ]")
            }
        }
        sink("\n}\n")
    }

    /// The whole report as one value: what `write` writes piece by piece.
    static func document(_ report: Report) -> JSONValue {
        var fields = smallFields(report)
        fields["series"] = .array(report.overview.series.map { series($0, report) })
        fields["meetings"] = .array(report.meetings.map { meeting($0, report.calendar) })
        return .object(fields)
    }

    /// Every key of the report but the series and the meetings, with its value.
    private static func smallFields(_ report: Report) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "filter": filter(report),
            "generated_at": .string(wallClock(report.generatedAt, report.calendar)),
            "totals": totals(report.totals, evaluations: evaluationTotals(report)),
            "charts": charts(report),
            "targets": targets(report),
            // The series' figures summed per organisation, municipality and method.
            "per_organisation": groups(report, .organisation), "per_municipality": groups(report, .municipality),
            "per_method": groups(report, .method),
            // The rule that attributes each figure to a period, in the report's language.
            "period_rule": .string(report.t(.periodRule)),
        ]
        if let before = report.previousReport { fields["compare"] = compare(report, before) }
        return fields
    }

    /// `--compare previous`: the previous period and, per compared figure, its value now, then
    /// and the difference (null when not known in either).
    static func compare(_ report: Report, _ before: Report) -> JSONValue {
        let number = { (value: Double?, mean: Bool) -> JSONValue in
            guard let value else { return .null }
            return mean ? .mean(value) : .int(Int(value.rounded()))
        }
        return .object([
            "previous_from": .string(before.filter.from.map(report.isoDay)),
            "previous_to": .string(before.filter.to.map { report.isoDay(report.lastDay(before: $0)) }),
            "figures": .array(
                report.comparedRows.map { row in
                    .object([
                        "figure": .string(row.figure.key), "current": number(row.current, row.isMean),
                        "previous": number(row.previous, row.isMean), "difference": number(row.difference, row.isMean),
                    ])
                }),
        ])
    }

    static func filter(_ report: Report) -> JSONValue {
        let f = report.filter
        return .object([
            "organisation": .string(f.organisation), "method": .string(f.methodId),
            "municipality": .string(f.municipality),
            // Whether it was narrowed to one gespreksleider; the report does not say who.
            "facilitator": .bool(f.facilitator != nil),
            "from": .string(f.from.map(report.isoDay)),
            "to": .string(f.to.map { report.isoDay(report.lastDay(before: $0)) }),
            "include_demo": .bool(f.includeDemo),
            // The series of one laptop only: the start of its id, as the other formats name it.
            "laptop": .string(f.laptop.map { String($0.prefix(8)) }),
        ])
    }

    /// The sums and mean of the evaluations' newer fields over the report's meetings: hours
    /// and euros (null when none was entered) and the mean collaboration score.
    static func evaluationTotals(_ report: Report) -> [String: JSONValue] {
        let hours = report.meetings.compactMap(\.volunteerHours)
        let euros = report.meetings.compactMap(\.expenses)
        let collaboration = report.meetings.compactMap(\.collaboration)
        return [
            "volunteer_hours": hours.isEmpty ? .null : .int(Limits.sum(hours)),
            "expenses_euros": euros.isEmpty ? .null : .int(Limits.sum(euros)),
            "average_collaboration": .mean(
                collaboration.isEmpty ? nil : Double(Limits.sum(collaboration)) / Double(collaboration.count)),
            "recommendations": .int(Limits.sum(report.meetings.map(\.recommendations))),
        ].merging(collectedTotals(report)) { old, _ in old }
    }

    /// The collected figures (`Report+Collected.swift`): headcount parts, professionals, the
    /// useful and heard hands, and series per venue, language and target group (stored values).
    static func collectedTotals(_ report: Report) -> [String: JSONValue] {
        let parts = report.headcountParts
        let professionals = report.professionalsPresent
        let hands = { (question: KeyPath<MeetingFigures, HandCount>) -> JSONValue in
            let (sum, meetings) = report.hands(question)
            return .object([
                "yes": .int(sum.yes), "partly": .int(sum.partly), "no": .int(sum.no), "meetings": .int(meetings),
            ])
        }
        let perSeries = { (counts: [Overview.NameCount]) -> JSONValue in
            .array(counts.map { .object(["value": .string($0.name), "series": .int($0.count)]) })
        }
        return [
            "headcount_parts": .object([
                "women": .int(parts.women), "men": .int(parts.men), "young": .int(parts.young),
                "meetings": .int(parts.meetings),
            ]),
            "professionals_present": .object([
                "present": .int(professionals.present), "meetings": .int(professionals.meetings),
            ]),
            "useful": hands(\.useful), "heard": hands(\.heard),
            "series_per_venue": perSeries(report.venueSeries), "series_per_language": perSeries(report.languageSeries),
            "series_per_target_group": perSeries(report.groupSeries),
        ]
    }

    static func totals(_ t: Overview.Totals, evaluations: [String: JSONValue] = [:]) -> JSONValue {
        var fields: [String: JSONValue] = [
            "series": .int(t.series), "series_completed": .int(t.seriesCompleted),
            "meetings_planned": .int(t.meetingsPlanned), "meetings_held": .int(t.meetingsHeld),
            "reached": .int(t.reached), "came_to_first": .int(t.cameToFirst), "came_to_all": .int(t.cameToAll),
            "retention": .mean(t.retention), "average_safety": .mean(t.averageSafety), "evaluated": .int(t.evaluated),
            "signals": signals(t.signals), "open_follow_ups": .int(t.openFollowUps),
            "overdue_follow_ups": .int(t.overdueFollowUps),
            "held_per_organisation": .array(
                t.heldPerOrganisation.map { .object(["organisation": .string($0.name), "held": .int($0.count)]) }),
        ]
        fields.merge(evaluations) { old, _ in old }
        return .object(fields)
    }

    static func signals(_ s: SignalCounts) -> JSONValue {
        .object([
            "total": .int(s.total), "help_card": .int(s.helpCard), "warm": .int(s.warm), "acute": .int(s.acute),
            "private_talk": .int(s.privateTalk), "coordinator": .int(s.coordinator), "advice_call": .int(s.adviceCall),
        ])
    }

    static func series(_ s: SeriesFigures, _ report: Report) -> JSONValue {
        .object([
            "id": .string(s.series.id), "name": .string(s.series.name), "organisation": .string(s.series.organisation),
            "method": .string(s.series.methodId), "municipality": .string(s.series.municipality),
            "demo": .bool(s.series.demo), "first_date": .string(s.firstDate.map(report.isoDay)),
            "last_date": .string(s.lastDate.map(report.isoDay)), "meetings_planned": .int(s.meetingsPlanned),
            "meetings_held": .int(s.meetingsHeld), "reached": .int(s.reached), "came_to_first": .int(s.cameToFirst),
            "came_to_all": .int(s.cameToAll), "retention": .mean(s.retention),
            "average_safety": .mean(s.averageSafety), "evaluated": .int(s.evaluated), "signals": signals(s.signals),
            "open_follow_ups": .int(s.openFollowUps),
        ])
    }

    /// A meeting with the CSV's columns as keys: numbers as numbers, yes/no as booleans, what
    /// is not known as null.
    static func meeting(_ m: MeetingFigures, _ calendar: LocalCalendar) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        for field in CSVReport.fields {
            switch field.cell(m, calendar).asText(calendar) {
            case .text(let value): fields[field.column] = .string(value)
            case .number(let value): fields[field.column] = .int(value)
            case .flag(let value): fields[field.column] = .bool(value)
            case .day, .words: break
            }
        }
        return .object(fields)
    }

    /// A meeting's fields in the order its keys are written: sorted, as an object's are.
    static let meetingFields = CSVReport.fields.sorted { $0.column < $1.column }

    /// `meeting(m, calendar).nested(depth:)`, written straight from the figures: building an
    /// object of 51 values and sorting its keys for each of 10,000 meetings took half of the
    /// JSON report's time (`writeMatchesTheDocument` holds the two together).
    static func meetingText(_ m: MeetingFigures, _ calendar: LocalCalendar, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        var out = indent + "{\n"
        out.reserveCapacity(2048)
        for (index, field) in meetingFields.enumerated() {
            if index > 0 { out += ",\n" }
            out += indent + "  "
            JSONValue.quote(field.column, to: &out)
            out += " : "
            switch field.cell(m, calendar).asText(calendar) {
            case .text(let value?): JSONValue.quote(value, to: &out)
            case .number(let value?): out += String(value)
            case .flag(let value): out += value ? "true" : "false"
            case .text(nil), .number(nil), .day, .words: out += "null"
            }
        }
        out += "\n" + indent + "}"
        return out
    }

    /// The figures behind the overzicht's charts, and the themes groups raised as released
    /// (`ThemeRelease`), with the number of groups whose own theme was withheld.
    static func charts(_ report: Report) -> JSONValue {
        let o = report.overview
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return .object([
            "raised_themes": .array(
                report.groupThemes.map { .object(["theme": .string($0.name), "groups": .int($0.count)]) }),
            "raised_themes_withheld": .int(o.withheldThemes),
            // Advice to the municipality: only wordings the coordinator released.
            "recommendations": .array(
                report.recommendations.map { .object(["recommendation": .string($0.name), "groups": .int($0.count)]) }
            ),
            "recommendations_withheld": .int(o.withheldRecommendations),
            "meetings_per_month": .array(
                o.meetingsPerMonth.map {
                    .object(["month": .string("\($0.year)-\(two($0.month))"), "held": .int($0.count)])
                }),
            "attendance_per_number": .array(
                o.attendancePerNumber.map {
                    .object([
                        "meeting_number": .int($0.number), "attendance": .int($0.count),
                        "meetings_held": .int($0.meetings),
                    ])
                }
            ),
            "prompt_uses": .array(
                o.promptUses.map { .object(["prompt_id": .string($0.promptId), "uses": .int($0.count)]) }),
        ])
    }

    /// The rows of a table per organisation, municipality or method.
    static func groups(_ report: Report, _ grouping: Report.Grouping) -> JSONValue {
        .array(
            report.groups(grouping).map { row in
                .object([
                    "name": .string(row.name), "series": .int(row.series),
                    "meetings_planned": .int(row.meetingsPlanned),
                    "meetings_held": .int(row.meetingsHeld), "reached": .int(row.reached), "signals": .int(row.signals),
                ])
            })
    }

    /// Every target with its progress; `pace_per_month` is null once reached or over.
    static func targets(_ report: Report) -> JSONValue {
        let today = report.calendar.startOfDay(report.generatedAt)
        return .array(
            report.overview.targets.map { progress in
                let target = progress.target
                let optional = { (text: String?) in text.map(JSONValue.string) ?? .null }
                return .object([
                    "figure": .string(target.figure.rawValue), "amount": .int(target.amount),
                    "from": .string(report.isoDay(target.from)),
                    "to": .string(report.isoDay(report.lastDay(before: target.to))),
                    "organisation": optional(target.organisation), "method": optional(target.methodId),
                    "municipality": optional(target.municipality), "reached": .int(progress.reached),
                    "percent": .int(progress.percent),
                    "pace_per_month": progress.pacePerMonth(today: today).map(JSONValue.int) ?? .null,
                ])
            })
    }

    /// `2026-12-01T19:30` on the wall clock.
    static func wallClock(_ date: Date, _ calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return ReportText.isoDay(year: p.year, month: p.month, day: p.day) + "T\(two(p.hour)):\(two(p.minute))"
    }
}

import DialoogCore
import Foundation

extension Report {
    /// The key figures as label and value, in the order both text formats list them.
    var keyFigures: [(label: String, value: String)] {
        ReportText.Figure.allCases.flatMap { figure -> [(label: String, value: String)] in
            guard figure == .target, !overview.targets.isEmpty else { return [(t(.label(figure)), value(of: figure))] }
            return overview.targets.map { (t(.targetLabel(scope: $0.target.scopeValues)), targetValue($0)) }
        }
    }

    /// "Doel (HTIB): 412 van 700 …", as `dialoog target list` prints a target.
    package func targetLine(_ progress: TargetProgress) -> String {
        t(.targetLabel(scope: progress.target.scopeValues)) + ": " + targetValue(progress)
    }

    /// "412 van 700 bijeenkomsten gehouden (59%, 1 jan 2018 – 31 dec 2023); nog 9 per maand nodig".
    func targetValue(_ progress: TargetProgress) -> String {
        let target = progress.target
        return t(
            .targetValue(
                reached: progress.reached, amount: target.amount, figure: target.figure, percent: progress.percent,
                period: periodWords(from: target.from, to: target.to),
                pace: progress.pacePerMonth(today: calendar.startOfDay(generatedAt))))
    }

    private func value(of figure: ReportText.Figure) -> String {
        let totals = totals
        switch figure {
        case .meetingsHeld: return t(.heldValue(held: totals.meetingsHeld, planned: totals.meetingsPlanned))
        case .series: return t(.seriesValue(series: totals.series, completed: totals.seriesCompleted))
        case .reached: return "\(totals.reached)"
        case .cameToAll:
            guard let percent = retentionPercent else { return t(.notKnownYet) }
            return t(.cameToAllValue(all: totals.cameToAll, first: totals.cameToFirst, percent: percent))
        case .averageSafety:
            guard let average = totals.averageSafety else { return t(.notKnownYet) }
            // The mean is over the meetings with a safety score, so that is the number given.
            let scored = meetings.count { $0.safety != nil }
            return t(.safetyValue(average: t(.decimal(average)), evaluated: scored))
        case .collaboration:
            let scored = meetings.compactMap(\.collaboration)
            guard !scored.isEmpty else { return t(.notKnownYet) }
            let average = Double(Limits.sum(scored)) / Double(scored.count)
            return t(.collaborationValue(average: t(.decimal(average)), evaluated: scored.count))
        case .volunteerHours:
            let hours = meetings.compactMap(\.volunteerHours)
            guard !hours.isEmpty else { return t(.notKnownYet) }
            return t(.hoursValue(hours: Limits.sum(hours), meetings: hours.count))
        case .expenses:
            let euros = meetings.compactMap(\.expenses)
            guard !euros.isEmpty else { return t(.notKnownYet) }
            return t(.expensesValue(euros: Limits.sum(euros), meetings: euros.count))
        case .headcountParts: return headcountPartsWords
        case .professionals: return professionalsWords
        case .useful: return handsWords(\.useful)
        case .heard: return handsWords(\.heard)
        case .venues: return perSeriesWords(venueSeries, venueWord)
        case .languages: return perSeriesWords(languageSeries)
        case .targetGroups: return perSeriesWords(groupSeries, groupWord)
        case .signals: return t(.signalsValue(totals.signals))
        case .followUps: return t(.followUpsValue(open: totals.openFollowUps, overdue: totals.overdueFollowUps))
        case .target:
            // Each target has its own row (`keyFigures`); this is the row when none is set.
            return t(.noTarget)
        }
    }

    /// What went well, each line derived from the figures and only when the figure is good: at
    /// least half of the evaluated meetings felt safe (4 or 5), at least half came to all three,
    /// a series completed, at least half of the target reached. "0 of 1" or "4%" is not a
    /// success and is left to the key figures; empty when nothing can be said yet.
    var wentWell: [String] {
        var lines: [String] = []
        let scored = meetings.compactMap(\.safety)
        let high = scored.filter { $0 >= 4 }.count
        if !scored.isEmpty, high * 2 >= scored.count {
            lines.append(t(.safeMeetings(high: high, evaluated: scored.count)))
        }
        if let percent = retentionPercent, percent >= 50 {
            lines.append(t(.retention(all: totals.cameToAll, first: totals.cameToFirst, percent: percent)))
        }
        if totals.seriesCompleted > 0 {
            lines.append(t(.completedSeries(completed: totals.seriesCompleted, series: totals.series)))
        }
        for progress in overview.targets where progress.percent >= 50 {
            let target = progress.target
            lines.append(
                t(
                    .targetProgress(
                        reached: progress.reached, amount: target.amount, figure: target.figure,
                        percent: progress.percent)))
        }
        return lines
    }

    /// The prompts that landed most often, by their text in the library (shortened; in English
    /// when the report is and the prompt has a translation), at most three; prompts no longer in
    /// the library are left out.
    var landedPrompts: [(text: String, count: Int)] {
        landed.compactMap { use -> (text: String, count: Int)? in
            guard let prompt = library?.prompt(use.promptId) else { return nil }
            let wording = language == .en ? prompt.translations["en"] ?? prompt.text : prompt.text
            let text = wording.split(whereSeparator: \.isNewline).joined(separator: " ")
            return (TextWidth.truncate(text, to: 100), use.count)
        }.prefix(3).map { $0 }
    }

    /// The themes groups raised as released (a library theme or approved wording), with how
    /// many groups raised each, most first.
    var groupThemes: [Overview.NameCount] { overview.raisedThemes }

    /// The recommendations to the municipality the coordinator released, with how many
    /// groups wrote each, most first.
    var recommendations: [Overview.NameCount] { overview.recommendations }

    /// Prompt uses added up per theme, by the theme's name in the library.
    var usesPerTheme: [(name: String, count: Int)] {
        guard let library else { return [] }
        return library.usesPerTheme(overview.promptUses).map { entry in
            (entry.theme.map { library.theme($0)?.name ?? $0 } ?? t(.withoutTheme), entry.count)
        }
    }
}

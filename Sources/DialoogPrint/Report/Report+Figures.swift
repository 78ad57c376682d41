import DialoogCore
import Foundation

extension Report {
    /// The key figures as label and value, in the order both text formats list them.
    var keyFigures: [(label: String, value: String)] {
        ReportText.Figure.allCases.map { figure in (t(.label(figure)), value(of: figure)) }
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
            let scored = meetings.filter { $0.safety != nil }.count
            return t(.safetyValue(average: t(.decimal(average)), evaluated: scored))
        case .signals: return t(.signalsValue(totals.signals))
        case .followUps: return t(.followUpsValue(open: totals.openFollowUps, overdue: totals.overdueFollowUps))
        case .target:
            guard let target = overview.target else { return t(.noTarget) }
            return t(
                .targetValue(
                    held: overview.heldTowardTarget, target: target.meetings,
                    period: periodWords(from: target.from, to: target.to)))
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
        if let target = overview.target, target.meetings > 0 {
            let percent = Int((Double(overview.heldTowardTarget) * 100 / Double(target.meetings)).rounded())
            guard percent >= 50 else { return lines }
            lines.append(t(.targetProgress(held: overview.heldTowardTarget, target: target.meetings, percent: percent)))
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

    /// Prompt uses added up per theme, by the theme's name in the library.
    var usesPerTheme: [(name: String, count: Int)] {
        guard let library else { return [] }
        return library.usesPerTheme(overview.promptUses).map { entry in
            (entry.theme.map { library.theme($0)?.name ?? $0 } ?? t(.withoutTheme), entry.count)
        }
    }
}

import Foundation

/// A series at a glance: opened from the overzicht, or after the evaluation of meeting 3.
/// It scrolls; ←/→ choose a meeting and Enter opens its evaluation form.
extension OverviewReduction {
    mutating func receiveSummary(_ summary: SeriesSummary) -> [Effect] {
        let same = overviewState.summary?.series.id == summary.series.id
        if screen == .overview {
            overviewState.summaryFrom = .overview
        } else if !same && screen != .summary {
            // After meeting 3's evaluation: the gespreksleider came from the meeting, not here.
            overviewState.summaryFrom = .start
        }
        if !same {
            overviewState.summaryScroll = 0
            // The meeting last held: the one a gespreksleider just evaluated.
            overviewState.summaryMeeting = summary.meetings.lastIndex { $0.state == .ended } ?? 0
        }
        overviewState.summary = summary
        overviewState.summaryMeeting = min(overviewState.summaryMeeting, max(0, summary.meetings.count - 1))
        overviewState.summaryScroll = min(overviewState.summaryScroll, lastSummaryScroll)
        return []
    }

    mutating func performInSummary(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let summary = overviewState.summary else { return leaveSummary() }
        let visible = OverviewState.summaryRows(in: size)
        if let line = command.moved(from: overviewState.summaryScroll, last: lastSummaryScroll, page: visible) {
            overviewState.summaryScroll = line
            return []
        }
        switch command {
        case .previousMeeting, .nextMeeting:
            guard !summary.meetings.isEmpty else { return [] }
            let step = command == .nextMeeting ? 1 : -1
            overviewState.summaryMeeting = min(max(overviewState.summaryMeeting + step, 0), summary.meetings.count - 1)
            // Keep the meeting's row in view.
            if let line = summary.rows.firstIndex(of: .meeting(overviewState.summaryMeeting)) {
                overviewState.summaryScroll = min(max(overviewState.summaryScroll, line - visible + 1), line)
            }
        case .open:
            guard summary.meetings.indices.contains(overviewState.summaryMeeting) else { return [] }
            let meeting = summary.meetings[overviewState.summaryMeeting]
            guard meeting.state == .ended else {
                outcome.status = .show(.overview(.notHeld(meeting.kind, number: meeting.number)))
                return []
            }
            return [.loadEvaluation(meetingId: meeting.meetingId)]
        case .meetingRecords:
            return openRecords()
        case .closeOverlay:
            return leaveSummary()
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Back where the summary was opened from, read again (an evaluation may have changed it).
    mutating func leaveSummary() -> [Effect] {
        overviewState.summary = nil
        overviewState.records = nil
        guard overviewState.summaryFrom == .overview else {
            outcome.requests.append(.navigate(.start))
            return [.loadSeries, .loadFollowUps]
        }
        outcome.requests.append(.navigate(.overviewScreen))
        return reloadOverview()
    }

    /// How far the summary scrolls: until its last line is on the last row.
    var lastSummaryScroll: Int {
        max(0, (overviewState.summary?.rows.count ?? 0) - OverviewState.summaryRows(in: size))
    }
}

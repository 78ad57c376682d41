/// A meeting's record, opened with `r` on the summary: its signals, notes, prompt uses and
/// raised themes, to withdraw a mistaken one afterwards (after the live screen was left, or a
/// kill). `x` asks "j/n" first; a withdrawn record stays in the list, dimmed, with its day.
extension OverviewReduction {
    /// Opens the record of the meeting under the summary's cursor; a meeting not started yet
    /// has none.
    mutating func openRecords() -> [Effect] {
        guard let summary = overviewState.summary, summary.meetings.indices.contains(overviewState.summaryMeeting)
        else { return [] }
        let meeting = summary.meetings[overviewState.summaryMeeting]
        guard meeting.state != .planned else {
            outcome.status = .show(.overview(.notStarted(meeting.kind, number: meeting.number)))
            return []
        }
        overviewState.records = MeetingRecords(meetingId: meeting.meetingId, kind: meeting.kind, number: meeting.number)
        return [.loadMeetingEntries(meetingId: meeting.meetingId)]
    }

    /// The store's answer; one for a meeting no longer open is dropped.
    mutating func receiveEntries(_ entries: [MeetingEntry], meetingId: String) -> [Effect] {
        guard var records = overviewState.records, records.meetingId == meetingId else { return [] }
        records.entries = entries
        records.loaded = true
        records.selection = min(records.selection, max(0, entries.count - 1))
        overviewState.records = records
        return []
    }

    mutating func entryWithdrawn(_ entry: MeetingEntry) -> [Effect] {
        outcome.status = .show(.overview(.withdrawn(entry.kind)))
        return []
    }

    mutating func performInRecords(_ command: Command) -> [Effect] {
        guard var records = overviewState.records else { return [] }
        defer { if overviewState.records != nil { overviewState.records = records } }
        if records.confirming {
            records.confirming = false
            guard command == .confirm, let entry = records.selected, !entry.withdrawn,
                let seriesId = overviewState.summary?.series.id
            else {
                outcome.status = .clear
                return command == .help ? performOnAnyScreen(command) : []
            }
            outcome.status = .clear
            return [.withdrawEntry(id: entry.id, meetingId: records.meetingId, seriesId: seriesId)]
        }
        outcome.status = .clear
        if let line = command.moved(
            from: records.selection, last: records.entries.count - 1, page: OverviewState.summaryRows(in: size))
        {
            records.selection = line
            return []
        }
        switch command {
        case .withdrawRecord:
            guard let entry = records.selected else { return [] }
            if entry.withdrawn {
                outcome.status = .show(.overview(.alreadyWithdrawn))
            } else {
                records.confirming = true
                outcome.status = .show(.overview(.confirmWithdraw(entry.kind)))
            }
            return []
        case .closeOverlay:
            overviewState.records = nil
            return []
        default:
            return performOnAnyScreen(command)
        }
    }
}

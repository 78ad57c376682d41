import Foundation

/// The meeting editor over the planner: the date and time, planned minutes, purpose and help
/// card of the meeting under the cursor. Like the block editor, every change is one save.
extension PlannerReduction {
    var meetingEditorHelp: [HelpEntry] { plannerState.meetingEditorHelp(library: library) }

    mutating func performInMeetingEditor(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let editor = plannerState.meetingEditor, var plan = plannerState.plan,
            let meeting = plannerState.currentMeeting
        else {
            plannerState.meetingEditor = nil
            return []
        }
        let m = plannerState.meeting
        let help = meetingEditorHelp
        let rows = MeetingEditor.rows(helpCount: help.count)
        if let row = command.moved(from: editor.row, last: rows.count - 1, page: plannerPageSize) {
            plannerState.meetingEditor?.row = row
            return []
        }
        let row = editor.current(helpCount: help.count)
        switch command {
        case .previousChoice, .nextChoice:
            guard row == .minutes else { return [] }
            plan.changePlannedMinutes(meeting: m, by: (command == .nextChoice ? 1 : -1) * MeetingEditor.minuteStep)
            return commit(plan)
        case .edit, .toggle:
            switch row {
            case .date where command == .edit:
                let text = MeetingEditor.dateText(meeting.meeting.startsAt, calendar: calendar)
                plannerState.meetingEditor?.typing = text
            case .purpose where command == .edit:
                plannerState.meetingEditor?.typing = meeting.meeting.purpose
            case .minutes where command == .edit:
                // Starts empty: what is typed replaces the minutes, Enter on nothing keeps them.
                plannerState.meetingEditor?.typing = ""
            case .help(let index) where help.indices.contains(index):
                plan.toggleHelpEntry(help[index].id, meeting: m)
                return commitFromMeetingEditor(plan)
            default:
                return []
            }
        case .newLocalHelp:
            // A local entry for the series' municipality, made in the bibliotheek's form; the
            // planner waits as it is and the card shows the entry when the form is saved.
            outcome.requests.append(.navigate(.localHelp(municipality: plan.series.municipality ?? "")))
            return []
        case .refillHelpCard:
            guard let library else { return [] }
            plan.refillHelpCard(meeting: m, library: library)
            return commitFromMeetingEditor(plan)
        case .undo:
            return undoLast()
        case .closeOverlay:
            plannerState.meetingEditor = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInMeetingEditorText(_ command: Command) -> [Effect] {
        guard let editor = plannerState.meetingEditor, let typed = editor.typing else { return [] }
        if let edit = command.textEdit {
            plannerState.meetingEditor?.field?.apply(edit)
            return []
        }
        switch command {
        case .closeOverlay:
            outcome.status = .clear
            plannerState.meetingEditor?.typing = nil
        case .confirm:
            guard var plan = plannerState.plan, plannerState.currentMeeting != nil else { return [] }
            let m = plannerState.meeting
            let text = typed.trimmingCharacters(in: .whitespaces)
            switch editor.current(helpCount: meetingEditorHelp.count) {
            case .date:
                if text.isEmpty {
                    plan.meetings[m].meeting.startsAt = nil
                } else {
                    // The same reading as the new-series form's dates; a bad one changes nothing.
                    // Without a time typed, the meeting keeps its time.
                    switch MeetingEditor.date(
                        text, current: plan.meetings[m].meeting.startsAt, today: context.now, calendar: calendar)
                    {
                    case .success(let date): plan.meetings[m].meeting.startsAt = date
                    case .failure(let problem):
                        outcome.status = .show(.plan(.badMeetingDate(text, problem)))
                        return []
                    }
                }
            case .purpose:
                plan.meetings[m].meeting.purpose = text
            case .minutes where !text.isEmpty:
                switch NumberEntry.parse(text, in: MeetingEditor.minuteRange) {
                case .success(let minutes): plan.meetings[m].meeting.plannedMinutes = minutes
                case .failure(let problem):
                    outcome.status = .show(.plan(.badNumber(problem)))
                    return []
                }
            default:
                break
            }
            outcome.status = .clear
            plannerState.meetingEditor?.typing = nil
            return commit(plan)
        case .redraw:
            return [.redrawAll]
        case .help:
            outcome.requests.append(.openHelp)
        default:
            break
        }
        return []
    }

    /// Commits a change to the help card; the list may have lost a row (a local entry of
    /// another municipality that was taken off), so the cursor stays inside it.
    private mutating func commitFromMeetingEditor(_ plan: SeriesPlan) -> [Effect] {
        let effects = commit(plan)
        let last = MeetingEditor.rows(helpCount: meetingEditorHelp.count).count - 1
        if let row = plannerState.meetingEditor?.row, row > last { plannerState.meetingEditor?.row = last }
        return effects
    }
}

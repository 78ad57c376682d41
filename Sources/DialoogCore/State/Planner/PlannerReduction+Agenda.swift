import Foundation

/// The planner's agenda: the blocks of the meeting under the cursor, and the meetings of the
/// series. Every edit is one `.savePlan` of the whole plan (`commit`).
extension PlannerReduction {
    /// Makes `plan` the planner's plan and asks for it to be stored; an edit that changed
    /// nothing stores nothing. Each edit is one transaction, and warnings never stop it; the
    /// plan before it is remembered for undo (`undoLast`), unless this is the undo itself.
    mutating func commit(_ plan: SeriesPlan, change: PlanChange = .edit, undoable: Bool = true) -> [Effect] {
        guard plan != plannerState.plan else { return [] }
        // A meeting that runs or ran is a record of what happened; live mode's records hang
        // on its blocks, so its plan is no longer the trainer's to change.
        if let old = plannerState.plan,
            let held = old.meetings.first(where: { meeting in
                meeting.meeting.state != .planned && plan.meetings.first { $0.id == meeting.id } != meeting
            })
        {
            outcome.status = .show(.plan(.meetingHeld(number: held.meeting.number)))
            plannerState.clampCursor()
            return []
        }
        if undoable, let before = plannerState.plan {
            plannerState.undo.append(
                PlannerUndo(change: change, before: before, meeting: undoCursor.meeting, block: undoCursor.block))
            let extra = plannerState.undo.count - PlannerState.undoDepth
            if extra > 0 { plannerState.undo.removeFirst(extra) }
        }
        plannerState.plan = plan
        plannerState.clampCursor()
        plannerState.refreshWarnings(library: library)
        return [.savePlan(plan)]
    }

    /// Rows a page key moves in a meeting's agenda.
    var plannerPageSize: Int { max(1, size.height / 3) }

    // MARK: - The agenda

    mutating func performInPlanner(_ command: Command) -> [Effect] {
        outcome.status = .clear
        let (m, b) = (plannerState.meeting, plannerState.block)
        let blockCount = plannerState.currentMeeting?.blocks.count ?? 0
        if let row = command.moved(from: b, last: blockCount - 1, page: plannerPageSize) {
            plannerState.block = row
            return []
        }
        guard var plan = plannerState.plan else {
            if command == .closeOverlay { return leavePlanner() }
            return performOnAnyScreen(command)
        }
        let hasBlock = plannerState.currentBlock != nil
        switch command {
        case .previousMeeting, .nextMeeting:
            plannerState.meeting += command == .nextMeeting ? 1 : -1
            plannerState.clampCursor()
        case .open:
            if hasBlock { plannerState.editor = BlockEditor() }
        case .addBlock:
            plannerState.block = plan.addBlock(meeting: m, after: blockCount == 0 ? nil : b, ids: ids) ?? b
            return commit(plan)
        case .addTemplateBlock:
            plannerState.adding = ChoicePicker(subject: .block(method: plan.series.methodId))
        case .swapTopic:
            return openTopics(plan)
        case .removeBlock:
            guard let block = plannerState.currentBlock else { return [] }
            plannerState.confirming = .removeBlock
            outcome.status = .show(.plan(.confirmRemoveBlock(title: block.title)))
        case .moveBlockUp, .moveBlockDown:
            plannerState.block = plan.moveBlock(meeting: m, block: b, by: command == .moveBlockUp ? -1 : 1)
            return commit(plan)
        case .duplicateBlock:
            plannerState.block = plan.duplicateBlock(meeting: m, block: b, ids: ids) ?? b
            return commit(plan)
        case .moreMinutes, .fewerMinutes:
            plan.changeMinutes(meeting: m, block: b, by: command == .moreMinutes ? 1 : -1)
            return commit(plan)
        case .pickPrompts:
            if hasBlock { plannerState.picker = PromptPicker() }
        case .checklist:
            plannerState.checklist = 0
        case .editMeeting:
            if plannerState.currentMeeting != nil { plannerState.meetingEditor = MeetingEditor() }
        case .warnings:
            if !plannerState.warnings.isEmpty { plannerState.warningSelection = 0 }
        case .addMeeting:
            guard let index = plan.addMeeting(kind: .extra, method: library?.method(plan.series.methodId), ids: ids)
            else {
                return []
            }
            (plannerState.meeting, plannerState.block) = (index, 0)
            return commit(plan)
        case .addAftercare:
            let method = library?.method(plan.series.methodId)
            let starts = aftercareStart(plan, weeks: method?.aftercare?.weeks)
            guard let index = plan.addMeeting(kind: .aftercare, method: method, startsAt: starts, ids: ids) else {
                outcome.status = .show(.plan(.aftercareExists))
                return []
            }
            (plannerState.meeting, plannerState.block) = (index, 0)
            return commit(plan)
        case .removeMeeting:
            // Asked only when the answer can be yes: a series' own meetings stay.
            guard let meeting = plannerState.currentMeeting, plan.removeMeeting(m) else {
                outcome.status = .show(.plan(.meetingStays))
                return []
            }
            plannerState.confirming = .removeMeeting
            outcome.status = .show(.plan(.confirmRemoveMeeting(meeting.meeting.kind, number: meeting.meeting.number)))
        case .editSeries:
            plannerState.details = NewSeriesForm(editing: plan.series)
            plannerState.details?.knownMunicipalities = plannerState.knownMunicipalities
        case .eraseSeries:
            plannerState.confirming = .eraseSeries
            outcome.status = .show(.plan(.confirmEraseSeries(name: plan.series.name)))
        case .duplicateSeries:
            plannerState.confirming = .duplicateSeries
            outcome.status = .show(.plan(.confirmDuplicateSeries(name: plan.series.name)))
        case .saveTemplate:
            askTemplateName(plan)
        case .undo:
            return undoLast()
        case .printPlan:
            // The plan as on screen; the file is written outside, the status says where.
            outcome.status = .show(.plan(.printing))
            return [.printPlan(plan, language: context.language)]
        case .closeOverlay:
            return leavePlanner()
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Back to the start screen, which reads the series again (a plan may add meetings); the
    /// root drops the planner's state when it leaves it.
    private mutating func leavePlanner() -> [Effect] {
        outcome.requests.append(.navigate(.start))
        return [.loadSeries, .loadFollowUps]
    }

    /// The aftercare meeting's start: `weeks` after the last dated meeting, at the same time of
    /// day; nil without such a meeting.
    private func aftercareStart(_ plan: SeriesPlan, weeks: Int?) -> Date? {
        guard let weeks, let last = plan.meetings.compactMap(\.meeting.startsAt).max() else { return nil }
        let time = calendar.parts(of: last)
        let day = calendar.parts(of: last.addingTimeInterval(TimeInterval(weeks * 7 * 86_400)))
        return calendar.date(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
    }

    // MARK: - The warnings list

    mutating func performInWarnings(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let selected = plannerState.warningSelection else { return [] }
        let ordered = plannerState.orderedWarnings
        if let row = command.moved(from: selected, last: ordered.count - 1, page: plannerPageSize) {
            plannerState.warningSelection = row
            return []
        }
        switch command {
        case .open:
            // To the block (or at least the meeting) the warning is about.
            let warning = ordered[min(selected, ordered.count - 1)]
            plannerState.warningSelection = nil
            guard let plan = plannerState.plan,
                let m = plan.meetings.firstIndex(where: { $0.meeting.number == warning.meeting })
            else { return [] }
            plannerState.meeting = m
            plannerState.block = plan.meetings[m].blocks.firstIndex { $0.id == warning.blockId } ?? 0
        case .closeOverlay, .warnings:
            plannerState.warningSelection = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }
}

// MARK: - The meeting's topic

extension PlannerReduction {
    /// `T`: the method's topics in a list narrowed by typing, the meeting's own topic under
    /// the cursor; a meeting without a topic says so.
    mutating func openTopics(_ plan: SeriesPlan) -> [Effect] {
        guard let library else { return [] }
        let method = library.method(plan.series.methodId)
        guard let current = plan.topic(meeting: plannerState.meeting, method: method, library: library) else {
            outcome.status = .show(.plan(.noTopic(number: plannerState.currentMeeting?.meeting.number ?? 0)))
            return []
        }
        let subject = ChoicePicker.Subject.topic(method: plan.series.methodId)
        let at = ChoicePicker.all(subject, library: library).firstIndex { $0.id == current.pickerId } ?? 0
        plannerState.topic = ChoicePicker(subject: subject, selection: at)
        return []
    }

    /// Gives the meeting under the cursor the topic with picker id `chosen` (`swapTopic`), as
    /// one change that `u` takes back.
    mutating func swapTopic(to chosen: String?, in plan: inout SeriesPlan) -> [Effect] {
        guard let library, let chosen, let meeting = plannerState.currentMeeting else { return [] }
        let method = library.method(plan.series.methodId)
        guard let topic = SeriesPlan.topics(method: method, library: library).first(where: { $0.pickerId == chosen })
        else { return [] }
        let changed = plan.swapTopic(meeting: plannerState.meeting, to: topic, method: method, library: library)
        guard !changed.isEmpty else { return [] }
        let effects = commit(plan, change: .swapTopic(number: meeting.meeting.number, name: topic.name))
        if !effects.isEmpty { outcome.status = .show(.plan(.topicSwapped(name: topic.name, meetings: changed))) }
        return effects
    }
}

/// Asking before a removal, and undo: the planner's removals wait for j or n, and every change
/// of the plan can be taken back, newest first, by `u` or `:undo` in the planner and its panels.
extension PlannerReduction {
    /// Where the cursor goes back to when a change is undone: where it stood before the change.
    var undoCursor: (meeting: Int, block: Int) { (plannerState.meeting, plannerState.block) }

    mutating func performInConfirm(_ command: Command) -> [Effect] {
        guard let asked = plannerState.confirming else { return [] }
        plannerState.confirming = nil
        // Only j (or Enter) removes; n, Esc and every other key leave the plan as it is.
        guard command == .confirm, var plan = plannerState.plan else {
            if asked == .eraseSeries {
                outcome.status = .show(.plan(.nothingErased))
                return []
            }
            if asked == .duplicateSeries {
                outcome.status = .show(.plan(.nothingDuplicated))
                return []
            }
            if case .replaceTemplate(let name) = asked {
                outcome.status = .show(.plan(.templateKept(name: name)))
                return []
            }
            outcome.status = .clear
            return []
        }
        let (m, b) = (plannerState.meeting, plannerState.block)
        switch asked {
        case .removeBlock:
            guard let block = plannerState.currentBlock else { return [] }
            let change = PlanChange.removeBlock(title: block.title)
            let left = plan.removeBlock(meeting: m, block: b) ?? 0
            let effects = commit(plan, change: change)
            if !effects.isEmpty {
                plannerState.block = left
                outcome.status = .show(.plan(.removed(change)))
            }
            return effects
        case .removeMeeting:
            guard let meeting = plannerState.currentMeeting, plan.removeMeeting(m) else {
                outcome.status = .show(.plan(.meetingStays))
                return []
            }
            let change = PlanChange.removeMeeting(meeting.meeting.kind, number: meeting.meeting.number)
            let effects = commit(plan, change: change)
            if !effects.isEmpty {
                (plannerState.meeting, plannerState.block) = (max(0, m - 1), 0)
                outcome.status = .show(.plan(.removed(change)))
            }
            return effects
        case .eraseSeries:
            // Erased, not changed: no undo. The start screen reads the series again after it.
            outcome.requests.append(.navigate(.start))
            return [.eraseSeries(id: plan.series.id, name: plan.series.name), .loadSeries, .loadFollowUps]
        case .duplicateSeries:
            // Made and stored outside (the copy's name is worded there); the planner then
            // opens the copy. The plan as on screen, with its unsaved nothing: every edit is saved.
            return [.duplicateSeries(plan, language: context.language)]
        case .replaceTemplate(let name):
            return [.saveTemplate(plan, name: name, replace: true)]
        }
    }

    /// Puts back the plan as it was before the last change, and the cursor where it stood,
    /// and stores it like any edit.
    mutating func undoLast() -> [Effect] {
        guard let last = plannerState.undo.popLast() else {
            outcome.status = .show(.plan(.nothingToUndo))
            return []
        }
        // The plan as it was, at the revision the store has now: the save of an old
        // revision would be refused as a change made elsewhere.
        var before = last.before
        before.revision = plannerState.plan?.revision ?? before.revision
        let effects = commit(before, undoable: false)
        guard !effects.isEmpty else {
            // A meeting held since: its plan is no longer the planner's to change.
            if before == plannerState.plan { return undoLast() }
            return []
        }
        (plannerState.meeting, plannerState.block) = (last.meeting, last.block)
        plannerState.clampCursor()
        outcome.status = .show(.plan(.undone(last.change, left: plannerState.undo.count)))
        return effects
    }
}

import Foundation

extension AppState {
    // MARK: - Opening, loading, saving

    /// Opens the planner on a series: its plan is read, and the library too when it has not
    /// been read yet (the planner needs its themes and prompts).
    mutating func openPlanner(seriesId: String) -> [Effect] {
        screen = .planner
        plannerState = PlannerState(seriesId: seriesId)
        return (library == nil ? [.loadLibrary] : []) + [.loadPlan(seriesId: seriesId)]
    }

    /// A plan arrived: for the series the planner is opening, or for the series just made.
    mutating func receivePlan(_ plan: SeriesPlan) {
        guard screen == .planner || screen == .newSeries else { return }
        if screen == .newSeries {
            status = .plan(.created(name: plan.series.name))
            newSeries = nil
            screen = .planner
            plannerState = PlannerState(seriesId: plan.id)
        } else if plannerState.plan?.id != plan.id {
            plannerState = PlannerState(seriesId: plan.id)
        }
        plannerState.plan = plan
        clampPlannerCursor()
        refreshWarnings()
        // Back on the start screen, the cursor stands on this series.
        start.select(seriesId: plan.id)
    }

    mutating func planFailed(_ message: String) {
        switch screen {
        case .newSeries:
            status = .plan(.createFailed(message))
        case .planner where plannerState.plan == nil:
            status = .plan(.loadFailed(message))
            screen = .start
            plannerState = PlannerState()
        default:
            status = .plan(.saveFailed(message))
        }
    }

    /// Checks the plan against the rules again; cached so drawing stays cheap.
    mutating func refreshWarnings() {
        guard let plan = plannerState.plan, let library else {
            plannerState.warnings = []
            return
        }
        plannerState.warnings = PlanRules.check(plan, library: library)
        if let selected = plannerState.warningSelection {
            plannerState.warningSelection =
                plannerState.warnings.isEmpty ? nil : min(selected, plannerState.warnings.count - 1)
        }
    }

    /// Makes `plan` the planner's plan and asks for it to be stored; an edit that changed
    /// nothing stores nothing. Each edit is one transaction, and warnings never stop it.
    mutating func commit(_ plan: SeriesPlan) -> [Effect] {
        guard plan != plannerState.plan else { return [] }
        // A meeting that runs or ran is a record of what happened; live mode's records hang
        // on its blocks, so its plan is no longer the trainer's to change.
        if let old = plannerState.plan,
            let held = old.meetings.first(where: { meeting in
                meeting.meeting.state != .planned && plan.meetings.first { $0.id == meeting.id } != meeting
            })
        {
            status = .plan(.meetingHeld(number: held.meeting.number))
            clampPlannerCursor()
            return []
        }
        plannerState.plan = plan
        clampPlannerCursor()
        refreshWarnings()
        return [.savePlan(plan)]
    }

    private mutating func clampPlannerCursor() {
        guard let plan = plannerState.plan, !plan.meetings.isEmpty else {
            plannerState.meeting = 0
            plannerState.block = 0
            return
        }
        plannerState.meeting = min(max(plannerState.meeting, 0), plan.meetings.count - 1)
        let count = plan.meetings[plannerState.meeting].blocks.count
        plannerState.block = min(max(plannerState.block, 0), max(count - 1, 0))
    }

    /// Rows a page key moves in a meeting's agenda.
    var plannerPageSize: Int { max(1, size.height / 3) }

    // MARK: - The agenda

    mutating func performInPlanner(_ command: Command) -> [Effect] {
        status = nil
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
            clampPlannerCursor()
        case .open:
            if hasBlock { plannerState.editor = BlockEditor() }
        case .addBlock:
            plannerState.block = plan.addBlock(meeting: m, after: blockCount == 0 ? nil : b, ids: ids) ?? b
            return commit(plan)
        case .removeBlock:
            plannerState.block = plan.removeBlock(meeting: m, block: b) ?? 0
            return commit(plan)
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
            guard let index = plan.addMeeting(kind: .extra, method: library?.method(plan.series.methodId), ids: ids) else {
                return []
            }
            (plannerState.meeting, plannerState.block) = (index, 0)
            return commit(plan)
        case .addAftercare:
            let method = library?.method(plan.series.methodId)
            let starts = aftercareStart(plan, weeks: method?.aftercare?.weeks)
            guard let index = plan.addMeeting(kind: .aftercare, method: method, startsAt: starts, ids: ids) else {
                status = .plan(.aftercareExists)
                return []
            }
            (plannerState.meeting, plannerState.block) = (index, 0)
            return commit(plan)
        case .removeMeeting:
            guard plan.removeMeeting(m) else {
                status = .plan(.meetingStays)
                return []
            }
            (plannerState.meeting, plannerState.block) = (max(0, m - 1), 0)
            return commit(plan)
        case .closeOverlay:
            return leavePlanner()
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Back to the start screen, which reads the series again (a plan may add meetings).
    private mutating func leavePlanner() -> [Effect] {
        screen = .start
        plannerState = PlannerState()
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
        status = nil
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

    // MARK: - The block editor

    mutating func performInBlockEditor(_ command: Command) -> [Effect] {
        status = nil
        guard var editor = plannerState.editor, var plan = plannerState.plan, let block = plannerState.currentBlock
        else {
            plannerState.editor = nil
            return []
        }
        let (m, b) = (plannerState.meeting, plannerState.block)
        let rows = BlockEditor.rows(promptCount: block.prompts.count)
        if let row = command.moved(from: editor.row, last: rows.count - 1, page: rows.count) {
            plannerState.editor?.row = row
            return []
        }
        let row = editor.current(promptCount: block.prompts.count)
        switch command {
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            switch row {
            case .kind:
                plan.meetings[m].blocks[b].kind = Self.cycle(BlockKind.allCases, from: block.kind, by: step)
            case .form:
                let forms = library?.base?.workingForms.map(\.id) ?? []
                guard !forms.isEmpty else { return [] }
                plan.meetings[m].blocks[b].form = Self.cycle(forms, from: block.form, by: step)
            case .theme:
                let themes: [String?] = [nil] + (library?.themes.map { Optional($0.id) } ?? [])
                plan.meetings[m].blocks[b].theme = Self.cycle(themes, from: block.theme, by: step)
                // A theme the trainer sets is no longer the group's own choice: the ramp rules apply.
                plan.meetings[m].blocks[b].chosenByGroup = false
            case .minutes:
                plan.changeMinutes(meeting: m, block: b, by: step)
            default:
                return []
            }
            return commit(plan)
        case .moreMinutes, .fewerMinutes:
            plan.changeMinutes(meeting: m, block: b, by: command == .moreMinutes ? 1 : -1)
            return commit(plan)
        case .edit:
            switch row {
            case .title: editor.typing = block.title
            case .guidance: editor.typing = block.guidance
            default: return []
            }
            plannerState.editor = editor
        case .removePrompt:
            guard case .prompt(let index) = row, block.prompts.indices.contains(index) else { return [] }
            plan.togglePrompt(block.prompts[index], meeting: m, block: b)
            plannerState.editor?.row = min(editor.row, BlockEditor.fields.count + block.prompts.count - 2)
            return commit(plan)
        case .pickPrompts:
            plannerState.picker = PromptPicker()
        case .closeOverlay:
            plannerState.editor = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInBlockEditorText(_ command: Command) -> [Effect] {
        guard let typed = plannerState.editor?.typing else { return [] }
        switch command {
        case .deleteBackward:
            plannerState.editor?.typing = String(typed.dropLast())
        case .closeOverlay:
            plannerState.editor?.typing = nil
        case .confirm:
            guard var plan = plannerState.plan, let editor = plannerState.editor, let block = plannerState.currentBlock
            else { return [] }
            let (m, b) = (plannerState.meeting, plannerState.block)
            let text = typed.trimmingCharacters(in: .whitespaces)
            switch editor.current(promptCount: block.prompts.count) {
            case .title:
                guard !text.isEmpty else {
                    status = .plan(.titleRequired)
                    return []
                }
                plan.meetings[m].blocks[b].title = text
            case .guidance:
                plan.meetings[m].blocks[b].guidance = text
            default: break
            }
            status = nil
            plannerState.editor?.typing = nil
            return commit(plan)
        case .redraw: return [.redrawAll]
        case .help: overlay = .help(offset: 0)
        default: break
        }
        return []
    }

    /// Text typed on the planner: into a field of the block or meeting editor, or the picker's search.
    mutating func typeInPlanner(_ text: String) {
        switch plannerState.inputMode {
        case .blockEditorText:
            plannerState.editor?.typing? += text
        case .meetingEditorText:
            plannerState.meetingEditor?.typing? += text
        case .promptSearch:
            let query = plannerState.picker?.query ?? ""
            plannerState.picker?.query = query + text
            plannerState.picker?.selection = 0
        default: break
        }
    }

    /// The element `step` places after `current` in `all`, going round; the first when
    /// `current` is not in it.
    static func cycle<T: Equatable>(_ all: [T], from current: T, by step: Int) -> T {
        guard let index = all.firstIndex(of: current) else { return all[0] }
        return all[((index + step) % all.count + all.count) % all.count]
    }

    // MARK: - The prompt picker

    /// The prompts the picker lists now.
    package var pickerPrompts: [Prompt] {
        guard let picker = plannerState.picker, let block = plannerState.currentBlock, let library,
            let plan = plannerState.plan
        else { return [] }
        return picker.prompts(for: block, groups: plan.series.groups, library: library)
    }

    mutating func performInPromptPicker(_ command: Command) -> [Effect] {
        status = nil
        guard let picker = plannerState.picker else { return [] }
        let prompts = pickerPrompts
        if let row = command.moved(from: picker.selection, last: prompts.count - 1, page: plannerPageSize) {
            plannerState.picker?.selection = row
            return []
        }
        switch command {
        case .toggle:
            guard var plan = plannerState.plan, prompts.indices.contains(picker.selection) else { return [] }
            plan.togglePrompt(
                prompts[picker.selection].id, meeting: plannerState.meeting, block: plannerState.block)
            return commit(plan)
        case .allThemes:
            plannerState.picker = PromptPicker(scope: picker.scope == .theme ? .all : .theme)
        case .search:
            plannerState.picker?.query = ""
            plannerState.picker?.typing = true
            plannerState.picker?.selection = 0
        case .closeOverlay:
            // Esc leaves the search results first, then the picker.
            if picker.query != nil {
                plannerState.picker?.query = nil
                plannerState.picker?.selection = 0
            } else {
                plannerState.picker = nil
            }
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInPromptSearch(_ command: Command) -> [Effect] {
        guard let picker = plannerState.picker else { return [] }
        if let row = command.moved(from: picker.selection, last: pickerPrompts.count - 1, page: plannerPageSize) {
            plannerState.picker?.selection = row
            return []
        }
        switch command {
        case .submit:
            plannerState.picker?.typing = false
            if picker.query?.isEmpty ?? true { plannerState.picker?.query = nil }
        case .closeOverlay:
            plannerState.picker = PromptPicker(scope: picker.scope)
        case .deleteBackward:
            if let query = picker.query, !query.isEmpty {
                plannerState.picker?.query = String(query.dropLast())
                plannerState.picker?.selection = 0
            } else {
                plannerState.picker = PromptPicker(scope: picker.scope)
            }
        case .redraw: return [.redrawAll]
        default: break
        }
        return []
    }

    // MARK: - The checklist

    mutating func performInChecklist(_ command: Command) -> [Effect] {
        status = nil
        guard let selected = plannerState.checklist else { return [] }
        let items = PreparationItem.allCases
        if let row = command.moved(from: selected, last: items.count - 1, page: items.count) {
            plannerState.checklist = row
            return []
        }
        switch command {
        case .toggle:
            guard var plan = plannerState.plan else { return [] }
            let item = items[selected]
            if plan.checklist.contains(item) {
                plan.checklist.remove(item)
            } else {
                plan.checklist.insert(item)
            }
            return commit(plan)
        case .closeOverlay, .checklist:
            plannerState.checklist = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }
}

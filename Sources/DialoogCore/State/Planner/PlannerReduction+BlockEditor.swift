import Foundation

/// The block editor over the planner: a block's kind, form, theme, minutes, title, guidance
/// and prompts.
extension PlannerReduction {
    mutating func performInBlockEditor(_ command: Command) -> [Effect] {
        outcome.status = .clear
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
                plan.meetings[m].blocks[b].kind = cycled(BlockKind.allCases, from: block.kind, by: step)
            case .form:
                let forms = library?.base?.workingForms.map(\.id) ?? []
                guard !forms.isEmpty else { return [] }
                plan.meetings[m].blocks[b].form = cycled(forms, from: block.form, by: step)
            case .theme:
                let themes: [String?] = [nil] + (library?.themes.map { Optional($0.id) } ?? [])
                plan.meetings[m].blocks[b].theme = cycled(themes, from: block.theme, by: step)
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
            case .materials: editor.typing = block.materials
            // A number starts empty: what is typed replaces the minutes, Enter on nothing keeps them.
            case .minutes: editor.typing = ""
            // A theme or working form is chosen from a list narrowed by typing.
            case .theme, .form:
                let subject: ChoicePicker.Subject = row == .theme ? .theme : .form
                let current = row == .theme ? block.theme : block.form
                let at = ChoicePicker.all(subject, library: library).firstIndex { $0.id == current } ?? 0
                editor.choosing = ChoicePicker(subject: subject, selection: at)
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
        case .undo:
            return undoLast()
        case .closeOverlay:
            plannerState.editor = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInBlockEditorText(_ command: Command) -> [Effect] {
        guard let typed = plannerState.editor?.typing else { return [] }
        if let edit = command.textEdit {
            plannerState.editor?.field?.apply(edit)
            return []
        }
        switch command {
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
                    outcome.status = .show(.plan(.titleRequired))
                    return []
                }
                plan.meetings[m].blocks[b].title = text
            case .guidance:
                plan.meetings[m].blocks[b].guidance = text
            case .materials:
                plan.meetings[m].blocks[b].materials = String(text.prefix(PlanBlock.materialsLength))
            case .minutes where !text.isEmpty:
                switch NumberEntry.parse(text, in: PlanBlock.minuteRange) {
                case .success(let minutes): plan.meetings[m].blocks[b].minutes = minutes
                case .failure(let problem):
                    // The field stays open with what was typed, to be put right.
                    outcome.status = .show(.plan(.badNumber(problem)))
                    return []
                }
            default: break
            }
            outcome.status = .clear
            plannerState.editor?.typing = nil
            return commit(plan)
        case .redraw: return [.redrawAll]
        case .help: outcome.requests.append(.openHelp)
        default: break
        }
        return []
    }
}

/// The type-ahead list over the block editor: typing narrows it, ↑↓ move, Enter takes the
/// value under the cursor and saves it, Esc leaves the block as it was.
extension PlannerReduction {
    mutating func performInChoicePicker(_ command: Command) -> [Effect] {
        guard var picker = plannerState.choosing else { return [] }
        let items = picker.items(library: library)
        if let edit = command.textEdit {
            if picker.filter.apply(edit) { picker.selection = 0 }
            plannerState.choosing = picker
            return []
        }
        if let row = command.moved(from: picker.selection, last: items.count - 1, page: plannerPageSize) {
            plannerState.choosing?.selection = row
            return []
        }
        switch command {
        case .submit, .confirm:
            guard items.indices.contains(picker.selection), var plan = plannerState.plan else { return [] }
            let (m, b) = (plannerState.meeting, plannerState.block)
            let chosen = items[picker.selection].id
            switch picker.subject {
            case .theme:
                guard plannerState.currentBlock != nil else { return [] }
                plan.meetings[m].blocks[b].theme = chosen
                // A theme the trainer sets is no longer the group's own choice: the ramp rules apply.
                plan.meetings[m].blocks[b].chosenByGroup = false
            case .form:
                guard let chosen, plannerState.currentBlock != nil else { return [] }
                plan.meetings[m].blocks[b].form = chosen
            case .block(let method):
                let template = ChoicePicker.newBlocks(method: method, library: library).first { $0.item.id == chosen }
                let count = plannerState.currentMeeting?.blocks.count ?? 0
                guard let template,
                    let at = plan.addBlock(meeting: m, after: count == 0 ? nil : b, ids: ids, template: template.block)
                else { return [] }
                plannerState.adding = nil
                plannerState.block = at
                return commit(plan)
            case .topic:
                plannerState.topic = nil
                return swapTopic(to: chosen, in: &plan)
            case .template:
                // The new-series form's list (`NewSeriesForm.chooseTemplate`), never the planner's.
                plannerState.choosing = nil
                return []
            }
            plannerState.editor?.choosing = nil
            return commit(plan)
        case .closeOverlay:
            plannerState.choosing = nil
        case .redraw:
            return [.redrawAll]
        case .help:
            outcome.requests.append(.openHelp)
        default:
            break
        }
        return []
    }
}

import Foundation

/// The prompt picker and the preparation checklist over the planner.
extension PlannerReduction {
    /// The prompts the picker lists now.
    var pickerPrompts: [Prompt] { plannerState.pickerPrompts(library: library) }

    mutating func performInPromptPicker(_ command: Command) -> [Effect] {
        outcome.status = .clear
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
        case .deleteBackward where picker.query?.isEmpty ?? true:
            // Backspace with nothing typed leaves the search.
            plannerState.picker = PromptPicker(scope: picker.scope)
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit else { break }
            _ = plannerState.picker?.edit(textEdit)
        case .redraw: return [.redrawAll]
        default: break
        }
        return []
    }

    // MARK: - The checklist

    mutating func performInChecklist(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let selected = plannerState.checklist else { return [] }
        let items = PreparationItem.allCases
        let own = plannerState.plan?.ownChecklist ?? []
        let count = items.count + own.count
        if let row = command.moved(from: selected, last: count - 1, page: count) {
            plannerState.checklist = row
            return []
        }
        // The series' own item under the cursor, if it is one.
        let ownIndex = selected - items.count
        let ownItem = own.indices.contains(ownIndex) ? own[ownIndex] : nil
        switch command {
        case .toggle:
            guard var plan = plannerState.plan else { return [] }
            if let ownItem {
                plan.ownChecklist[ownIndex].done = !ownItem.done
                return commit(plan)
            }
            guard items.indices.contains(selected) else { return [] }
            let item = items[selected]
            if plan.checklist.contains(item) {
                plan.checklist.remove(item)
            } else {
                plan.checklist.insert(item)
            }
            return commit(plan)
        case .addChecklistItem:
            plannerState.checklistTyping = ChecklistTyping()
        case .renameChecklistItem:
            guard let ownItem else {
                outcome.status = .show(.plan(.checklistItemFixed))
                return []
            }
            plannerState.checklistTyping = ChecklistTyping(item: ownItem.id, text: ownItem.text)
        case .removeChecklistItem:
            guard let ownItem, var plan = plannerState.plan else {
                outcome.status = .show(.plan(.checklistItemFixed))
                return []
            }
            plan.ownChecklist.remove(at: ownIndex)
            let change = PlanChange.removeChecklistItem(text: ownItem.text)
            let effects = commit(plan, change: change)
            if !effects.isEmpty {
                plannerState.checklist = min(selected, items.count + plan.ownChecklist.count - 1)
                outcome.status = .show(.plan(.removed(change)))
            }
            return effects
        case .undo:
            return undoLast()
        case .closeOverlay, .checklist:
            plannerState.checklist = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Typing an own item: Enter keeps it (a new one at the end of the list, under the
    /// cursor), Esc leaves it as it was; an empty or too long text is said and stays to put right.
    mutating func performInChecklistText(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let typing = plannerState.checklistTyping else { return [] }
        if let edit = command.textEdit {
            plannerState.checklistTyping?.field.apply(edit)
            return []
        }
        switch command {
        case .confirm, .submit:
            guard var plan = plannerState.plan else { return [] }
            guard let text = OwnPreparation.cleaned(typing.field.text) else {
                outcome.status = .show(.plan(.badChecklistItem(max: OwnPreparation.maxLength)))
                return []
            }
            plannerState.checklistTyping = nil
            if let id = typing.item, let index = plan.ownChecklist.firstIndex(where: { $0.id == id }) {
                plan.ownChecklist[index].text = text
            } else {
                plan.ownChecklist.append(OwnPreparation(id: ids.next(), text: text))
                plannerState.checklist = PreparationItem.allCases.count + plan.ownChecklist.count - 1
            }
            return commit(plan)
        case .closeOverlay:
            plannerState.checklistTyping = nil
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

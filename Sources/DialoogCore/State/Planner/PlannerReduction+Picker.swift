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
        case .undo:
            return undoLast()
        case .closeOverlay, .checklist:
            plannerState.checklist = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }
}

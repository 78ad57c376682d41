/// The planner's reducer: the agenda and the panels over it, by input mode.
extension PlannerState: FeatureSlice {
    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        var reduction = PlannerReduction(plannerState: self, context: context)
        let effects: [Effect]
        switch inputMode {
        case .plannerConfirm: effects = reduction.performInConfirm(command)
        case .plannerWarnings: effects = reduction.performInWarnings(command)
        case .blockEditor: effects = reduction.performInBlockEditor(command)
        case .blockEditorText: effects = reduction.performInBlockEditorText(command)
        case .choicePicker: effects = reduction.performInChoicePicker(command)
        case .promptPicker: effects = reduction.performInPromptPicker(command)
        case .promptSearch: effects = reduction.performInPromptSearch(command)
        case .checklist: effects = reduction.performInChecklist(command)
        case .checklistText: effects = reduction.performInChecklistText(command)
        case .templateName: effects = reduction.performInTemplateName(command)
        case .newSeries, .newSeriesText: effects = reduction.performInDetails(command)
        case .meetingEditor: effects = reduction.performInMeetingEditor(command)
        case .meetingEditorText: effects = reduction.performInMeetingEditorText(command)
        default: effects = reduction.performInPlanner(command)
        }
        self = reduction.plannerState
        return Outcome(effects) + reduction.outcome
    }

    /// Text typed on the planner: into a field of the block or meeting editor, or the picker's search.
    package mutating func type(_ text: String) {
        switch inputMode {
        case .blockEditorText:
            editor?.field?.apply(.insert(text))
        case .choicePicker:
            choosing?.filter.apply(.insert(text))
            choosing?.selection = 0
        case .meetingEditorText:
            meetingEditor?.field?.apply(.insert(text))
        case .checklistText:
            checklistTyping?.field.apply(.insert(text))
        case .templateName:
            templateName?.apply(.insert(text))
        case .newSeriesText:
            details?.type(text)
        case .promptSearch:
            _ = picker?.edit(.insert(text))
            picker?.selection = 0
        default: break
        }
    }

    /// Checks the plan against the rules again; cached so drawing stays cheap.
    package mutating func refreshWarnings(library: Library?) {
        guard let plan, let library else {
            warnings = []
            return
        }
        warnings = PlanRules.check(plan, library: library, ledger: ledger)
        if let selected = warningSelection {
            warningSelection = warnings.isEmpty ? nil : min(selected, warnings.count - 1)
        }
    }

    /// Keeps the cursor on a meeting and a block that exist.
    package mutating func clampCursor() {
        guard let plan, !plan.meetings.isEmpty else {
            meeting = 0
            block = 0
            return
        }
        meeting = min(max(meeting, 0), plan.meetings.count - 1)
        let count = plan.meetings[meeting].blocks.count
        block = min(max(block, 0), max(count - 1, 0))
    }

    /// The prompts the picker lists now.
    package func pickerPrompts(library: Library?) -> [Prompt] {
        guard let picker, let block = currentBlock, let library, let plan else { return [] }
        return picker.prompts(for: block, groups: plan.series.groups, library: library)
    }

    /// The help entries the meeting editor lists for the meeting under the cursor: those for
    /// its themes first, then the rest (`Library.helpChoices`).
    package func meetingEditorHelp(library: Library?) -> [HelpEntry] {
        guard let library, let plan, let meeting = currentMeeting else { return [] }
        return library.helpChoices(
            themes: meeting.blocks.compactMap(\.theme), municipality: plan.series.municipality,
            card: meeting.meeting.helpCard)
    }
}

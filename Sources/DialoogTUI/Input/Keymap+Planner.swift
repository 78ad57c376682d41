import DialoogCore

/// The planner's keys, with its editors and the new-series form.
extension Keymap {
    /// The planner and what opens over it: block editor, prompt picker, checklist, meeting
    /// editor, warnings.
    static func planner(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let general: (InputMode) -> [Binding] = { mode in
            [
                bind(mode, [.character("?"), .function(1)], .help, true),
                bind(mode, [.character(":")], .openCommandLine, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        let planner =
            moving(.planner) + [
                bind(.planner, [.left, .character("h")], .previousMeeting, true),
                bind(.planner, [.right, .character("l")], .nextMeeting, true),
                bind(.planner, [.enter], .open, true),
                bind(.planner, [.character("a")], .addBlock, true),
                bind(.planner, [.character("p")], .pickPrompts, true),
                bind(.planner, [.character("c")], .checklist, true),
            ] + general(.planner) + [
                bind(.planner, [.escape, .character("q")], .closeOverlay, true),
                bind(.planner, [.character("w")], .warnings, true),
                // Last in the hint line: shown only where the line has room for it.
                bind(.planner, [.character("m")], .editMeeting, true),
                bind(.planner, [.character("x")], .removeBlock, false),
                bind(.planner, [.character("A")], .addTemplateBlock, false),
                bind(.planner, [.character("T")], .swapTopic, false),
                bind(.planner, [.character("e")], .editSeries, false),
                bind(.planner, [.character("D")], .eraseSeries, false),
                bind(.planner, [.character("C")], .duplicateSeries, false),
                bind(.planner, [.character("S")], .saveTemplate, false),
                bind(.planner, [.character("K")], .moveBlockUp, false),
                bind(.planner, [.character("J")], .moveBlockDown, false),
                bind(.planner, [.character("y")], .duplicateBlock, false),
                bind(.planner, [.character("+"), .character("=")], .moreMinutes, false),
                bind(.planner, [.character("-")], .fewerMinutes, false),
                bind(.planner, [.character("M")], .addMeeting, false),
                bind(.planner, [.character("N")], .addAftercare, false),
                bind(.planner, [.character("X")], .removeMeeting, false),
                bind(.planner, [.character("P")], .printPlan, false),
                bind(.planner, [.character("u")], .undo, false),
            ]
        // x and X ask first; only j (or y, or Enter) removes.
        let confirm = [
            bind(.plannerConfirm, [.character("j"), .character("y"), .enter], .confirm, true),
            bind(.plannerConfirm, [.character("n"), .escape, .character("q")], .closeOverlay, true),
            bind(.plannerConfirm, [.control("l")], .redraw, false),
        ]
        let warnings =
            moving(.plannerWarnings) + [
                bind(.plannerWarnings, [.enter], .open, true),
                bind(.plannerWarnings, [.escape, .character("q")], .closeOverlay, true),
                bind(.plannerWarnings, [.character("w")], .warnings, false),
            ] + general(.plannerWarnings)
        let editor =
            moving(.blockEditor) + [
                bind(.blockEditor, [.left, .character("h")], .previousChoice, true),
                bind(.blockEditor, [.right, .character("l")], .nextChoice, true),
                bind(.blockEditor, [.enter], .edit, true),
                bind(.blockEditor, [.character("p")], .pickPrompts, true),
                bind(.blockEditor, [.character("x")], .removePrompt, true),
                bind(.blockEditor, [.escape, .character("q")], .closeOverlay, true),
                bind(.blockEditor, [.character("+"), .character("=")], .moreMinutes, false),
                bind(.blockEditor, [.character("-")], .fewerMinutes, false),
                bind(.blockEditor, [.character("u")], .undo, false),
            ] + general(.blockEditor)
        let editorText = [
            bind(.blockEditorText, [.enter], .confirm, true),
            bind(.blockEditorText, [.escape], .closeOverlay, true),
            bind(.blockEditorText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.blockEditorText, [.function(1)], .help, false),
            bind(.blockEditorText, [.control("l")], .redraw, false),
        ]
        // Themes and working forms, narrowed by typing: letters type, ↑↓ move, Enter takes.
        let choice = [
            bind(.choicePicker, [.enter], .submit, true),
            bind(.choicePicker, [.up], .moveUp, true),
            bind(.choicePicker, [.down], .moveDown, true),
            bind(.choicePicker, [.escape], .closeOverlay, true),
            bind(.choicePicker, [.backspace, .control("h")], .deleteBackward, false),
            bind(.choicePicker, [.function(1)], .help, false),
            bind(.choicePicker, [.control("l")], .redraw, false),
        ]
        let picker =
            moving(.promptPicker) + [
                bind(.promptPicker, [.character(" "), .enter], .toggle, true),
                bind(.promptPicker, [.tab, .character("t")], .allThemes, true),
                bind(.promptPicker, [.character("/")], .search, true),
                bind(.promptPicker, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.promptPicker)
        let search = [
            bind(.promptSearch, [.enter], .submit, true),
            bind(.promptSearch, [.up], .moveUp, false),
            bind(.promptSearch, [.down], .moveDown, false),
            bind(.promptSearch, [.escape], .closeOverlay, true),
            bind(.promptSearch, [.backspace, .control("h")], .deleteBackward, false),
            bind(.promptSearch, [.control("l")], .redraw, false),
        ]
        let checklist =
            moving(.checklist) + [
                bind(.checklist, [.character(" "), .enter], .toggle, true),
                bind(.checklist, [.escape, .character("q")], .closeOverlay, true),
                bind(.checklist, [.character("a")], .addChecklistItem, true),
                bind(.checklist, [.character("r")], .renameChecklistItem, false),
                bind(.checklist, [.character("x")], .removeChecklistItem, false),
                bind(.checklist, [.character("c")], .checklist, false),
                bind(.checklist, [.character("u")], .undo, false),
            ] + general(.checklist)
        let checklistText = [
            bind(.checklistText, [.enter], .confirm, true),
            bind(.checklistText, [.escape], .closeOverlay, true),
            bind(.checklistText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.checklistText, [.function(1)], .help, false),
            bind(.checklistText, [.control("l")], .redraw, false),
        ]
        let templateName = [
            bind(.templateName, [.enter], .confirm, true),
            bind(.templateName, [.escape], .closeOverlay, true),
            bind(.templateName, [.backspace, .control("h")], .deleteBackward, false),
            bind(.templateName, [.function(1)], .help, false),
            bind(.templateName, [.control("l")], .redraw, false),
        ]
        let meetingEditor =
            moving(.meetingEditor) + [
                bind(.meetingEditor, [.left, .character("h")], .previousChoice, true),
                bind(.meetingEditor, [.right, .character("l")], .nextChoice, true),
                bind(.meetingEditor, [.enter], .edit, true),
                bind(.meetingEditor, [.character(" ")], .toggle, true),
                bind(.meetingEditor, [.escape, .character("q")], .closeOverlay, true),
                // The panel itself says what r does, so it may drop off a narrow hint line.
                bind(.meetingEditor, [.character("r")], .refillHelpCard, true),
                bind(.meetingEditor, [.character("a")], .newLocalHelp, false),
                bind(.meetingEditor, [.character("u")], .undo, false),
            ] + general(.meetingEditor)
        let meetingEditorText = [
            bind(.meetingEditorText, [.enter], .confirm, true),
            bind(.meetingEditorText, [.escape], .closeOverlay, true),
            bind(.meetingEditorText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.meetingEditorText, [.function(1)], .help, false),
            bind(.meetingEditorText, [.control("l")], .redraw, false),
        ]
        return planner + confirm + warnings + editor + editorText + choice + picker + search + checklist
            + checklistText + templateName + meetingEditor + meetingEditorText
    }

    /// The new-series form: on a chosen field keys choose and tick, on a typed field they type.
    static func newSeries() -> [Binding] {
        // s on a chosen field (the form opens on the method): start from a template.
        form(choosing: .newSeries, typing: .newSeriesText, toggles: true) + [
            binding(.newSeries, [.character("s")], .chooseTemplate, true)
        ]
    }

    /// A form of fields, some chosen and some typed (the new-series form, the local help
    /// form): Tab and ↑↓ go from field to field; on a chosen field ←→ choose (and space ticks,
    /// where the form has lists to tick); on a typed field keys type.
    static func form(choosing choosingMode: InputMode, typing: InputMode, toggles: Bool) -> [Binding] {
        let bind = binding
        return [choosingMode, typing].flatMap { mode -> [Binding] in
            let choosing = mode == choosingMode
            var keys: [Binding] = [
                bind(mode, [.tab, .down], .nextField, true),
                bind(mode, [.backTab, .up], .previousField, false),
            ]
            if choosing {
                keys.append(bind(mode, [.left], .previousChoice, true))
                keys.append(bind(mode, [.right], .nextChoice, true))
                if toggles { keys.append(bind(mode, [.character(" ")], .toggle, true)) }
            }
            keys.append(bind(mode, [.enter], .confirm, true))
            keys.append(bind(mode, [.escape], .closeOverlay, true))
            if !choosing { keys.append(bind(mode, [.backspace, .control("h")], .deleteBackward, false)) }
            if !choosing, typing == .newSeriesText { keys.append(bind(mode, [.control("t")], .takeSuggestion, false)) }
            keys.append(bind(mode, choosing ? [.character("?"), .function(1)] : [.function(1)], .help, false))
            keys.append(bind(mode, [.control("l")], .redraw, false))
            return keys
        }
    }
}

import DialoogCore

/// The keys of the evaluation form, the overzicht and the series summary.
extension Keymap {
    /// The evaluation form: ↑↓ go from field to field, the other keys work on the field under
    /// the cursor, and a field that is typed in takes letters as text.
    static func evaluation(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let form =
            moving(.evaluation) + [
                bind(.evaluation, [.left, .character("h")], .stepBack, true),
                bind(.evaluation, [.right, .character("l")], .stepForward, true),
                // +/- are in the detail's own line of keys, which names what they count.
                bind(.evaluation, [.character("+"), .character("=")], .increase, false),
                bind(.evaluation, [.character("-")], .decrease, false),
                bind(.evaluation, [.character("q"), .escape], .closeEvaluation, true),
                bind(.evaluation, [.character("?"), .function(1)], .help, true),
                // Last in the hint line: the detail's own line of keys names them too.
                bind(.evaluation, [.character(" ")], .toggleField, true),
                bind(.evaluation, [.enter], .editField, true),
                bind(.evaluation, [.character("1")], .score1, false),
                bind(.evaluation, [.character("2")], .score2, false),
                bind(.evaluation, [.character("3")], .score3, false),
                bind(.evaluation, [.character("4")], .score4, false),
                bind(.evaluation, [.character("5")], .score5, false),
                bind(.evaluation, [.character("0"), .backspace], .clearValue, false),
                bind(.evaluation, [.character("x"), .delete], .removeLine, false),
                bind(.evaluation, [.character("i")], .planIntervisie, false),
                // A capital: the evaluation of another must not be unlocked by a stray key.
                bind(.evaluation, [.character("E")], .unlockEvaluation, false),
                bind(.evaluation, [.character(":")], .openCommandLine, false),
                bind(.evaluation, [.control("l")], .redraw, false),
            ]
        let typing = [
            bind(.evaluationText, [.enter], .confirm, true),
            bind(.evaluationText, [.escape], .closeOverlay, true),
            bind(.evaluationText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.evaluationText, [.function(1)], .help, false),
            bind(.evaluationText, [.control("l")], .redraw, false),
        ]
        let confirmEdit = [
            bind(.evaluationConfirmEdit, [.character("j"), .character("y")], .confirm, true),
            bind(.evaluationConfirmEdit, [.escape, .character("q"), .character("n")], .closeOverlay, true),
            bind(.evaluationConfirmEdit, [.function(1)], .help, false),
            bind(.evaluationConfirmEdit, [.control("l")], .redraw, false),
        ]
        return form + typing + confirmEdit
    }

    /// The overzicht with its tabs, filters and target, and the series summary.
    static func overview(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let general: (InputMode) -> [Binding] = { mode in
            [
                bind(mode, [.character("?"), .function(1)], .help, true),
                bind(mode, [.character(":")], .openCommandLine, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        // The tabs' keys; the follow-ups tab adds marking done and open again, the theme review
        // approving and rejecting a wording, the tables switching between their groupings.
        func tabs(_ mode: InputMode) -> [Binding] {
            let followUps = mode == .followUps
            let themes = mode == .themeReview
            let tables = mode == .overviewTables
            // The hint line is full with the overzicht's own keys; ↑↓ go without saying.
            let quietMoving = moving(mode).map { binding in
                var binding = binding
                binding.inHintLine = false
                return binding
            }
            return quietMoving
                + (followUps ? [bind(mode, [.character(" ")], .markDone, true)] : [])
                + (themes
                    ? [
                        bind(mode, [.character("a")], .approveTheme, true),
                        bind(mode, [.character("r")], .rejectTheme, true),
                    ] : [])
                + (tables ? [bind(mode, [.character("w")], .nextGrouping, true)] : [])
                + [
                    bind(mode, [.tab, .right, .character("l")], .nextTab, true),
                    bind(mode, [.backTab, .left, .character("h")], .previousTab, false),
                    bind(mode, [.enter], .open, !tables),
                ]
                // The status line says what u does when space has been pressed.
                + (followUps ? [bind(mode, [.character("u")], .markOpen, false)] : [])
                + [
                    bind(mode, [.character("f")], .filter, !followUps && !themes),
                    bind(mode, [.character("s")], .sort, !followUps && !themes && !tables),
                    bind(mode, [.character("t")], .setTarget, !followUps && !themes),
                    bind(mode, [.character("x")], .clearFilters, false),
                    bind(mode, [.character("P")], .exportReport, false),
                    bind(mode, [.character("E")], .exportBundle, false),
                    bind(mode, [.character("I")], .importBundle, false),
                    bind(mode, [.escape, .character("q")], .closeOverlay, true),
                ] + general(mode)
        }
        let filter =
            moving(.overviewFilter) + [
                bind(.overviewFilter, [.left, .character("h")], .previousChoice, true),
                bind(.overviewFilter, [.right, .character("l")], .nextChoice, true),
                bind(.overviewFilter, [.character("x")], .clearFilters, true),
                bind(.overviewFilter, [.escape, .enter, .character("q"), .character("f")], .closeOverlay, true),
            ] + general(.overviewFilter)
        // Digits are typed here, so letters other than x do nothing.
        let target =
            [
                bind(.overviewTarget, [.enter], .confirm, true),
                bind(.overviewTarget, [.left], .previousChoice, true),
                bind(.overviewTarget, [.right], .nextChoice, true),
                bind(.overviewTarget, [.character("x")], .removeTarget, true),
                bind(.overviewTarget, [.escape], .closeOverlay, true),
                bind(.overviewTarget, [.backspace, .control("h")], .deleteBackward, false),
            ] + general(.overviewTarget)
        // A file path and a key are typed here: every printable key is text.
        let bundle =
            [
                bind(.overviewBundle, [.enter], .confirm, true),
                bind(.overviewBundle, [.tab], .completePath, true),
                bind(.overviewBundle, [.down], .nextField, true),
                bind(.overviewBundle, [.backTab, .up], .previousField, false),
                bind(.overviewBundle, [.escape], .closeOverlay, true),
                bind(.overviewBundle, [.backspace, .control("h")], .deleteBackward, false),
            ] + general(.overviewBundle)
        let summary =
            moving(.summary) + [
                bind(.summary, [.left, .character("h")], .previousMeeting, true),
                bind(.summary, [.right, .character("l")], .nextMeeting, true),
                bind(.summary, [.enter], .open, true),
                bind(.summary, [.character("r")], .meetingRecords, true),
                bind(.summary, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.summary)
        // A meeting's record over the summary; withdrawing asks j/n first.
        let records =
            moving(.summaryRecords) + [
                bind(.summaryRecords, [.character("x"), .delete], .withdrawRecord, true),
                bind(.summaryRecords, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.summaryRecords)
        let confirmWithdraw = [
            bind(.summaryRecordsConfirm, [.character("j"), .character("y")], .confirm, true),
            bind(.summaryRecordsConfirm, [.escape, .character("q"), .character("n")], .closeOverlay, true),
            bind(.summaryRecordsConfirm, [.function(1)], .help, false),
            bind(.summaryRecordsConfirm, [.control("l")], .redraw, false),
        ]
        return tabs(.overview) + tabs(.followUps) + tabs(.themeReview) + tabs(.overviewTables) + filter + target
            + bundle + summary + records
            + confirmWithdraw
    }
}

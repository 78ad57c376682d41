import DialoogCore

/// Binds keys to commands per input mode. Keys never trigger behaviour directly: they become
/// a `Command` through this table, and the command goes to the reducer.
package struct Keymap: Sendable {
    package struct Binding: Equatable, Sendable {
        package var mode: InputMode
        package var keys: [Key]
        package var command: Command
        /// Shown in the key-hint line at the bottom of the screen.
        package var inHintLine: Bool
    }

    package var bindings: [Binding]

    package init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The command `key` means in `mode`, if any.
    package func command(for key: Key, in mode: InputMode) -> Command? {
        bindings.first { $0.mode == mode && $0.keys.contains(key) }?.command
    }

    /// The action a key produces: a bound command, or typed text in a text field.
    package func action(for key: Key, in mode: InputMode) -> Action? {
        // The privacy screen gives way to any key at all: nobody should have to think.
        if mode == .privacy { return .command(.closeOverlay) }
        if let command = command(for: key, in: mode) { return .command(command) }
        if mode.takesText, let text = key.typedText { return .insertText(text) }
        return nil
    }

    /// The action a bracketed paste produces: its text, made one line, in a mode that takes
    /// text; nothing anywhere else, so a pasted newline never acts as Enter and a pasted
    /// letter never fires a key of the screen behind.
    package func action(forPaste text: String, in mode: InputMode) -> Action? {
        guard mode.takesText, mode != .privacy else { return nil }
        let line = TextField.oneLine(text)
        return line.isEmpty ? nil : .insertText(line)
    }

    package func bindings(in mode: InputMode) -> [Binding] {
        bindings.filter { $0.mode == mode }
    }

    // MARK: - The default keys

    package static let standard: Keymap = {
        func bind(_ mode: InputMode, _ keys: [Key], _ command: Command, hint: Bool = false) -> Binding {
            Binding(mode: mode, keys: keys, command: command, inHintLine: hint)
        }
        let moving: (InputMode) -> [Binding] = { mode in
            let hint = mode != .libraryPage && mode != .help
            return [
                bind(mode, [.up, .character("k")], .moveUp, hint: hint),
                bind(mode, [.down, .character("j")], .moveDown, hint: hint),
                bind(mode, [.pageUp, .control("b")], .pageUp),
                bind(mode, [.pageDown, .control("f")], .pageDown),
                bind(mode, [.home, .character("g")], .moveFirst),
                bind(mode, [.end, .character("G")], .moveLast),
            ]
        }
        let own: [Binding] =
            moving(.start) + [
                bind(.start, [.enter], .open),
                bind(.start, [.character("r")], .runMeeting, hint: true),
                // Not in the hint line: at 80 columns it does not fit there; `?` lists it.
                bind(.start, [.character("e")], .evaluate),
                bind(.start, [.character("n")], .newSeries, hint: true),
                bind(.start, [.character("b")], .openLibrary, hint: true),
                bind(.start, [.character(":")], .openCommandLine),
                bind(.start, [.character("?"), .function(1)], .help, hint: true),
                bind(.start, [.control("l")], .redraw),
                bind(.start, [.character("q")], .quit, hint: true),
                // After q, so the hint line shows it where there is room (from about 82 columns; at 80
                // the line is full). The follow-ups say `v` themselves.
                bind(.start, [.character("o")], .openOverview, hint: true),
                bind(.start, [.character("v")], .showFollowUps),
            ] + moving(.library) + [
                bind(.library, [.enter, .right, .character("l")], .open, hint: true),
                bind(.library, [.tab], .nextTab, hint: true),
                bind(.library, [.backTab], .previousTab),
                bind(.library, [.character("/")], .search, hint: true),
                bind(.library, [.escape, .character("q"), .left, .character("h")], .closeOverlay, hint: true),
                bind(.library, [.character("?"), .function(1)], .help, hint: true),
                bind(.library, [.character(":")], .openCommandLine),
                bind(.library, [.control("l")], .redraw),
            ] + moving(.libraryPage) + [
                bind(.libraryPage, [.escape, .character("q"), .left, .character("h")], .closeOverlay, hint: true),
                bind(.libraryPage, [.character("/")], .search, hint: true),
                bind(.libraryPage, [.character("?"), .function(1)], .help, hint: true),
                bind(.libraryPage, [.character(":")], .openCommandLine),
                bind(.libraryPage, [.control("l")], .redraw),
                bind(.librarySearch, [.enter], .submit, hint: true),
                bind(.librarySearch, [.up], .moveUp),
                bind(.librarySearch, [.down], .moveDown),
                bind(.librarySearch, [.escape], .closeOverlay, hint: true),
                bind(.librarySearch, [.backspace, .control("h")], .deleteBackward),
                bind(.librarySearch, [.control("l")], .redraw),
            ] + planner(moving) + newSeries() + live(moving) + evaluation(moving) + overview(moving) + moving(.help) + [
                bind(.help, [.escape, .character("q"), .character("?")], .closeOverlay, hint: true),
                bind(.help, [.character(":")], .openCommandLine),
                bind(.help, [.control("l")], .redraw),
                bind(.commandLine, [.enter], .submit, hint: true),
                // Ctrl-C is no key here: the terminal turns it into SIGINT, which leaves dialoog.
                bind(.commandLine, [.escape], .closeOverlay, hint: true),
                bind(.commandLine, [.backspace, .control("h")], .deleteBackward),
                bind(.commandLine, [.control("l")], .redraw),
            ]
        let editingKeys = InputMode.allCases.filter(\.takesText).flatMap { mode in
            editing(mode, taken: Set(own.filter { $0.mode == mode }.flatMap(\.keys)))
        }
        return Keymap(bindings: own + editingKeys)
    }()

    /// The keys that edit the text in a field, in every mode that takes text. A key the mode
    /// already uses (← → choose an overzicht target) keeps its meaning there.
    private static func editing(_ mode: InputMode, taken: Set<Key>) -> [Binding] {
        let bind = binding
        let bindings = [
            bind(mode, [.left], .cursorLeft, false),
            bind(mode, [.right], .cursorRight, false),
            bind(mode, [.home, .control("a")], .cursorToStart, false),
            bind(mode, [.end, .control("e")], .cursorToEnd, false),
            bind(mode, [.alt("b"), .controlLeft], .wordLeft, false),
            bind(mode, [.alt("f"), .controlRight], .wordRight, false),
            bind(mode, [.delete], .deleteForward, false),
            bind(mode, [.control("u")], .deleteToStart, false),
            bind(mode, [.control("k")], .deleteToEnd, false),
            bind(mode, [.control("w")], .deleteWordBackward, false),
        ]
        return bindings.compactMap { binding in
            var binding = binding
            binding.keys.removeAll(where: taken.contains)
            return binding.keys.isEmpty ? nil : binding
        }
    }

    /// The planner and what opens over it: block editor, prompt picker, checklist, meeting
    /// editor, warnings.
    private static func planner(_ moving: (InputMode) -> [Binding]) -> [Binding] {
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
                bind(.planner, [.character("K")], .moveBlockUp, false),
                bind(.planner, [.character("J")], .moveBlockDown, false),
                bind(.planner, [.character("y")], .duplicateBlock, false),
                bind(.planner, [.character("+"), .character("=")], .moreMinutes, false),
                bind(.planner, [.character("-")], .fewerMinutes, false),
                bind(.planner, [.character("M")], .addMeeting, false),
                bind(.planner, [.character("N")], .addAftercare, false),
                bind(.planner, [.character("X")], .removeMeeting, false),
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
            ] + general(.blockEditor)
        let editorText = [
            bind(.blockEditorText, [.enter], .confirm, true),
            bind(.blockEditorText, [.escape], .closeOverlay, true),
            bind(.blockEditorText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.blockEditorText, [.function(1)], .help, false),
            bind(.blockEditorText, [.control("l")], .redraw, false),
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
                bind(.checklist, [.character("c")], .checklist, false),
            ] + general(.checklist)
        let meetingEditor =
            moving(.meetingEditor) + [
                bind(.meetingEditor, [.left, .character("h")], .previousChoice, true),
                bind(.meetingEditor, [.right, .character("l")], .nextChoice, true),
                bind(.meetingEditor, [.enter], .edit, true),
                bind(.meetingEditor, [.character(" ")], .toggle, true),
                bind(.meetingEditor, [.escape, .character("q")], .closeOverlay, true),
                // The panel itself says what r does, so it may drop off a narrow hint line.
                bind(.meetingEditor, [.character("r")], .refillHelpCard, true),
            ] + general(.meetingEditor)
        let meetingEditorText = [
            bind(.meetingEditorText, [.enter], .confirm, true),
            bind(.meetingEditorText, [.escape], .closeOverlay, true),
            bind(.meetingEditorText, [.backspace, .control("h")], .deleteBackward, false),
            bind(.meetingEditorText, [.function(1)], .help, false),
            bind(.meetingEditorText, [.control("l")], .redraw, false),
        ]
        return planner + warnings + editor + editorText + picker + search + checklist + meetingEditor
            + meetingEditorText
    }

    /// The new-series form: on a chosen field keys choose and tick, on a typed field they type.
    private static func newSeries() -> [Binding] {
        let bind = binding
        return [InputMode.newSeries, .newSeriesText].flatMap { mode in
            let choosing = mode == .newSeries
            return [
                bind(mode, [.tab, .down], .nextField, true),
                bind(mode, [.backTab, .up], .previousField, false),
            ]
                + (choosing
                    ? [
                        bind(mode, [.left], .previousChoice, true),
                        bind(mode, [.right], .nextChoice, true),
                        bind(mode, [.character(" ")], .toggle, true),
                    ] : [])
                + [
                    bind(mode, [.enter], .confirm, true),
                    bind(mode, [.escape], .closeOverlay, true),
                ]
                + (choosing ? [] : [bind(mode, [.backspace, .control("h")], .deleteBackward, false)])
                + [
                    bind(mode, choosing ? [.character("?"), .function(1)] : [.function(1)], .help, false),
                    bind(mode, [.control("l")], .redraw, false),
                ]
        }
    }

    /// Live mode and its panels. The help card, the privacy screen and undo are one key away
    /// in every panel that is not typing.
    private static func live(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let general: (InputMode) -> [Binding] = { mode in
            [
                bind(mode, [.character("!")], .helpCard, mode == .live),
                bind(mode, [.character("b"), .function(2)], .privacyScreen, mode == .live),
                // After the privacy screen: at 80 columns the hint line has room for that, not this.
                bind(mode, [.character("i")], .disclosure, mode == .live),
                bind(mode, [.character("u")], .undo, false),
                bind(mode, [.character("?"), .function(1)], .help, true),
                bind(mode, [.character(":")], .openCommandLine, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        let typing: (InputMode, Command) -> [Binding] = { mode, confirm in
            [
                bind(mode, [.enter], confirm, true),
                bind(mode, [.escape], .closeOverlay, true),
                bind(mode, [.backspace, .control("h")], .deleteBackward, false),
                // Letters are text here, so the privacy screen is on a function key.
                bind(mode, [.function(2)], .privacyScreen, false),
                bind(mode, [.function(1)], .help, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        let screen: [Binding] =
            [
                bind(.live, [.character(" ")], .toggleTimer, true),
                bind(.live, [.character("n"), .right], .nextBlock, true),
                bind(.live, [.character("p"), .left], .previousBlock, false),
                bind(.live, [.character("a")], .attendance, true),
                bind(.live, [.character("s")], .promptDeck, true),
            ] + general(.live) + [
                // After the safety keys: these may fall off the end of a narrow hint line.
                bind(.live, [.character("r")], .groundRules, true),
                bind(.live, [.character("m")], .note, true),
                bind(.live, [.character("v")], .signal, true),
                bind(.live, [.character("+"), .character("=")], .moreMinutes, false),
                bind(.live, [.character("-")], .fewerMinutes, false),
                bind(.live, [.character("e")], .endMeeting, false),
                bind(.live, [.character("q")], .leaveLive, false),
            ]
        let attendance =
            moving(.liveAttendance) + [
                bind(.liveAttendance, [.character(" "), .enter], .toggle, true),
                bind(.liveAttendance, [.character("+")], .addParticipant, true),
                bind(.liveAttendance, [.left, .character("h")], .previousChoice, true),
                bind(.liveAttendance, [.right, .character("l")], .nextChoice, true),
                bind(.liveAttendance, [.tab, .character("t")], .countMode, true),
                bind(.liveAttendance, [.escape, .character("q"), .character("a")], .closeOverlay, true),
            ] + general(.liveAttendance) + typing(.liveAttendanceText, .confirm)
        let deck =
            moving(.liveDeck) + [
                bind(.liveDeck, [.enter, .character(" ")], .toggle, true),
                bind(.liveDeck, [.character("1")], .responseOpen, true),
                bind(.liveDeck, [.character("2")], .responseMixed, false),
                bind(.liveDeck, [.character("3")], .responseResistance, false),
                bind(.liveDeck, [.character("4")], .responseSilence, false),
                bind(.liveDeck, [.character("/")], .search, true),
                bind(.liveDeck, [.character("t")], .raiseTheme, true),
                bind(.liveDeck, [.escape, .character("q"), .character("s")], .closeOverlay, true),
            ] + general(.liveDeck)
        let library =
            moving(.liveDeckLibrary) + [
                bind(.liveDeckLibrary, [.enter, .character(" ")], .toggle, true),
                bind(.liveDeckLibrary, [.tab, .character("t")], .allThemes, true),
                bind(.liveDeckLibrary, [.character("/")], .search, true),
                bind(.liveDeckLibrary, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveDeckLibrary)
        let search = [
            bind(.liveDeckSearch, [.function(2)], .privacyScreen, false),
            bind(.liveDeckSearch, [.enter], .submit, true),
            bind(.liveDeckSearch, [.up], .moveUp, false),
            bind(.liveDeckSearch, [.down], .moveDown, false),
            bind(.liveDeckSearch, [.escape], .closeOverlay, true),
            bind(.liveDeckSearch, [.backspace, .control("h")], .deleteBackward, false),
            bind(.liveDeckSearch, [.control("l")], .redraw, false),
        ]
        func reading(_ mode: InputMode, _ own: Command) -> [Binding] {
            moving(mode) + [bind(mode, [.escape, .character("q"), .enter], .closeOverlay, true)]
                // From the card: the whole directory, and the disclosure page.
                + (own == .helpCard
                    ? [
                        bind(mode, [.character("/")], .searchHelp, true),
                        bind(mode, [.tab, .character("i")], .disclosure, true),
                    ] : [])
                + general(mode).filter { $0.command != own && (own != .helpCard || $0.command != .disclosure) }
                + [bind(mode, own == .helpCard ? [.character("!")] : [.character("r")], own, false)]
        }
        // The help directory, searched from the card: Esc (or `!`) back to the card.
        let directory =
            moving(.liveDirectory) + [
                bind(.liveDirectory, [.character("/")], .searchHelp, true),
                bind(.liveDirectory, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveDirectory)
        let directorySearch = [
            bind(.liveDirectorySearch, [.function(2)], .privacyScreen, false),
            bind(.liveDirectorySearch, [.enter], .submit, true),
            bind(.liveDirectorySearch, [.up], .moveUp, true),
            bind(.liveDirectorySearch, [.down], .moveDown, false),
            bind(.liveDirectorySearch, [.escape], .closeOverlay, true),
            bind(.liveDirectorySearch, [.backspace, .control("h")], .deleteBackward, false),
            bind(.liveDirectorySearch, [.function(1)], .help, false),
            bind(.liveDirectorySearch, [.control("l")], .redraw, false),
        ]
        // "Als iemand iets vertelt": Tab (or `!`) to the card, Esc (or `i`) back.
        let disclosure =
            moving(.liveDisclosure) + [
                bind(.liveDisclosure, [.escape, .character("q"), .enter, .character("i")], .closeOverlay, true),
                bind(.liveDisclosure, [.tab], .helpCard, true),
            ] + general(.liveDisclosure).filter { $0.command != .disclosure }
        let signal =
            moving(.liveSignal) + [
                bind(.liveSignal, [.left, .character("h")], .previousChoice, true),
                bind(.liveSignal, [.right, .character("l")], .nextChoice, true),
                bind(.liveSignal, [.enter], .confirm, true),
                bind(.liveSignal, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveSignal)
        let confirmEnd =
            [
                // Not `e` itself: a double press must not close a meeting.
                bind(.liveConfirmEnd, [.enter, .character("j"), .character("y")], .confirm, true),
                bind(.liveConfirmEnd, [.escape, .character("q"), .character("n")], .closeOverlay, true),
            ] + general(.liveConfirmEnd)
        return screen + attendance + deck + library + search + typing(.liveDeckText, .confirm)
            + reading(.liveRules, .groundRules) + reading(.liveHelpCard, .helpCard) + directory + directorySearch
            + disclosure + typing(.liveNote, .confirm) + signal + confirmEnd
    }

    /// The evaluation form: ↑↓ go from field to field, the other keys work on the field under
    /// the cursor, and a field that is typed in takes letters as text.
    private static func evaluation(_ moving: (InputMode) -> [Binding]) -> [Binding] {
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
        return form + typing
    }

    /// The overzicht with its tabs, filters and target, and the series summary.
    private static func overview(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let general: (InputMode) -> [Binding] = { mode in
            [
                bind(mode, [.character("?"), .function(1)], .help, true),
                bind(mode, [.character(":")], .openCommandLine, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        // The tabs' keys; the follow-ups tab adds marking done and open again.
        func tabs(_ mode: InputMode) -> [Binding] {
            let followUps = mode == .followUps
            // The hint line is full with the overzicht's own keys; ↑↓ go without saying.
            let quietMoving = moving(mode).map { binding in
                var binding = binding
                binding.inHintLine = false
                return binding
            }
            return quietMoving
                + (followUps ? [bind(mode, [.character(" ")], .markDone, true)] : [])
                + [
                    bind(mode, [.tab, .right, .character("l")], .nextTab, true),
                    bind(mode, [.backTab, .left, .character("h")], .previousTab, false),
                    bind(mode, [.enter], .open, true),
                ]
                // The status line says what u does when space has been pressed.
                + (followUps ? [bind(mode, [.character("u")], .markOpen, false)] : [])
                + [
                    bind(mode, [.character("f")], .filter, !followUps),
                    bind(mode, [.character("s")], .sort, !followUps),
                    bind(mode, [.character("t")], .setTarget, !followUps),
                    bind(mode, [.character("x")], .clearFilters, false),
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
        let summary =
            moving(.summary) + [
                bind(.summary, [.left, .character("h")], .previousMeeting, true),
                bind(.summary, [.right, .character("l")], .nextMeeting, true),
                bind(.summary, [.enter], .open, true),
                bind(.summary, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.summary)
        return tabs(.overview) + tabs(.followUps) + filter + target + summary
    }

    private static func binding(_ mode: InputMode, _ keys: [Key], _ command: Command, _ hint: Bool) -> Binding {
        Binding(mode: mode, keys: keys, command: command, inHintLine: hint)
    }
}

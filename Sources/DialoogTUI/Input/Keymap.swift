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
                bind(.start, [.character("E")], .exportBundle),
                bind(.start, [.character("I")], .importBundle),
            ] + moving(.library) + [
                bind(.library, [.enter, .right, .character("l")], .open, hint: true),
                bind(.library, [.tab], .nextTab, hint: true),
                bind(.library, [.backTab], .previousTab),
                bind(.library, [.character("/")], .search, hint: true),
                bind(.library, [.character("a")], .newLocalHelp),
                bind(.library, [.character("e")], .editLocalHelp),
                bind(.library, [.escape, .character("q"), .left, .character("h")], .closeOverlay, hint: true),
                bind(.library, [.character("?"), .function(1)], .help, hint: true),
                bind(.library, [.character(":")], .openCommandLine),
                bind(.library, [.control("l")], .redraw),
            ] + moving(.libraryPage) + [
                bind(.libraryPage, [.escape, .character("q"), .left, .character("h")], .closeOverlay, hint: true),
                bind(.libraryPage, [.character("/")], .search, hint: true),
                bind(.libraryPage, [.character("e")], .editLocalHelp),
                bind(.libraryPage, [.character("?"), .function(1)], .help, hint: true),
                bind(.libraryPage, [.character(":")], .openCommandLine),
                bind(.libraryPage, [.control("l")], .redraw),
                bind(.librarySearch, [.enter], .submit, hint: true),
                bind(.librarySearch, [.up], .moveUp),
                bind(.librarySearch, [.down], .moveDown),
                bind(.librarySearch, [.escape], .closeOverlay, hint: true),
                bind(.librarySearch, [.backspace, .control("h")], .deleteBackward),
                bind(.librarySearch, [.control("l")], .redraw),
            ] + planner(moving) + newSeries() + localHelp() + live(moving) + evaluation(moving) + overview(moving)
            + moving(.help) + [
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

    /// One row of the table.
    static func binding(_ mode: InputMode, _ keys: [Key], _ command: Command, _ hint: Bool) -> Binding {
        Binding(mode: mode, keys: keys, command: command, inHintLine: hint)
    }
}

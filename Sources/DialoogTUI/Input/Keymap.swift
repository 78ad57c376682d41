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
        if let command = command(for: key, in: mode) { return .command(command) }
        if mode == .commandLine || mode == .librarySearch, let text = key.typedText { return .insertText(text) }
        return nil
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
            [
                bind(mode, [.up, .character("k")], .moveUp, hint: mode == .start || mode == .library),
                bind(mode, [.down, .character("j")], .moveDown, hint: mode == .start || mode == .library),
                bind(mode, [.pageUp, .control("b")], .pageUp),
                bind(mode, [.pageDown, .control("f")], .pageDown),
                bind(mode, [.home, .character("g")], .moveFirst),
                bind(mode, [.end, .character("G")], .moveLast),
            ]
        }
        return Keymap(
            bindings: moving(.start) + [
                bind(.start, [.character("b")], .openLibrary, hint: true),
                bind(.start, [.character(":")], .openCommandLine, hint: true),
                bind(.start, [.character("?"), .function(1)], .help, hint: true),
                bind(.start, [.control("l")], .redraw),
                bind(.start, [.character("q")], .quit, hint: true),
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
            ] + moving(.help) + [
                bind(.help, [.escape, .character("q"), .character("?")], .closeOverlay, hint: true),
                bind(.help, [.character(":")], .openCommandLine),
                bind(.help, [.control("l")], .redraw),
                bind(.commandLine, [.enter], .submit, hint: true),
                // Ctrl-C is no key here: the terminal turns it into SIGINT, which leaves dialoog.
                bind(.commandLine, [.escape], .closeOverlay, hint: true),
                bind(.commandLine, [.backspace, .control("h")], .deleteBackward),
                bind(.commandLine, [.control("l")], .redraw),
            ])
    }()
}

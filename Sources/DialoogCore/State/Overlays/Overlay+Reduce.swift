/// The shared overlays' reducer: the `?` help and the `:` command line. An overlay changes
/// only itself; closing it, and what a typed command asks (a theme, a language, quitting),
/// are requests the root applies.
extension Overlay {
    package var inputMode: InputMode {
        switch self {
        case .help: .help
        case .commandLine: .commandLine
        }
    }

    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        switch self {
        case .help(let offset): return reduceInHelp(command, offset: offset, in: context)
        case .commandLine(let field): return reduceInCommandLine(command, field: field)
        }
    }

    /// Text typed into the command line; the help takes none.
    package mutating func type(_ text: String) {
        if case .commandLine(var field) = self {
            field.apply(.insert(text))
            self = .commandLine(field)
        }
    }

    // MARK: - Help

    private mutating func reduceInHelp(_ command: Command, offset: Int, in context: Context) -> Outcome {
        let visible = Self.helpVisibleRows(in: context.size)
        let last = max(0, (context.helpLength[context.helpSubject] ?? 0) - visible)
        if let moved = command.moved(from: offset, last: last, page: visible) {
            self = .help(offset: moved)
            return .none
        }
        switch command {
        case .help, .closeOverlay, .quit: return Outcome(requests: [.closeOverlay])
        case .redraw: return Outcome([.redrawAll])
        case .openCommandLine: self = .commandLine(TextField())
        default: break
        }
        return .none
    }

    /// How many lines of help fit: the help box leaves the title row, its own frame and
    /// footer, and the hint row. The help overlay draws exactly this many.
    package static func helpVisibleRows(in size: TerminalSize) -> Int {
        max(1, size.height - 5)
    }

    // MARK: - Command line

    private mutating func reduceInCommandLine(_ command: Command, field: TextField) -> Outcome {
        // Backspace on an empty line leaves it, as in vi.
        if command == .deleteBackward, field.isEmpty { return Outcome(requests: [.closeOverlay]) }
        if let edit = command.textEdit {
            var field = field
            field.apply(edit)
            self = .commandLine(field)
            return .none
        }
        switch command {
        case .closeOverlay:
            return Outcome(requests: [.closeOverlay])
        case .submit:
            return Outcome(requests: [.closeOverlay]) + Self.run(TypedCommand.parse(field.text))
        case .redraw:
            return Outcome([.redrawAll])
        default:
            break
        }
        return .none
    }

    private static func run(_ parsed: Result<TypedCommand?, TypedCommand.Problem>) -> Outcome {
        switch parsed {
        case .success(nil): .none
        case .success(.quit): Outcome(requests: [.quit])
        case .success(.help): Outcome(requests: [.openHelp])
        case .success(.undo): Outcome(requests: [.perform(.undo)])
        case .success(.theme(let name)):
            Outcome([.redrawAll], status: .show(.themeChanged(name)), requests: [.setTheme(name)])
        case .success(.language(let language)):
            Outcome(status: .show(.languageChanged(language)), requests: [.setLanguage(language)])
        case .success(.mouse(let on)): Outcome(status: .show(.mouseChanged(on)), requests: [.setMouse(on)])
        case .success(.print): Outcome(requests: [.print])
        case .failure(.unknownCommand(let word)): .show(.unknownCommand(word))
        case .failure(.unknownTheme(let word)): .show(.unknownTheme(word))
        case .failure(.unknownLanguage(let word)): .show(.unknownLanguage(word))
        case .failure(.unknownMouse(let word)): .show(.unknownMouse(word))
        }
    }
}

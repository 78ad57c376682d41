/// What the user typed after `:`, parsed. Dutch and English words both work.
package enum TypedCommand: Equatable, Sendable {
    case quit
    case help
    case theme(ThemeName)
    case language(Language)
    /// `:muis aan|uit`, `:mouse on|off`.
    case mouse(Bool)
    /// `:print`: the screen below prints what it shows (the planner: the printable plan).
    case print
    /// Undo on the screen under the command line, as its `u` key does.
    case undo

    package enum Problem: Equatable, Sendable, Error {
        case unknownCommand(String)
        case unknownTheme(String)
        case unknownLanguage(String)
        case unknownMouse(String)
    }

    /// Parses `q`, `quit`, `help`, `undo`, `theme light|dark|mono`, `mouse on|off` and their Dutch
    /// forms.
    package static func parse(_ input: String) -> Result<TypedCommand?, Problem> {
        let words = input.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard let verb = words.first else { return .success(nil) }
        let argument = words.dropFirst().first ?? ""
        switch verb {
        case "q", "quit", "stop", "afsluiten":
            return .success(.quit)
        case "help", "h", "hulp", "?":
            return .success(.help)
        case "undo", "u", "ongedaan", "terug":
            return .success(.undo)
        case "theme", "thema":
            guard let theme = themeNames[argument] else { return .failure(.unknownTheme(argument)) }
            return .success(.theme(theme))
        case "print", "afdrukken", "printen":
            return .success(.print)
        case "muis", "mouse":
            switch argument {
            case "aan", "on": return .success(.mouse(true))
            case "uit", "off": return .success(.mouse(false))
            default: return .failure(.unknownMouse(argument))
            }
        case "lang", "taal", "language":
            guard let language = Language(rawValue: argument) else {
                return .failure(.unknownLanguage(argument))
            }
            return .success(.language(language))
        default:
            return .failure(.unknownCommand(verb))
        }
    }

    private static let themeNames: [String: ThemeName] = [
        "dark": .dark, "donker": .dark,
        "light": .light, "licht": .light,
        "mono": .mono, "monochrome": .mono, "zwartwit": .mono,
    ]
}

import Foundation

/// What a user chose and the program remembers between runs (`$XDG_CONFIG_HOME/dialoog/
/// voorkeuren`): the theme, the language and whether the mouse is used. Nil is "not chosen":
/// the terminal and the locale decide.
package struct Preferences: Equatable, Sendable {
    package var theme: ThemeName?
    package var language: Language?
    package var mouse: Bool?

    package init(theme: ThemeName? = nil, language: Language? = nil, mouse: Bool? = nil) {
        (self.theme, self.language, self.mouse) = (theme, language, mouse)
    }

    /// A line of the file that cannot be read, with its 1-based number.
    package struct Problem: Equatable, Sendable, Error {
        package enum Reason: Equatable, Sendable {
            /// Not `key = value`.
            case notASetting
            case unknownKey(String)
            case badValue(key: String, value: String)
            /// The file cannot be read at all (why, from the system); line 0.
            case cannotRead(String)
            /// The file is not UTF-8 text; line 0.
            case notText
        }

        package var line: Int
        package var reason: Reason

        package init(line: Int, reason: Reason) {
            (self.line, self.reason) = (line, reason)
        }
    }

    /// Reads the file's text: one `key = value` a line, `#` starts a comment. Any line it
    /// cannot read refuses the whole file, so a value is never half understood.
    package static func parse(_ text: String) -> Result<Preferences, Problem> {
        var found = Preferences()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return .failure(Problem(line: offset + 1, reason: .notASetting)) }
            let key = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            let bad = Problem(line: offset + 1, reason: .badValue(key: key, value: value))
            switch key {
            case "theme", "thema":
                guard let theme = ThemeName(rawValue: value.lowercased()) ?? dutchThemes[value.lowercased()] else {
                    return .failure(bad)
                }
                found.theme = theme
            case "language", "taal":
                guard let language = Language(rawValue: value.lowercased()) else { return .failure(bad) }
                found.language = language
            case "mouse", "muis":
                switch value.lowercased() {
                case "on", "aan", "yes", "ja", "true": found.mouse = true
                case "off", "uit", "no", "nee", "false": found.mouse = false
                default: return .failure(bad)
                }
            default:
                return .failure(Problem(line: offset + 1, reason: .unknownKey(key)))
            }
        }
        return .success(found)
    }

    /// The themes by their Dutch names, as `:thema` takes them.
    private static let dutchThemes: [String: ThemeName] = ["licht": .light, "donker": .dark, "zwartwit": .mono]

    /// The file's text: only what was chosen, in a fixed order, so a round trip changes nothing.
    package var text: String {
        var lines = ["# dialoog: voorkeuren (thema, taal, muis)"]
        if let theme { lines.append("theme = \(theme.rawValue)") }
        if let language { lines.append("language = \(language.rawValue)") }
        if let mouse { lines.append("mouse = \(mouse ? "on" : "off")") }
        return lines.joined(separator: "\n") + "\n"
    }
}

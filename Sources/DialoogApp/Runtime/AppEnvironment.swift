import DialoogCore
import Foundation

/// What dialoog reads from the process environment, in one place: paths, clock, language,
/// colours. Tests build one from a dictionary.
package struct AppEnvironment: Sendable {
    package var variables: [String: String]

    package init(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
        self.variables = variables
    }

    /// `$XDG_DATA_HOME/dialoog/dialoog.sqlite`, falling back to `~/.local/share/dialoog/`.
    package var defaultDatabasePath: String {
        let base: String
        if let xdg = variables["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = home + "/.local/share"
        }
        return base + "/dialoog/dialoog.sqlite"
    }

    package var home: String {
        variables["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// A path as the user recognises it: the home folder written as `~`.
    package func displayPath(_ path: String) -> String {
        let home = home.hasSuffix("/") ? String(home.dropLast()) : home
        guard !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The language: `--lang` wins, then the POSIX locale variables.
    package func language(option: String?) -> Language? {
        guard let option else { return Language.fromEnvironment(variables) }
        return Language(rawValue: option.lowercased())
    }

    /// `NO_COLOR` (no-color.org): any non-empty value asks for no colours.
    package var wantsNoColor: Bool { !(variables["NO_COLOR"] ?? "").isEmpty }

    /// `TZ` is honoured by Foundation; this is the zone screens show times in.
    package var timeZone: TimeZone {
        if let name = variables["TZ"], let zone = TimeZone(identifier: name) { return zone }
        return .current
    }

    /// The pinned clock of `DIALOOG_NOW=2026-12-01T19:30:00` (local time), or the system clock.
    package func clock() throws(CLIError) -> any AppClock {
        guard let value = variables["DIALOOG_NOW"], !value.isEmpty else { return SystemClock() }
        guard let date = Self.parseLocal(value, timeZone: timeZone) else { throw .badClock(value) }
        return FixedClock(date)
    }

    /// Parses `yyyy-MM-ddTHH:mm[:ss]` in `timeZone`.
    package static func parseLocal(_ text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0) }
        guard (5...6).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        components.hour = parts[3]
        components.minute = parts[4]
        components.second = parts.count == 6 ? parts[5] : 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                == DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4])
        else { return nil }
        return date
    }
}

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
        dataFolder + "/dialoog.sqlite"
    }

    /// `$XDG_DATA_HOME/dialoog`, falling back to `~/.local/share/dialoog`: the store and the keys.
    package var dataFolder: String {
        if let xdg = variables["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/dialoog" }
        return home + "/.local/share/dialoog"
    }

    /// Where `dialoog key new` keeps the coordinator's secret key.
    package var defaultKeyPath: String {
        dataFolder + "/keys/coordinator.age-key"
    }

    /// `$XDG_DATA_HOME/dialoog/print`: where the program writes the printable plan.
    package var printFolder: String {
        (defaultDatabasePath as NSString).deletingLastPathComponent + "/print"
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

    /// The pinned clock of `DIALOOG_NOW=2026-12-01T19:30:00` (wall-clock time in the
    /// machine's zone, `TZ`), or the system clock.
    package func clock(calendar: LocalCalendar = .system) throws(CLIError) -> any AppClock {
        guard let value = variables["DIALOOG_NOW"], !value.isEmpty else { return SystemClock() }
        guard let date = Self.parseLocal(value, calendar: calendar) else { throw .badClock(value) }
        return FixedClock(date)
    }

    /// Parses `yyyy-MM-ddTHH:mm[:ss]` as a wall-clock time.
    package static func parseLocal(_ text: String, calendar: LocalCalendar) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, (2...3).contains(time.count), !(day + time).contains(nil),
            parts[0].split(separator: "-").first?.count == 4
        else { return nil }
        return calendar.date(
            year: day[0]!, month: day[1]!, day: day[2]!, hour: time[0]!, minute: time[1]!,
            second: time.count == 3 ? time[2]! : 0)
    }
}

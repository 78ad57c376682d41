import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The zone every local date is told in: the Netherlands' (`Europe/Amsterdam`), whatever the
/// machine is set to, so a meeting at 00:30 on 1 January counts in the new year on a laptop
/// left on UTC too. `DIALOOG_TZ` names another zone (an IANA name such as `Europe/Brussels`).
/// Set once, before anything reads the clock: `LocalCalendar.system` asks the C library,
/// which follows `TZ`.
package enum AppZone {
    package static let standard = "Europe/Amsterdam"

    /// The zone `variables` ask for: `DIALOOG_TZ` when set, else the Netherlands'.
    package static func zone(_ variables: [String: String]) -> String {
        let asked = variables["DIALOOG_TZ"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return asked.isEmpty ? standard : asked
    }

    /// Makes the process tell local time in `zone(variables)`; a `DIALOOG_TZ` the machine has
    /// no zone file for is named on stderr and the Netherlands' zone used instead (the C
    /// library would silently take UTC).
    package static func apply(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
        var zone = zone(variables)
        if zone != standard, !known(zone) {
            complain(CommandText.badZone(zone).localized(CommandLineLanguage.current))
            zone = standard
        }
        setenv("TZ", zone, 1)
        tzset()
    }

    /// Whether the machine has the zone file for `zone`, as the C library looks for it.
    static func known(_ zone: String) -> Bool {
        guard !zone.contains(".."), !zone.hasPrefix("/") else { return false }
        var isFolder: ObjCBool = false
        let path = "/usr/share/zoneinfo/" + zone
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}

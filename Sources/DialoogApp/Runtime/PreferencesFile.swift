import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The preferences file, `$XDG_CONFIG_HOME/dialoog/voorkeuren` (else `~/.config/dialoog/`):
/// read once at start, written whole and atomically on every change. A file that cannot be
/// read is reported and never written over, so nothing a user wrote there is lost.
enum PreferencesFile {
    /// What reading the file found.
    enum Reading: Equatable {
        /// No file: nothing chosen yet; it is made on the first change.
        case missing
        case read(Preferences)
        /// The file is there but cannot be used; it is left as it is.
        case unreadable(Preferences.Problem)
    }

    static func path(_ environment: AppEnvironment) -> String {
        environment.userContentFolder + "/voorkeuren"
    }

    static func read(at path: String) -> Reading {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        guard !isFolder.boolValue else { return .unreadable(.init(line: 0, reason: .cannotRead(Self.reason(EISDIR)))) }
        // A preferences file is a few lines; anything large is not one.
        let size = (try? files.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= 4096 else { return .unreadable(.init(line: 0, reason: .cannotRead(Self.reason(EFBIG)))) }
        guard let data = files.contents(atPath: path) else {
            return .unreadable(.init(line: 0, reason: .cannotRead(Self.reason(EACCES))))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .unreadable(.init(line: 0, reason: .notText))
        }
        switch Preferences.parse(text) {
        case .success(let preferences): return .read(preferences)
        case .failure(let problem): return .unreadable(problem)
        }
    }

    /// Writes the file, making its folder (0700) when needed; the `errno` text of a failure,
    /// nil when written.
    static func write(_ preferences: Preferences, to path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return Self.reason(EACCES)
        }
        return AtomicFile.write(Array(preferences.text.utf8), to: path).map(Self.reason)
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

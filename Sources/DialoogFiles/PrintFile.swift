import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a printable document (the plan as HTML) into the print folder,
/// `$XDG_DATA_HOME/dialoog/print/`, under a name that says what it is and when it was made.
/// Never over another file: when the name is taken, `-2`, `-3`, … is added. The file is
/// readable by others (0644), as a browser or a print service may run as another user: it
/// holds the plan and the nicknames on the attendance sheets, no real names.
package enum PrintFile {
    /// Why the file was not written: `path` is where, `reason` the system's words.
    package struct Problem: Error, Equatable, Sendable {
        package var path: String
        package var reason: String
    }

    /// The most files with one name a day before dialoog gives up (`plan-x-2026-12-07-99.html`).
    static let attempts = 99

    /// `plan-<name>-<day>`: the series' name in lower-case ASCII letters and digits, the rest
    /// dashes, at most 40 characters; "serie" when nothing is left.
    package static func baseName(kind: String, name: String, day: String) -> String {
        var slug = ""
        for scalar in name.lowercased().folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(40))
        while slug.hasSuffix("-") { slug.removeLast() }
        return kind + "-" + (slug.isEmpty ? "serie" : slug) + "-" + day
    }

    /// Writes `text` whole as `<folder>/<base>.html` (or the first free `<base>-N.html`) and
    /// returns the path. It is written beside the target first and linked into place, so a
    /// kill halfway leaves no half file under the name, and an existing file is never replaced.
    package static func write(_ text: String, base: String, in folder: String) throws(Problem) -> String {
        do { try LocalHelpFile.makeFolders(folder) } catch {
            if case .file(let path, let reason) = error { throw Problem(path: path, reason: reason) }
            throw Problem(path: folder, reason: "\(error)")
        }
        let temporary = folder + "/." + base + "." + String(getpid()) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Problem(path: temporary, reason: LocalHelpFile.lastError()) }
        defer { unlink(temporary) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = LocalHelpFile.lastError()
                close(descriptor)
                throw Problem(path: temporary, reason: reason)
            }
            written += count
        }
        // The umask may have taken the read bits away; the mode is what the file promises.
        fchmod(descriptor, 0o644)
        let synced = fsync(descriptor) == 0
        let reason = synced ? "" : LocalHelpFile.lastError()
        close(descriptor)
        guard synced else { throw Problem(path: temporary, reason: reason) }
        for attempt in 1...attempts {
            let target = folder + "/" + base + (attempt == 1 ? "" : "-\(attempt)") + ".html"
            if link(temporary, target) == 0 { return target }
            guard errno == EEXIST else { throw Problem(path: target, reason: LocalHelpFile.lastError()) }
        }
        throw Problem(path: folder + "/" + base + ".html", reason: "\(attempts) files with this name already")
    }
}

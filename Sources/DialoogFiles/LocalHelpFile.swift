import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a local help entry into the user's content folder, as
/// `<folder>/content/hulp/<id>.yaml`: the same place and format as a file written by hand.
package enum LocalHelpFile {
    /// Why the file was not written.
    package enum Problem: Error, Equatable, Sendable {
        /// The entry itself cannot be written (a control character, an empty required text).
        case entry(HelpEntry.WriteProblem)
        /// Only the user's own `lokaal-*` entries are written; a shipped one is copied first.
        case notLocal(id: String)
        /// The file system refused; `path` is where, `reason` the system's words.
        case file(path: String, reason: String)
    }

    /// The path the entry `id` is written to inside the user's folder.
    package static func path(id: String, in folder: String) -> String {
        folder + "/content/hulp/" + id + ".yaml"
    }

    /// Writes `entry` atomically (a temporary file beside it, then a rename), readable only by
    /// the user (0600), creating the folders it needs readable only by the user (0700). An
    /// existing file with the same id is replaced whole. Returns the path written.
    @discardableResult
    package static func save(_ entry: HelpEntry, in folder: String) throws(Problem) -> String {
        guard entry.isLocal else { throw .notLocal(id: entry.id) }
        let text: String
        switch entry.yamlText() {
        case .success(let written): text = written
        case .failure(let problem): throw .entry(problem)
        }
        let target = path(id: entry.id, in: folder)
        let directory = folder + "/content/hulp"
        try makeFolders(directory)
        let temporary = directory + "/." + entry.id + ".yaml." + String(getpid()) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .file(path: temporary, reason: lastError()) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = lastError()
                close(descriptor)
                unlink(temporary)
                throw .file(path: temporary, reason: reason)
            }
            written += count
        }
        let synced = fsync(descriptor) == 0
        let reason = synced ? "" : lastError()
        close(descriptor)
        guard synced else {
            unlink(temporary)
            throw .file(path: temporary, reason: reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw .file(path: target, reason: reason)
        }
        return target
    }

    /// Creates `directory` and the missing folders above it, each 0700 when
    /// it is new; an existing folder keeps its mode.
    static func makeFolders(_ directory: String) throws(Problem) {
        var missing: [String] = []
        var current = directory
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for folder in missing.reversed() {
            if mkdir(folder, 0o700) != 0, errno != EEXIST {
                throw .file(path: folder, reason: lastError())
            }
            chmod(folder, 0o700)
        }
        isFolder = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw .file(path: directory, reason: "not a folder")
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

import DialoogAge
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The coordinator's secret key on disk, in age's identity format (`age -d -i FILE` reads it):
/// written once, private to its owner, never replaced.
package enum KeyFile {
    /// Writes `text` to `path` readable by its owner only (0600, whatever the umask), in a
    /// folder made 0700 when `makeFolder`. The text goes to a temporary file first and is then
    /// linked into place, which fails when something is at `path` already: a kill leaves either
    /// no key or the whole key, and an existing key is never replaced.
    package static func create(_ text: String, at path: String, makeFolder: Bool) throws(AgeProblem) {
        let folder = (path as NSString).deletingLastPathComponent
        if makeFolder { try makePrivateFolder(folder.isEmpty ? "." : folder) }
        if exists(path) { throw .keyExists(path: path) }
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(UUID().uuidString).age-key"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, detail: systemError()) }
        defer { unlink(temporary) }
        let written = Array(text.utf8).withUnsafeBytes { bytes in
            fchmod(fd, 0o600) == 0 && write(fd, bytes.baseAddress, bytes.count) == bytes.count && fsync(fd) == 0
        }
        let detail = systemError()
        close(fd)
        guard written else { throw .cannotWrite(path: path, detail: detail) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw .keyExists(path: path) }
            throw .cannotWrite(path: path, detail: systemError())
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// The identities in the key file at `path`.
    package static func read(_ path: String) throws(AgeProblem) -> [AgeIdentity] {
        guard exists(path) else { throw .keyMissing(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, detail: (error as NSError).localizedDescription)
        }
        do {
            return try AgeIdentity.parsingFile(String(decoding: data, as: UTF8.self))
        } catch {
            throw .age(error, file: path)
        }
    }

    /// The file's permission bits as octal text (`644`) when others than the owner may read or
    /// write it; nil when it is private.
    package static func looseMode(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return nil }
        return String(info.st_mode & 0o777, radix: 8)
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Makes `folder` and the folders above it that are missing, each 0700.
    private static func makePrivateFolder(_ folder: String) throws(AgeProblem) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .cannotWrite(path: folder, detail: String(cString: strerror(ENOTDIR)))
            }
            return
        }
        try makePrivateFolder((folder as NSString).deletingLastPathComponent)
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw .cannotWrite(path: folder, detail: systemError())
        }
        chmod(folder, 0o700)
    }

    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Files dialoog writes for the user to carry away (bundles, backups): whole or not at all,
/// readable by the user only.
enum PrivateFile {
    /// Writes `data` to `path` through `AtomicFile` (a new 0600 file beside it, synced, then
    /// renamed into place). An existing path is refused unless `force`, and never replaced
    /// when it is not a regular file (a folder, a FIFO, a device, a symlink).
    static func write(_ data: Data, to path: String, force: Bool) throws(BundleFailure) {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw BundleFailure(text: .outputNotAFile(path: path), exitCode: 73)
            }
            guard force else { throw BundleFailure(text: .outputExists(path: path), exitCode: 73) }
        }
        if let failure = AtomicFile.write(Array(data), to: path) { throw cannotWrite(path, failure) }
    }

    /// The bytes of the file at `path`, or a refusal that says why not (exit 66).
    static func read(_ path: String) throws(BundleFailure) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw BundleFailure(text: .fileMissing(path: path), exitCode: 66) }
            throw BundleFailure(
                text: .fileUnreadable(path: path, detail: String(cString: strerror(errno))), exitCode: 66)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw BundleFailure(text: .inputNotAFile(path: path), exitCode: 66)
        }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw BundleFailure(text: .fileUnreadable(path: path, detail: "\(error)"), exitCode: 66)
        }
    }

    private static func cannotWrite(_ path: String, _ error: Int32) -> BundleFailure {
        BundleFailure(text: .cannotWrite(path: path, detail: String(cString: strerror(error))), exitCode: 73)
    }
}

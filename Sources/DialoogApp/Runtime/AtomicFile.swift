import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one way dialoog writes a file the user carries away (a report, a bundle, a backup):
/// into a new 0600 file beside `path`, synced, then renamed into place, so the path holds the
/// old file or the whole new one and never a part. Callers refuse what they must refuse
/// (an existing file, a path that is not a regular file) before calling, and word the error.
enum AtomicFile {
    /// Writes `bytes` to `path`; returns the `errno` of the step that failed, nil when done.
    /// On a failure the new file is removed and `path` is as it was.
    static func write(_ bytes: [UInt8], to path: String) -> Int32? {
        let temporary = temporaryPath(beside: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let start = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, start + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure != 0 else { return nil }
        unlink(temporary)
        return failure
    }

    /// A new name beside `path`, hidden, for a file that becomes `path` by a rename.
    static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    }
}

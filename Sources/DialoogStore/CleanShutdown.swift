import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The clean-shutdown marker beside a database file (`<file>.clean`): written when dialoog
/// closed the file in order, removed by the next writing open. It holds the file's identity
/// at that moment (inode, size, modification time to the nanosecond), so the full value scan
/// (`StoreCheck`) and `PRAGMA quick_check` can be skipped at an open that finds the file
/// exactly as a dialoog left it. A kill or a power cut leaves no marker; another program's
/// write (sqlite3, a copy from another laptop) or a -wal beside the file changes the identity;
/// either way the full check runs. A reading open only reads the marker.
enum CleanShutdown {
    static func markerPath(_ path: String) -> String { path + ".clean" }

    /// The file as it is now; nil when it cannot be read or a -wal with something in it lies
    /// beside it (not closed in order, or open in another process).
    static func stamp(_ path: String) -> String? {
        guard !hasLog(path) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return "dialoog-clean 1 \(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec) "
            + "\(info.st_mtim.tv_nsec)\n"
    }

    /// Whether a -wal beside the file holds anything. An empty one is left by a reader that
    /// could not remove it (a read-only connection, such as the sqlite3 shell with `-readonly`):
    /// it holds no change, and counting it as an unclean shutdown made every later read check
    /// the whole file, until something wrote to it. A change written since the marker shows
    /// in the file's own size and time, or in a -wal that is not empty.
    static func hasLog(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path + "-wal", &info) == 0 else { return errno != ENOENT }
        return info.st_mode & S_IFMT != S_IFREG || info.st_size > 0
    }

    /// Whether the file is as dialoog left it at its last orderly close.
    static func isClean(_ path: String) -> Bool {
        guard let now = stamp(path),
            let data = FileManager.default.contents(atPath: markerPath(path)), data.count < 200
        else { return false }
        return String(decoding: data, as: UTF8.self) == now
    }

    /// Removes the marker: the file is about to be written.
    static func clear(_ path: String) {
        unlink(markerPath(path))
    }

    /// Writes the marker after the last connection closed; nothing if the file cannot be
    /// stamped (the -wal stayed: another process has it open).
    static func mark(_ path: String) {
        guard let stamp = stamp(path) else { return }
        let marker = markerPath(path)
        let temporary = marker + ".tmp"
        let fd = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        let bytes = Array(stamp.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written == bytes.count { rename(temporary, marker) } else { unlink(temporary) }
    }
}

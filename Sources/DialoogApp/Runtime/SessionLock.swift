import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One writing dialoog per database file: an exclusive `flock` on the database file itself,
/// held until the process ends. Every live action stores the meeting's whole record, so a
/// second window on the same meeting would overwrite the first one's records. The lock is on
/// the file (its device and inode), not on a path, so the same database reached through a
/// symlink or a hard link is the same lock. SQLite locks with `fcntl`, which is independent of
/// `flock` on Linux. The kernel drops the lock when the process dies, however it dies, so a
/// kill never leaves a stale lock behind.
///
/// Commands that only read take a shared `flock` for the moment they read
/// (`AppDatabase.openForReading`), so a writer that finds the lock taken tries again for two
/// seconds before it says another window has the file open.
package final class SessionLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    // Closing a descriptor of the database file drops this process's `fcntl` locks on it,
    // SQLite's included; the lock is released when the database is no longer written.
    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Takes the lock for the database at `databasePath` (which exists: the database was
    /// opened first), or throws `.alreadyOpen` when another process holds it. `shownPath` is
    /// the path as the user knows it.
    package static func acquire(
        databasePath: String, shownPath: String, patience: Duration = .seconds(2)
    ) throws(CLIError) -> SessionLock {
        let descriptor = open(databasePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        // Without a file (a database in memory) there is nothing to guard.
        guard descriptor >= 0 else { return SessionLock(descriptor: -1) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, clock.now < deadline else {
                close(descriptor)
                throw .alreadyOpen(path: shownPath)
            }
            usleep(50_000)
        }
        return SessionLock(descriptor: descriptor)
    }
}

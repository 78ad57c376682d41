import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One full-screen dialoog per database: an exclusive `flock` on `<database>.lock`, held until
/// the process ends. Every live action stores the meeting's whole record, so a second window
/// on the same meeting would overwrite the first one's records. The kernel drops the lock when
/// the process dies, however it dies, so a kill never leaves a stale lock behind.
package final class SessionLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock for the database at `databasePath`, or throws `.alreadyOpen` when
    /// another process holds it. `shownPath` is the path as the user knows it.
    package static func acquire(databasePath: String, shownPath: String) throws(CLIError) -> SessionLock {
        let descriptor = open(databasePath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        // Without a lock file (a read-only folder) there is nothing to guard with; the
        // database itself will say what is wrong when it is written.
        guard descriptor >= 0 else { return SessionLock(descriptor: -1) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .alreadyOpen(path: shownPath)
        }
        return SessionLock(descriptor: descriptor)
    }
}

import DialoogApp
import Foundation
import Testing

/// One full-screen dialoog per database, so two windows cannot overwrite each other's meeting.
@Suite("Session lock")
struct SessionLockTests {
    @Test func aSecondWindowOnTheSameDatabaseIsRefusedUntilTheFirstCloses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dialoog.sqlite").path
        FileManager.default.createFile(atPath: path, contents: nil)
        FileManager.default.createFile(atPath: path + "-2", contents: nil)
        var first: SessionLock? = try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite")
        #expect(throws: CLIError.alreadyOpen(path: "~/d.sqlite")) {
            try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite", patience: .zero)
        }
        #expect(CLIError.alreadyOpen(path: "x").exitCode == 75)
        // Another database is another matter.
        _ = try SessionLock.acquire(databasePath: path + "-2", shownPath: "other")
        withExtendedLifetime(first) {}
        first = nil
        _ = try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite")
        // Nothing is created beside the database.
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }

    /// The lock belongs to the file: a symlink or a hard link to a database that is open is
    /// refused like the database's own path.
    @Test func theSameFileThroughASymlinkOrAHardLinkIsTheSameLock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dialoog.sqlite").path
        FileManager.default.createFile(atPath: path, contents: nil)
        try FileManager.default.createSymbolicLink(atPath: path + ".symlink", withDestinationPath: path)
        try FileManager.default.linkItem(atPath: path, toPath: path + ".hardlink")
        let first = try SessionLock.acquire(databasePath: path, shownPath: "d")
        for other in [path + ".symlink", path + ".hardlink"] {
            #expect(throws: CLIError.alreadyOpen(path: "o")) {
                try SessionLock.acquire(databasePath: other, shownPath: "o", patience: .zero)
            }
        }
        withExtendedLifetime(first) {}
    }
}

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
        var first: SessionLock? = try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite")
        #expect(throws: CLIError.alreadyOpen(path: "~/d.sqlite")) {
            try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite")
        }
        #expect(CLIError.alreadyOpen(path: "x").exitCode == 75)
        // Another database is another matter.
        _ = try SessionLock.acquire(databasePath: path + "-2", shownPath: "other")
        withExtendedLifetime(first) {}
        first = nil
        _ = try SessionLock.acquire(databasePath: path, shownPath: "~/d.sqlite")
        let mode = try FileManager.default.attributesOfItem(atPath: path + ".lock")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

import DialoogTUI
import Foundation

/// Compares a screen with `Snapshots/<name>.txt` beside the calling test file. With
/// `RECORD_SNAPSHOTS=1` (or when the file does not exist yet) it writes the file instead.
/// Returns nil when they match, otherwise a message with both texts.
package enum Snapshot {
    package static func mismatch(_ screen: Screen, named name: String, testFile: String) -> String? {
        mismatch(text(of: screen), named: name, testFile: testFile)
    }

    package static func mismatch(_ actual: String, named name: String, testFile: String) -> String? {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return recording ? nil : "snapshot \(name) did not exist and was recorded; check it and run again"
        }
        guard expected != actual else { return nil }
        return "snapshot \(name) differs (re-record with RECORD_SNAPSHOTS=1 if the change is intended)\n"
            + "--- expected\n\(expected)\n--- actual\n\(actual)"
    }

    /// The screen's text with trailing spaces removed, so editors cannot break the files;
    /// a frame line marks the width.
    package static func text(of screen: Screen) -> String {
        let rule = String(repeating: "=", count: screen.size.width)
        let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([rule] + rows + [rule]).joined(separator: "\n") + "\n"
    }
}

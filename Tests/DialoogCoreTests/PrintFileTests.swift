import DialoogCore
import DialoogFiles
import Foundation
import Testing

/// The print folder: a name that says what the file is, never over another file, readable
/// by a browser running as someone else, and a clear reason when it cannot be written.
@Suite struct PrintFileTests {
    func folder() -> String {
        NSTemporaryDirectory() + "dialoog-print-\(UUID().uuidString)/dialoog/print"
    }

    @Test func theNameIsTheSeriesInPlainLettersAndTheDay() {
        #expect(
            PrintFile.baseName(kind: "plan", name: "Moeders Zuidoost · Somalische groep", day: "2026-12-07")
                == "plan-moeders-zuidoost-somalische-groep-2026-12-07")
        #expect(
            PrintFile.baseName(kind: "plan", name: "Çocuklar & Ünal", day: "2026-12-07")
                == "plan-cocuklar-unal-2026-12-07")
        #expect(
            PrintFile.baseName(kind: "plan", name: "../../etc/passwd", day: "2026-12-07")
                == "plan-etc-passwd-2026-12-07")
        #expect(PrintFile.baseName(kind: "plan", name: "مجموعة", day: "2026-12-07") == "plan-serie-2026-12-07")
    }

    @Test func aSecondPrintTheSameDayGetsANewNameAndTheFirstStays() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let first = try PrintFile.write("<p>een</p>", base: "plan-x-2026-12-07", in: folder)
        let second = try PrintFile.write("<p>twee</p>", base: "plan-x-2026-12-07", in: folder)
        #expect(first.hasSuffix("/plan-x-2026-12-07.html"))
        #expect(second.hasSuffix("/plan-x-2026-12-07-2.html"))
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "<p>een</p>")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "<p>twee</p>")
        let mode = try FileManager.default.attributesOfItem(atPath: first)[.posixPermissions] as? Int
        #expect(mode == 0o644)
        // No temporary file is left beside them.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "plan-x-2026-12-07-2.html", "plan-x-2026-12-07.html",
            ])
    }

    @Test func aFolderThatCannotBeMadeIsNamedWithTheSystemsReason() throws {
        let blocker = NSTemporaryDirectory() + "dialoog-print-file-\(UUID().uuidString)"
        try "".write(toFile: blocker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        #expect(throws: PrintFile.Problem.self) { try PrintFile.write("x", base: "plan", in: blocker + "/print") }
        do {
            _ = try PrintFile.write("x", base: "plan", in: blocker + "/print")
        } catch {
            #expect(error.path.hasPrefix(blocker))
            #expect(!error.reason.isEmpty)
        }
    }
}

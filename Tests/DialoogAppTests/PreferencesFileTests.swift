import DialoogCore
import Foundation
import Testing

@testable import DialoogApp

#if canImport(Glibc)
    import Glibc
#endif

/// The preferences file on disk, the terminal's background, and Tab in a path field over a
/// real folder tree.
@Suite("Preferences on disk")
struct PreferencesFileTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-prefs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theFileLivesInTheXDGConfigFolder() {
        #expect(
            PreferencesFile.path(AppEnvironment(["HOME": "/home/amina", "XDG_CONFIG_HOME": "/cfg"]))
                == "/cfg/dialoog/voorkeuren")
        #expect(
            PreferencesFile.path(AppEnvironment(["HOME": "/home/amina"])) == "/home/amina/.config/dialoog/voorkeuren")
    }

    @Test func aWrittenFileReadsBackAndItsFolderIsMade() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("nieuw/dialoog/voorkeuren").path
        #expect(PreferencesFile.read(at: path) == .missing)
        let chosen = Preferences(theme: .light, language: .en, mouse: false)
        #expect(PreferencesFile.write(chosen, to: path) == nil)
        #expect(PreferencesFile.read(at: path) == .read(chosen))
        // Written whole: no temporary file is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(left == ["voorkeuren"])
    }

    @Test func aDamagedFileIsReportedAndNeverWrittenOver() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("voorkeuren").path
        let damaged = "theme = light\nkleur = paars\n"
        try damaged.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(PreferencesFile.read(at: path) == .unreadable(.init(line: 2, reason: .unknownKey("kleur"))))
        // The run loop's runner gets no path for it: a theme change writes nothing.
        let runner = try EffectRunner(database: .inMemory(), preferencesPath: nil)
        #expect(runner.run(.savePreferences(Preferences(theme: .dark))).isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == damaged)
    }

    @Test func binaryFoldersAndHugeFilesAreRefusedNotRead() throws {
        let folder = try temporaryFolder()
        let binary = folder.appendingPathComponent("binary").path
        try Data([0xFF, 0xFE, 0x00, 0x80]).write(to: URL(fileURLWithPath: binary))
        #expect(PreferencesFile.read(at: binary) == .unreadable(.init(line: 0, reason: .notText)))
        guard case .unreadable(let problem) = PreferencesFile.read(at: folder.path) else {
            Issue.record("a folder was read"); return
        }
        #expect(problem.line == 0)
        let huge = folder.appendingPathComponent("huge").path
        try Data(repeating: 0x61, count: 100_000).write(to: URL(fileURLWithPath: huge))
        #expect(PreferencesFile.read(at: huge) != .missing)
        if case .read = PreferencesFile.read(at: huge) { Issue.record("a huge file was read") }
    }

    @Test func aWriteThatCannotBeDoneSaysWhy() throws {
        let folder = try temporaryFolder()
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        // The config "folder" is a file: the folder cannot be made.
        let path = blocker.appendingPathComponent("dialoog/voorkeuren").path
        #expect(PreferencesFile.write(Preferences(theme: .light), to: path) != nil)
        let runner = try EffectRunner(database: .inMemory(), preferencesPath: path)
        guard case .preferencesNotSaved(let shown, _)? = runner.run(.savePreferences(Preferences(theme: .light))).first
        else { Issue.record("no message"); return }
        #expect(shown == path)
    }

    // MARK: - The terminal's background

    @Test func colorFGBGWinsWithoutAskingTheTerminal() {
        // Descriptors that would hang a read if asked: COLORFGBG answers first.
        #expect(TUISession.background(AppEnvironment(["COLORFGBG": "0;15"]), input: -1, output: -1).theme == .light)
        #expect(TUISession.background(AppEnvironment(["COLORFGBG": "15;0"]), input: -1, output: -1).theme == .dark)
    }

    @Test func aTerminalThatDoesNotAnswerCostsAtMostTheTimeout() throws {
        var toTerminal: [Int32] = [0, 0]
        var fromTerminal: [Int32] = [0, 0]
        #expect(pipe(&toTerminal) == 0 && pipe(&fromTerminal) == 0)
        defer { [toTerminal[0], toTerminal[1], fromTerminal[0], fromTerminal[1]].forEach { close($0) } }
        let started = DispatchTime.now().uptimeNanoseconds
        #expect(BackgroundQuery.theme(input: fromTerminal[0], output: toTerminal[1]) == nil)
        let elapsed = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        #expect(elapsed >= 90 && elapsed < 400, "waited \(elapsed) ms")
        // The query was sent.
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = read(toTerminal[0], &buffer, 32)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "\u{1B}]11;?\u{1B}\\")
    }

    @Test func anAnsweringTerminalIsRead() throws {
        var toTerminal: [Int32] = [0, 0]
        var fromTerminal: [Int32] = [0, 0]
        #expect(pipe(&toTerminal) == 0 && pipe(&fromTerminal) == 0)
        defer { [toTerminal[0], toTerminal[1], fromTerminal[0], fromTerminal[1]].forEach { close($0) } }
        let reply = Array("\u{1B}]11;rgb:ffff/fafa/f0f0\u{1B}\\".utf8)
        _ = reply.withUnsafeBytes { write(fromTerminal[1], $0.baseAddress, $0.count) }
        #expect(BackgroundQuery.theme(input: fromTerminal[0], output: toTerminal[1]) == .light)
    }

    /// A key pressed while the query waits is not the reply: it is kept for curses, before
    /// and after a reply alike (the e2e scenarios lost their first key here).
    @Test func keysTypedWhileTheQueryWaitsAreKeptNotEaten() throws {
        var toTerminal: [Int32] = [0, 0]
        var fromTerminal: [Int32] = [0, 0]
        #expect(pipe(&toTerminal) == 0 && pipe(&fromTerminal) == 0)
        defer { [toTerminal[0], toTerminal[1], fromTerminal[0], fromTerminal[1]].forEach { close($0) } }
        let typed = Array("b".utf8)
        _ = typed.withUnsafeBytes { write(fromTerminal[1], $0.baseAddress, $0.count) }
        #expect(BackgroundQuery.ask(input: fromTerminal[0], output: toTerminal[1]) == .init(typedAhead: typed))
        let split = BackgroundQuery.split(Array("n\u{1B}]11;rgb:ffff/fafa/f0f0\u{07}q".utf8))
        #expect(split == .init(theme: .light, typedAhead: Array("nq".utf8)))
    }

    // MARK: - Tab in a path field, on disk

    @Test func completionOnARealTree() throws {
        let root = try temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("Mijn bundels"), withIntermediateDirectories: true)
        for n in 1...12 {
            try Data().write(to: root.appendingPathComponent("Mijn bundels/laptop-\(n).age"))
        }
        try Data().write(to: root.appendingPathComponent("los bestand.age"))
        let runner = try EffectRunner(database: .inMemory())
        func complete(_ typed: String) -> PathCompletion? {
            guard case .pathCompleted(let done)? = runner.run(.completePath(typed)).first else { return nil }
            return done
        }
        #expect(complete(root.path + "/Mi")?.text == root.path + "/Mijn bundels/")
        #expect(complete(root.path + "/lo")?.text == root.path + "/los bestand.age")
        let many = complete(root.path + "/Mijn bundels/")
        #expect(many?.text == root.path + "/Mijn bundels/laptop-")
        #expect(many?.choices.count == 12)
        #expect(complete(root.path + "/zz")?.problem == .noMatch)
        #expect(
            complete(root.path + "/los bestand.age/x")?.problem == .unreadableFolder(root.path + "/los bestand.age/"))
        #expect(complete(root.path + "/nergens/x")?.problem == .unreadableFolder(root.path + "/nergens/"))
    }

    @Test func aTildeInAnExportOrImportIsTheHomeOfTheEnvironment() throws {
        let runner = try EffectRunner(database: .inMemory(), environment: AppEnvironment(["HOME": "/home/x"]))
        #expect(runner.expanded("~/Mijn bundels/a.age") == "/home/x/Mijn bundels/a.age")
        #expect(runner.expanded("~") == "/home/x")
        #expect(runner.expanded("rel.age") == "rel.age")
    }

    @Test func aTildeIsTheHomeOfTheEnvironment() throws {
        let home = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("bundels"), withIntermediateDirectories: true)
        let runner = try EffectRunner(database: .inMemory(), environment: AppEnvironment(["HOME": home.path]))
        guard case .pathCompleted(let done)? = runner.run(.completePath("~/bu")).first else {
            Issue.record("no answer"); return
        }
        #expect(done.text == "~/bundels/")
    }
}

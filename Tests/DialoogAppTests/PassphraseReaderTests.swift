import DialoogApp
import DialoogCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Passphrase reader")
struct PassphraseReaderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-pass-\(UUID().uuidString)")

    func file(_ contents: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(UUID().uuidString).path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theFirstLineOfAFileIsThePassphrase() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try PassphraseReader.fromFile(file("kardemom en koffie\ntweede regel\n")) == "kardemom en koffie")
        #expect(try PassphraseReader.fromFile(file("zonder einde")) == "zonder einde")
        #expect(try PassphraseReader.fromFile(file("windows\r\n")) == "windows")
        // Spaces may be part of it: only the line ending goes.
        #expect(try PassphraseReader.fromFile(file("  spatie \n")) == "  spatie ")
    }

    @Test func anEmptyOrMissingFileIsRefusedClearly() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for contents in ["", "\n", "\r\nwachtwoord op regel twee\n"] {
            let path = try file(contents)
            #expect(throws: AgeProblem.passphraseFileEmpty(path: path)) { try PassphraseReader.fromFile(path) }
            #expect(AgeProblem.passphraseFileEmpty(path: path).message(.nl).hasPrefix("\(path):1: "))
        }
        let missing = folder.appendingPathComponent("nergens").path
        do throws(AgeProblem) {
            _ = try PassphraseReader.fromFile(missing)
            Issue.record("a missing file gave a passphrase")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.message(.nl).hasPrefix("\(missing) kan niet gelezen worden"))
        }
    }

    @Test func withoutAFileOrATerminalThereIsNoPassphrase() {
        #expect(throws: AgeProblem.noPassphraseSource) {
            try PassphraseReader.read(file: nil, confirm: false, language: .nl, standardInputIsTerminal: false)
        }
        #expect(AgeProblem.noPassphraseSource.exitCode == 64)
        #expect(AgeProblem.noPassphraseSource.message(.en).contains("--passphrase-file"))
    }

    /// A pseudo-terminal stands in for the person at the keyboard.
    final class Keyboard: @unchecked Sendable {
        let controller: Int32
        let device: Int32
        let path: String
        private var shown = ""

        init() throws {
            controller = Pty.open(O_RDWR | O_NOCTTY)
            #expect(controller >= 0 && Pty.grant(controller) == 0 && Pty.unlock(controller) == 0)
            path = String(cString: try #require(Pty.name(controller)))
            // Held open so the terminal's settings can be read between the reader's turns.
            device = open(path, O_RDWR | O_NOCTTY)
            _ = fcntl(controller, F_SETFL, fcntl(controller, F_GETFL) | O_NONBLOCK)
        }

        deinit {
            close(controller)
            close(device)
        }

        func type(_ text: String) {
            _ = Array(text.utf8).withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
        }

        /// Everything the terminal showed so far.
        var screen: String {
            var bytes = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controller, &bytes, bytes.count)
                guard count > 0 else { break }
                shown += String(decoding: bytes.prefix(count), as: UTF8.self)
            }
            return shown
        }

        /// Forgets what was shown, so the next wait looks at new output only.
        func clear() {
            _ = screen
            shown = ""
        }

        var echoes: Bool {
            var settings = termios()
            tcgetattr(device, &settings)
            return settings.c_lflag & tcflag_t(ECHO) != 0
        }

        /// Waits (ten seconds at most) until the prompt `text` is shown and echo is off, so
        /// typing is never early on a busy machine.
        func waitForPrompt(_ text: String) async throws -> Bool {
            for _ in 0..<200 {
                if screen.contains(text), !echoes { return true }
                try await Task.sleep(for: .milliseconds(50))
            }
            return false
        }
    }

    /// The reader on a thread of its own: its blocking read must not hold one of the few
    /// threads that run the tests' async code.
    final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<String, AgeProblem>?

        init(_ keyboard: Keyboard, confirm: Bool, language: Language) {
            let path = keyboard.path
            Thread.detachNewThread { [self] in
                let outcome: Result<String, AgeProblem>
                do throws(AgeProblem) {
                    outcome = .success(try PassphraseReader.fromTerminal(path, confirm: confirm, language: language))
                } catch {
                    outcome = .failure(error)
                }
                lock.withLock { result = outcome }
            }
        }

        /// The reader's result, waiting ten seconds at most.
        func value() async throws -> Result<String, AgeProblem>? {
            for _ in 0..<200 {
                if let result = lock.withLock({ result }) { return result }
                try await Task.sleep(for: .milliseconds(50))
            }
            return nil
        }
    }

    @Test func theTerminalAsksTwiceWithoutEchoAndRestoresItself() async throws {
        let keyboard = try Keyboard()
        #expect(keyboard.echoes)
        let answer = Answer(keyboard, confirm: true, language: .nl)
        #expect(try await keyboard.waitForPrompt("Wachtwoord: "))
        keyboard.type("geheim woord\n")
        #expect(try await keyboard.waitForPrompt("Hetzelfde wachtwoord nog eens: "))
        keyboard.type("geheim woord\n")
        #expect(try await answer.value()?.get() == "geheim woord")
        #expect(!keyboard.screen.contains("geheim"))
        #expect(keyboard.echoes)
    }

    @Test func twoDifferentAnswersAreRefusedAndCtrlDEndsTheQuestion() async throws {
        let keyboard = try Keyboard()
        let answer = Answer(keyboard, confirm: true, language: .en)
        #expect(try await keyboard.waitForPrompt("Passphrase: "))
        keyboard.type("een\n")
        #expect(try await keyboard.waitForPrompt("The same passphrase again: "))
        keyboard.type("twee\n")
        let result = try #require(try await answer.value())
        #expect(throws: AgeProblem.passphrasesDiffer) { try result.get() }
        #expect(keyboard.echoes)
        keyboard.clear()
        let ended = Answer(keyboard, confirm: false, language: .en)
        #expect(try await keyboard.waitForPrompt("Passphrase: "))
        keyboard.type("\u{4}")
        let aborted = try #require(try await ended.value())
        #expect(throws: AgeProblem.passphraseAborted) { try aborted.get() }
        #expect(keyboard.echoes)
    }
}

/// The C library's pseudo-terminal calls, which the Glibc module does not import (they sit
/// behind _XOPEN_SOURCE): looked up by name once.
enum Pty {
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        unsafeBitCast(dlsym(nil, name), to: type)
    }

    static let open = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grant = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlock = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let name = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}

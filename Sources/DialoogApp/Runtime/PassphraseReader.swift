import DialoogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a passphrase comes from: the first line of a file (`--passphrase-file`), or a prompt
/// on the terminal with echo off, asked twice when encrypting so a typing error locks nothing.
package enum PassphraseReader {
    /// The passphrase from `file` when given, else from the terminal at `terminal` when standard
    /// input is one. An empty passphrase is refused either way.
    package static func read(
        file: String?, confirm: Bool, language: Language, terminal: String = "/dev/tty",
        standardInputIsTerminal: Bool = isatty(STDIN_FILENO) == 1
    ) throws(AgeProblem) -> String {
        if let file { return try fromFile(file) }
        guard standardInputIsTerminal else { throw .noPassphraseSource }
        return try fromTerminal(terminal, confirm: confirm, language: language)
    }

    /// The first line of `path`, without its line ending; the rest of the file is ignored.
    package static func fromFile(_ path: String) throws(AgeProblem) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, detail: (error as NSError).localizedDescription)
        }
        var line = String(decoding: data.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        guard !line.isEmpty else { throw .passphraseFileEmpty(path: path) }
        return line
    }

    /// Asks on the terminal at `path` with echo off; the terminal's settings come back even
    /// when reading fails. TCSANOW, not TCSAFLUSH: what was typed ahead is kept, not lost.
    package static func fromTerminal(_ path: String, confirm: Bool, language: Language) throws(AgeProblem)
        -> String
    {
        let fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .noPassphraseSource }
        defer { close(fd) }
        let first = try ask(AgeText.passphrasePrompt.localized(language), fd: fd)
        guard !first.isEmpty else { throw .age(.emptyPassphrase, file: nil) }
        if confirm {
            let second = try ask(AgeText.passphraseRepeat.localized(language), fd: fd)
            guard second == first else { throw .passphrasesDiffer }
        }
        return first
    }

    private static func ask(_ prompt: String, fd: Int32) throws(AgeProblem) -> String {
        var saved = termios()
        let isTerminal = tcgetattr(fd, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(fd, TCSANOW, &quiet)
        }
        defer { if isTerminal { tcsetattr(fd, TCSANOW, &saved) } }
        _ = Array(prompt.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(fd, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else {
                // Ctrl-D or a closed terminal before the line ended.
                throw .passphraseAborted
            }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }
}

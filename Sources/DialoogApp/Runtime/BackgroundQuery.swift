import DialoogCore
import DialoogTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Asks the terminal for its background colour (OSC 11) before curses starts, and waits at
/// most `timeoutMilliseconds` for the answer: a terminal that does not answer (tmux may not,
/// the Linux console does not) costs that much once and nothing more.
enum BackgroundQuery {
    static let timeoutMilliseconds = 100

    /// The theme the terminal's background suggests, or nil when it does not say.
    /// What came back while the query waited: the theme its reply asks for, and every other
    /// byte, which the user typed ahead (a key pressed as the program starts) and curses gets.
    struct Answer: Equatable {
        var theme: ThemeName?
        var typedAhead: [UInt8] = []
    }

    static func theme(input: Int32, output: Int32, timeoutMilliseconds: Int = timeoutMilliseconds) -> ThemeName? {
        ask(input: input, output: output, timeoutMilliseconds: timeoutMilliseconds).theme
    }

    static func ask(input: Int32, output: Int32, timeoutMilliseconds: Int = timeoutMilliseconds) -> Answer {
        guard let bytes = reply(input: input, output: output, timeoutMilliseconds: timeoutMilliseconds) else {
            return Answer()
        }
        return split(bytes)
    }

    /// The OSC reply (`ESC ] … BEL` or `… ESC \`) taken out; the rest is typing.
    static func split(_ bytes: [UInt8]) -> Answer {
        guard
            let start = bytes.indices.first(where: { $0 + 1 < bytes.count && bytes[$0] == 27 && bytes[$0 + 1] == 0x5D })
        else { return Answer(typedAhead: bytes) }
        var end = bytes.count
        var index = start + 2
        while index < bytes.count {
            if bytes[index] == 7 {
                end = index + 1
                break
            }
            if bytes[index] == 0x5C, bytes[index - 1] == 27 {
                end = index + 1
                break
            }
            index += 1
        }
        let reply = String(decoding: bytes[start..<end], as: UTF8.self)
        return Answer(
            theme: TerminalBackground.theme(osc11Reply: reply), typedAhead: Array(bytes[..<start] + bytes[end...]))
    }

    static func reply(input: Int32, output: Int32, timeoutMilliseconds: Int) -> [UInt8]? {
        var saved = termios()
        let isTerminal = tcgetattr(input, &saved) == 0
        if isTerminal {
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            tcsetattr(input, TCSANOW, &raw)
        }
        defer { if isTerminal { tcsetattr(input, TCSANOW, &saved) } }
        let query = Array(TerminalBackground.osc11Query.utf8)
        guard query.withUnsafeBytes({ write(output, $0.baseAddress, $0.count) }) == query.count else { return nil }
        var received: [UInt8] = []
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeoutMilliseconds) * 1_000_000
        while received.count < 256 {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(1, (deadline - now) / 1_000_000))
            let ready = poll(&descriptor, 1, wait)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0, descriptor.revents & Int16(POLLIN) != 0 else { break }
            var byte: UInt8 = 0
            guard read(input, &byte, 1) == 1 else { break }
            received.append(byte)
            // Ended by BEL, or by ST (ESC \) after the reply's own opening ESC.
            if byte == 7 || (byte == 0x5C && received.dropLast().last == 27 && received.count > 2) { break }
        }
        return received.isEmpty ? nil : received
    }
}

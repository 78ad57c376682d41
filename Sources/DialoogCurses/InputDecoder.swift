import DialoogTUI

/// Turns what `wget_wch` returns into events, for the sequences ncurses leaves alone:
/// bracketed paste (`ESC[200~ … ESC[201~`), Alt-letters (Esc then the letter at once) and
/// Ctrl-arrows the terminal description does not name (`ESC[1;5D`, `ESC[1;5C`), and mouse
/// reports curses did not take itself (SGR 1006 `ESC[<0;12;5M` and X10 `ESC[M` + 3 bytes),
/// and terminal replies that come late (an OSC string, `ESC]11;rgb:…` ended by BEL or `ESC\`,
/// as the background query's answer after its 100 ms): dropped whole, never typed as keys.
///
/// Pure and fed one read at a time, so a marker split across reads is still found; the
/// terminal reads on with a short timeout while `isMidSequence`, and calls `timedOut()`
/// when nothing more came.
package struct InputDecoder: Sendable {
    /// One read from curses.
    package enum Input: Equatable, Sendable {
        /// A character (OK from `wget_wch`), as a Unicode scalar value.
        case character(UInt32)
        /// A function key curses decoded itself (KEY_CODE_YES), or nil for one dialoog ignores.
        case key(Key?)
    }

    private static let escape: UInt32 = 27
    private static let csi = UInt32(UInt8(ascii: "["))
    private static let ss3 = UInt32(UInt8(ascii: "O"))
    private static let osc = UInt32(UInt8(ascii: "]"))
    /// Longer than any reply a terminal sends to a query: the rest is typing again.
    private static let oscLimit = 512
    private static let pasteStart = "[200~"
    private static let pasteEnd = [escape] + Array("[201~".unicodeScalars.map(\.value))
    /// Sequences ncurses passes on when the terminal description does not name them: tmux
    /// and other terminals send Home as `ESC[1~` where xterm's description says `ESC OH`.
    private static let sequences: [String: Key] = [
        "[1;5D": .controlLeft, "[1;5C": .controlRight, "[A": .up, "[B": .down, "[C": .right, "[D": .left,
        "[H": .home, "[F": .end, "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end, "[3~": .delete,
        "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
        "OH": .home, "OF": .end,
    ]

    /// After an Esc: what came since, while it may still become a longer sequence.
    private var pending: [UInt32]?
    /// Inside a paste: the text so far, with a possible start of the end marker.
    private var pasted: [UInt32]?
    /// After `ESC[M`: the bytes of an X10 mouse report so far (three come).
    private var x10: [UInt32]?
    /// After `ESC]`: the bytes of an operating-system command string so far (a terminal's reply).
    private var oscString: [UInt32]?

    package init() {}

    /// A sequence has begun and is not finished: read on, with a short timeout.
    package var isMidSequence: Bool { pending != nil || pasted != nil || x10 != nil || oscString != nil }
    package var isPasting: Bool { pasted != nil }

    package mutating func feed(_ input: Input) -> [TerminalEvent] {
        if pasted != nil { return feedPaste(input) }
        if oscString != nil { return feedOSC(input) }
        if var report = x10 {
            // Button, column and row, each plus 32; a function key means the report broke off.
            guard case .character(let value) = input else {
                x10 = nil
                return feed(input)
            }
            report.append(value)
            guard report.count == 3 else {
                x10 = report
                return []
            }
            x10 = nil
            let (button, x, y) = (Int(report[0]) - 32, Int(report[1]) - 32, Int(report[2]) - 32)
            return MouseEvent.decoded(button: button, x: x, y: y).map { [.mouse($0)] } ?? []
        }
        guard case .character(let value) = input else {
            // A function key ends an Esc sequence: the Esc was a key of its own.
            let flushed = flush()
            if case .key(let key?) = input { return flushed + [.key(key)] }
            return flushed
        }
        guard var sequence = pending else {
            if value == Self.escape {
                pending = []
                return []
            }
            return Self.key(value).map { [.key($0)] } ?? []
        }
        sequence.append(value)
        let first = sequence[0]
        if sequence.count == 1 {
            if value == Self.csi || value == Self.ss3 {
                pending = sequence
                return []
            }
            pending = nil
            if value == Self.osc {
                oscString = []
                return []
            }
            if let scalar = Unicode.Scalar(value), scalar.isASCII,
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                return [.key(.alt(Character(scalar)))]
            }
            // Esc and then something that starts no sequence: both are keys as typed.
            return [.key(.escape)] + feed(.character(value))
        }
        if first == Self.ss3 {
            pending = nil
            if let key = Self.sequences[Self.string(sequence)] { return [.key(key)] }
            return [.key(.alt("O"))] + feed(.character(value))
        }
        // A control sequence: parameters and intermediates (0x20-0x3F), then one final byte.
        switch value {
        case 0x20...0x3F where sequence.count < 16:
            pending = sequence
            return []
        case 0x40...0x7E:
            pending = nil
            let name = Self.string(sequence)
            if name == Self.pasteStart {
                pasted = []
                return []
            }
            if name == "[M" {
                x10 = []
                return []
            }
            if name.hasPrefix("[<"), value == 0x4D || value == 0x6D {
                return Self.sgrMouse(name, pressed: value == 0x4D)
            }
            // One dialoog does not know is dropped whole, rather than typed as its letters.
            return Self.sequences[name].map { [.key($0)] } ?? []
        default:
            pending = sequence.dropLast()
            return flush() + feed(.character(value))
        }
    }

    /// An SGR 1006 report, `[<b;x;y` and `M` (pressed) or `m` (released): only presses count.
    private static func sgrMouse(_ name: String, pressed: Bool) -> [TerminalEvent] {
        let numbers = name.dropFirst(2).dropLast().split(separator: ";", omittingEmptySubsequences: false).map {
            Int($0)
        }
        guard pressed, numbers.count == 3, let button = numbers[0], let x = numbers[1], let y = numbers[2] else {
            return []
        }
        return MouseEvent.decoded(button: button, x: x, y: y).map { [.mouse($0)] } ?? []
    }

    /// Nothing more came within the short timeout.
    package mutating func timedOut() -> [TerminalEvent] {
        if oscString != nil {
            // A reply cut short: dropped whole as well.
            oscString = nil
            return []
        }
        if x10 != nil {
            // A report cut short: dropped whole, never typed as its bytes.
            x10 = nil
            return []
        }
        if let text = pasted {
            // A paste whose end has not come yet: hand over what there is and go on pasting,
            // so a slow link never turns the rest of a paste into keys.
            // A second wait with nothing at all: the end marker is lost, typing is keys again.
            let (body, tail) = Self.splitMarkerStart(text)
            pasted = text.isEmpty ? nil : tail
            return body.isEmpty ? [] : [.paste(Self.string(body))]
        }
        return flush()
    }

    /// Inside `ESC]…`: swallowed up to BEL or ST (`ESC\`); a function key, or more than any
    /// reply holds, ends it and is handled as typed.
    private mutating func feedOSC(_ input: Input) -> [TerminalEvent] {
        guard var text = oscString, case .character(let value) = input else {
            oscString = nil
            return feed(input)
        }
        if value == 7 || (value == UInt32(UInt8(ascii: "\\")) && text.last == Self.escape) {
            oscString = nil
            return []
        }
        text.append(value)
        guard text.count <= Self.oscLimit else {
            oscString = nil
            return []
        }
        oscString = text
        return []
    }

    private mutating func feedPaste(_ input: Input) -> [TerminalEvent] {
        guard var text = pasted else { return [] }
        switch input {
        case .character(let value): text.append(value)
        // Within a paste curses may still decode a key; Enter is a line break, others go.
        case .key(.enter?): text.append(13)
        case .key: break
        }
        if text.count >= Self.pasteEnd.count, Array(text.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
            pasted = nil
            let body = text.dropLast(Self.pasteEnd.count)
            return body.isEmpty ? [] : [.paste(Self.string(body))]
        }
        pasted = text
        return []
    }

    private mutating func flush() -> [TerminalEvent] {
        guard let sequence = pending else { return [] }
        pending = nil
        if sequence == [Self.ss3] { return [.key(.alt("O"))] }
        return [.key(.escape)] + sequence.compactMap { Self.key($0).map(TerminalEvent.key) }
    }

    /// The text and, kept apart, an end where the end marker may be starting.
    private static func splitMarkerStart(_ text: [UInt32]) -> ([UInt32], [UInt32]) {
        for length in stride(from: min(pasteEnd.count - 1, text.count), through: 1, by: -1)
        where Array(text.suffix(length)) == Array(pasteEnd.prefix(length)) {
            return (Array(text.dropLast(length)), Array(text.suffix(length)))
        }
        return (text, [])
    }

    private static func string(_ values: some Sequence<UInt32>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: values.compactMap(Unicode.Scalar.init))
        return String(text)
    }

    private static func key(_ value: UInt32) -> Key? { Key(typed: value) }
}

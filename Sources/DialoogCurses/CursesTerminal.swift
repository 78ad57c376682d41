import CNCurses
import DialoogCore
import DialoogTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real terminal, through ncursesw: wide characters, colours, attributes and resize.
/// It writes only the cells that changed since the last screen and lets ncurses work out
/// the shortest output.
package final class CursesTerminal: Terminal {
    package enum Failure: Error, Equatable {
        /// ncurses could not start on this terminal (an unknown TERM, no terminal at all).
        case cannotStart(term: String)
    }

    package let hasColors: Bool
    /// The locale's character set is UTF-8; otherwise screens fall back to ASCII.
    package let isUTF8: Bool
    private let window: UnsafeMutablePointer<WINDOW>
    private let screenPointer: OpaquePointer
    private var shown: Screen?
    private var shownTheme: ThemeName?
    private var pairs: [PairKey: Int16] = [:]
    private var closed = false
    private let output: UnsafeMutablePointer<FILE>
    /// Paste markers, Alt-letters and unnamed Ctrl-arrows, which ncurses passes on as bytes.
    private var decoder = InputDecoder()
    /// Events decoded from one read beyond the first, handed out one per call.
    private var queued: [TerminalEvent] = []
    /// Ctrl-arrows under the codes this terminal's description gives them.
    private let namedKeys: [Int32: Key]

    private struct PairKey: Hashable {
        var foreground: Palette.Color
        var background: Palette.Color
    }

    /// Starts curses on the process's terminal, or on `output`/`input` (the benchmark
    /// writes to a file to count bytes).
    package init(output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil) throws {
        setlocale(LC_ALL, "")
        isUTF8 =
            String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "")
            == "UTF8"
        guard let screen = newterm(nil, output ?? dialoog_stdout(), input ?? dialoog_stdin()) else {
            throw Failure.cannotStart(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        // A terminal without cursor addressing (TERM=dumb) would get a screen that cannot be
        // drawn: the same clear exit as a terminal curses does not know.
        guard dialoog_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw Failure.cannotStart(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        screenPointer = screen
        self.output = output ?? dialoog_stdout()
        set_term(screen)
        window = dialoog_stdscr()!
        cbreak()
        noecho()
        nonl()
        // Ctrl-S and Ctrl-Q reach dialoog instead of freezing the output (the tty's flow
        // control). endwin gives the shell its own modes back, IXON included; def_prog_mode
        // makes ncurses restore this mode after Ctrl-Z and fg.
        let descriptor = fileno(input ?? dialoog_stdin())
        var modes = termios()
        if tcgetattr(descriptor, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(descriptor, TCSANOW, &modes)
            def_prog_mode()
        }
        keypad(window, true)
        // Esc closes overlays: do not wait a second to see if it starts an escape sequence.
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            hasColors = dialoog_colors() >= 8
        } else {
            hasColors = false
        }
        var named: [Int32: Key] = [:]
        for (name, key) in [("kLFT5", Key.controlLeft), ("kRIT5", .controlRight)] {
            let code = dialoog_key_named(name)
            if code > 0 { named[code] = key }
        }
        namedKeys = named
        setBracketedPaste(true)
        BracketedPaste.handOverOnSuspend()
    }

    /// Asks the terminal to mark pasted text (`ESC[?2004h`), so a paste arrives as text and
    /// its newlines are never Enter; off again (`ESC[?2004l`) before the shell gets it back.
    private func setBracketedPaste(_ on: Bool) {
        fputs(on ? BracketedPaste.on : BracketedPaste.off, output)
        fflush(output)
    }

    deinit { close() }

    /// Gives the terminal back as it was: cursor, echo, line mode, the main screen.
    package func close() {
        guard !closed else { return }
        closed = true
        setBracketedPaste(false)
        curs_set(1)
        endwin()
        delscreen(screenPointer)
    }

    /// For a crash: restore the terminal without touching Swift state. Not async-signal-safe
    /// in theory; in practice it is what ncurses itself does on SIGINT.
    package static func emergencyRestore() {
        BracketedPaste.switchOffNow()
        endwin()
    }

    // MARK: - Terminal

    package var size: TerminalSize {
        var height: Int32 = 0
        var width: Int32 = 0
        dialoog_getmaxyx(window, &height, &width)
        return TerminalSize(width: Int(width), height: Int(height))
    }

    package func present(_ screen: Screen, theme: ThemeName, fullRepaint: Bool) {
        let repaintAll = fullRepaint || theme != shownTheme || shown?.size != screen.size
        if repaintAll {
            // The whole physical screen is drawn again (Ctrl-L, another theme, a resize).
            clearok(window, true)
            // What curses clears to (after a resize, say) is the theme's own paper.
            let paper = attributes(for: .normal, theme: theme)
            wbkgdset(window, chtype(paper.attrs | dialoog_color_pair(Int32(paper.pair))))
        }
        // Graphemes curses cannot hold are written whole after it has drawn the rest.
        var whole: [(y: Int, x: Int, cell: Cell)] = []
        for change in screen.changes(since: repaintAll ? nil : shown) {
            var x = change.x
            for cell in change.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                if ClusterCell.needsOwnWrite(cell.text) {
                    let wide = x + 1 < screen.size.width && screen[x + 1, change.y].isContinuation
                    drawBlanks(for: cell, y: change.y, x: x, count: wide ? 2 : 1, theme: theme)
                    whole.append((change.y, x, cell))
                } else {
                    draw(cell, y: change.y, x: x, theme: theme)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
        for (y, x, cell) in whole {
            let (attrs, pair) = attributes(for: cell.style, theme: theme)
            dialoog_put_cluster(output, Int32(y), Int32(x), cell.text, attrs, pair)
        }
        shown = screen
        shownTheme = theme
    }

    private func draw(_ cell: Cell, y: Int, x: Int, theme: ThemeName) {
        let (attrs, pair) = attributes(for: cell.style, theme: theme)
        var text = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        if dialoog_put_cell(window, Int32(y), Int32(x), text, attrs, pair) == dialoog_err() {
            // setcchar takes one spacing character plus a few combining ones; an emoji
            // sequence longer than that is drawn by its first character.
            let first = [text[0], 0]
            _ = dialoog_put_cell(window, Int32(y), Int32(x), first, attrs, pair)
        }
    }

    /// Blanks where a whole grapheme goes, marked invisible so that curses' picture of these
    /// cells differs from anything drawn there later (a space included), which it then writes.
    private func drawBlanks(for cell: Cell, y: Int, x: Int, count: Int, theme: ThemeName) {
        let (attrs, pair) = attributes(for: cell.style, theme: theme)
        let blank: [wchar_t] = [wchar_t(32), 0]
        for column in x..<(x + count) {
            _ = dialoog_put_cell(window, Int32(y), Int32(column), blank, attrs | dialoog_a_invis(), pair)
        }
    }

    private func attributes(for style: Style, theme: ThemeName) -> (attrs: attr_t, pair: Int16) {
        let look = Palette.look(style, in: hasColors ? theme : .mono)
        var attrs = dialoog_a_normal()
        if look.bold { attrs |= dialoog_a_bold() }
        if look.dim { attrs |= dialoog_a_dim() }
        if look.reverse { attrs |= dialoog_a_reverse() }
        if look.underline { attrs |= dialoog_a_underline() }
        guard hasColors else { return (attrs, 0) }
        return (attrs, pair(PairKey(foreground: look.foreground, background: look.background)))
    }

    /// Colour pairs are made on first use; pair 0 is the terminal's own colours.
    private func pair(_ key: PairKey) -> Int16 {
        if key.foreground == .terminalDefault && key.background == .terminalDefault { return 0 }
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < dialoog_color_pairs() else { return 0 }
        init_pair(number, curses(key.foreground), curses(key.background))
        pairs[key] = number
        return number
    }

    private func curses(_ color: Palette.Color) -> Int16 {
        switch color {
        case .terminalDefault: -1
        case .black: dialoog_color_black()
        case .red: dialoog_color_red()
        case .green: dialoog_color_green()
        case .yellow: dialoog_color_yellow()
        case .blue: dialoog_color_blue()
        case .magenta: dialoog_color_magenta()
        case .cyan: dialoog_color_cyan()
        case .white: dialoog_color_white()
        }
    }

    package func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if !queued.isEmpty { return queued.removeFirst() }
        let started = DispatchTime.now()
        while true {
            let midSequence = decoder.isMidSequence
            // The rest of an escape sequence is already on its way; a paste may be long.
            let wait = decoder.isPasting ? 500 : midSequence ? 30 : timeoutMilliseconds
            wtimeout(window, Int32(wait))
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            let events: [TerminalEvent]
            if result == dialoog_err() {
                if midSequence { return deliver(decoder.timedOut()) }
                // An early ERR is a signal or a closed terminal; a closed one must end the loop.
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
                return elapsed < timeoutMilliseconds / 2 && inputIsGone() ? .inputClosed : nil
            } else if result == dialoog_key_code_yes() {
                let code = Int32(character)
                if code == dialoog_key_resize() { return .resized(size) }
                if code == dialoog_key_mouse() {
                    return mouseEvent().map(TerminalEvent.mouse)
                }
                events = decoder.feed(.key(namedKeys[code] ?? Key(cursesCode: code)))
            } else {
                events = decoder.feed(.character(UInt32(character)))
            }
            if let event = deliver(events) { return event }
            if !decoder.isMidSequence { return nil }
        }
    }

    /// Bytes the user typed before curses took the terminal (while the background query
    /// waited): decoded like any read and handed out before the next one.
    package func typedAhead(_ bytes: [UInt8]) {
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            queued += decoder.feed(.character(scalar.value))
        }
    }

    /// Mouse reports on or off; curses writes what this terminal's description asks for
    /// (SGR 1006 on xterm, X10 under tmux) and decodes the reports into KEY_MOUSE.
    package func setMouse(_ on: Bool) {
        // Report a press at once, not after waiting to see whether it becomes a click.
        mouseinterval(0)
        mousemask(on ? dialoog_mouse_mask() : 0, nil)
    }

    /// The report behind a KEY_MOUSE, as a press or a notch of the wheel.
    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == dialoog_ok() else { return nil }
        let (x, y) = (Int(event.x), Int(event.y))
        if event.bstate & dialoog_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if event.bstate & dialoog_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if event.bstate & dialoog_button1_clicked() != 0 { return MouseEvent(.press, x: x, y: y) }
        return nil
    }

    private func deliver(_ events: [TerminalEvent]) -> TerminalEvent? {
        queued += events
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    /// The other end of the terminal has gone (the window was closed, ssh dropped).
    private func inputIsGone() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}

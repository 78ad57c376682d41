#if canImport(Glibc)
    import Glibc
#endif

/// The terminal's bracketed-paste mode: on while dialoog runs, off whenever the shell has
/// the terminal (on exit, after a crash, while suspended with Ctrl-Z), or the shell would
/// see the markers around everything pasted into it.
enum BracketedPaste {
    static let on = "\u{1B}[?2004h"
    static let off = "\u{1B}[?2004l"
    // StaticStrings: a signal handler may read them without allocating.
    private static let onBytes: StaticString = "\u{1B}[?2004h"
    private static let offBytes: StaticString = "\u{1B}[?2004l"

    /// Switches it off with write(2), which a signal handler may call.
    static func switchOffNow() { write(offBytes) }

    /// Wraps the SIGTSTP handler ncurses installed (it leaves curses mode, stops, and redraws
    /// on SIGCONT) so the mode is off while the shell is in front and on again afterwards.
    static func handOverOnSuspend() {
        var current = sigaction()
        guard sigaction(SIGTSTP, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler,
            unsafeBitCast(handler, to: Int.self) != 1  // SIG_IGN: a shell without job control.
        else { return }
        // Installed once: a second terminal in the same process keeps the first wrapper.
        guard cursesSuspend == nil else { return }
        cursesSuspend = handler
        current.__sigaction_handler.sa_handler = { signal in
            BracketedPaste.write(BracketedPaste.offBytes)
            cursesSuspend?(signal)
            BracketedPaste.write(BracketedPaste.onBytes)
        }
        sigaction(SIGTSTP, &current, nil)
    }

    private static func write(_ bytes: StaticString) {
        _ = Glibc.write(STDOUT_FILENO, bytes.utf8Start, bytes.utf8CodeUnitCount)
    }
}

/// The handler ncurses had for SIGTSTP; set once before ours can run.
nonisolated(unsafe) private var cursesSuspend: (@convention(c) (Int32) -> Void)?

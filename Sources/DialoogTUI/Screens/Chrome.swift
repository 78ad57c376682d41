import DialoogCore
import DialoogPrint

/// The parts every screen shares: the title line, the status line and the key-hint line.
package enum Chrome {
    /// Rows the chrome takes above (title, rule) and below (status, hints) a screen's body.
    package static let topRows = 2
    package static let bottomRows = 2

    /// The program's name, then `subtitle` (the tagline when nil), and the clock on the right.
    package static func drawTitle(_ state: AppState, subtitle: String? = nil, into canvas: inout Canvas) {
        let language = state.language
        canvas.fill(y: 0, style: .title)
        let clock =
            DateText.day(state.now, now: state.now, calendar: state.calendar, language: language)
            + "  " + DateText.clock(state.now, calendar: state.calendar)
        let clockX = canvas.rightAligned(clock, y: 0, style: .title)
        let name = " " + Text.appName.localized(language)
        let used = canvas.text(name, x: 0, y: 0, style: .title, maxWidth: clockX - 1)
        canvas.text(
            " \(canvas.glyphs.separator) " + (subtitle ?? Text.tagline.localized(language)),
            x: used, y: 0, style: .title, maxWidth: max(0, clockX - 2 - used))
        canvas.horizontalLine(y: 1)
    }

    /// The line above the key hints: the status message, or `fallback` (dimmed) when there is none.
    package static func drawStatus(_ state: AppState, fallback: String, into canvas: inout Canvas) {
        let y = canvas.height - 2
        canvas.fill(y: y, style: .normal)
        if let status = state.status, status.isQuestion {
            // A question (j/n) is never cut: on a narrow screen it takes the rows above, so the
            // thing asked about and its keys both stay readable.
            let lines = TextWidth.wrap(Text.status(status).localized(state.language), width: canvas.width - 2)
            let shown = lines.suffix(Self.questionRows)
            for (offset, line) in shown.enumerated() {
                let row = y - shown.count + 1 + offset
                canvas.fill(y: row, style: .normal)
                canvas.text(" " + line, x: 0, y: row, style: statusStyle(status), maxWidth: canvas.width - 1)
            }
        } else if let status = state.status {
            // A failure ends in the path it concerns: the cut goes before it, never through it.
            let line = TextWidth.truncateKeepingTail(
                " " + Text.status(status).localized(state.language), to: canvas.width - 1,
                ellipsis: canvas.asciiOnly ? "." : canvas.glyphs.ellipsis)
            canvas.text(line, x: 0, y: y, style: statusStyle(status), maxWidth: canvas.width - 1)
        } else {
            canvas.text(" " + fallback, x: 0, y: y, style: .dim, maxWidth: canvas.width - 1)
        }
    }

    /// The most rows a question on the status line takes.
    static let questionRows = 3

    private static func statusStyle(_ status: Status) -> Style {
        switch status {
        case .themeChanged, .languageChanged, .mouseChanged: .accent
        case .unknownCommand, .unknownTheme, .unknownLanguage, .terminalNotUTF8, .libraryProblems, .unknownMouse,
            .preferencesUnreadable, .preferencesNotSaved, .pathCompletion:
            .warning
        case .loadFailed, .libraryFailed: .error
        case .live(let notice):
            switch notice {
            case .saveFailed, .openFailed: .error
            case .looksLikeFullName, .badCount, .lastBlock, .firstBlock, .nothingToUndo: .warning
            default: .accent
            }
        case .plan(let notice):
            switch notice {
            case .created, .printing, .printed: .accent
            default: notice.isFailure ? .error : .warning
            }
        case .evaluation(let notice):
            switch notice {
            case .saveFailed, .openFailed: .error
            case .intervisiePlanned: .accent
            default: .warning
            }
        case .overview(let notice): notice.isFailure ? .error : notice.isWarning ? .warning : .accent
        case .localHelp(let notice): LocalHelpText.style(notice)
        }
    }

    /// The bottom line: the keys of this mode that the keymap marks for the hint line.
    package static func drawHints(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(y: y, style: .hint)
        canvas.clearButtons(y: y)
        var x = 1
        for hint in hints(for: state.inputMode, keymap: keymap, language: state.language, ascii: state.asciiOnly) {
            let needed = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.label)
            guard x + needed <= canvas.width - 1 else { break }
            canvas.markButton(y: y, x: x, count: needed, command: hint.command)
            x += canvas.text(hint.keys, x: x, y: y, style: .key)
            x += canvas.text(" " + hint.label, x: x, y: y, style: .hint)
            x += 2
        }
    }

    /// Hint-line entries: bindings with the same hint text share one entry ("↑↓ kiezen").
    package static func hints(for mode: InputMode, keymap: Keymap, language: Language, ascii: Bool) -> [(
        keys: String, label: String, command: Command
    )] {
        var result: [(keys: String, label: String, command: Command)] = []
        for binding in keymap.bindings(in: mode) where binding.inHintLine {
            let label = ActionTable.entry(binding.command).hint.localized(language)
            let key = binding.keys.first.map { $0.label(language, ascii: ascii) } ?? ""
            if let index = result.firstIndex(where: { $0.label == label }) {
                result[index].keys += (ascii ? "/" : "") + key
            } else {
                result.append((key, label, binding.command))
            }
        }
        return result
    }
}

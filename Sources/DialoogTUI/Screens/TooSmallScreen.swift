import DialoogCore

/// Shown instead of any layout when the window is smaller than `TerminalSize.minimum`: a
/// clear sentence, wrapped to whatever room there is, never a garbled screen.
package enum TooSmallScreen {
    package static func draw(_ state: AppState, into canvas: inout Canvas) {
        let language = state.language
        let width = max(1, canvas.width - 2)
        let lines =
            TextWidth.wrap(Text.tooSmall(state.size).localized(language), width: width)
            + [""] + TextWidth.wrap(Text.tooSmallAdvice(TerminalSize.minimum).localized(language), width: width)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < canvas.height {
            canvas.text(line, x: 1, y: top + row, style: row == 0 ? .warning : .normal, maxWidth: width)
        }
    }
}

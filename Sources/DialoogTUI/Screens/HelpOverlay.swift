import DialoogCore

/// The `?` help: every key of the screen underneath, grouped, generated from the keymap and
/// the action table, so it can never disagree with what the keys do.
package enum HelpOverlay {
    package enum Line: Equatable, Sendable {
        case group(String)
        case binding(keys: String, help: String)
        case blank
    }

    package static func lines(for mode: InputMode, keymap: Keymap, language: Language, ascii: Bool) -> [Line] {
        var result: [Line] = []
        let bindings = keymap.bindings(in: mode)
        for group in ActionGroup.allCases {
            let inGroup = bindings.filter { ActionTable.entry($0.command).group == group }
            guard !inGroup.isEmpty else { continue }
            if !result.isEmpty { result.append(.blank) }
            result.append(.group(Text.group(group).localized(language)))
            for binding in inGroup {
                let keys = binding.keys.map { $0.label(language, ascii: ascii) }.joined(separator: " ")
                result.append(.binding(keys: keys, help: ActionTable.entry(binding.command).help.localized(language)))
            }
        }
        return result
    }

    /// The width of the key column: the widest key list among `lines`.
    package static func keyColumnWidth(_ lines: [Line]) -> Int {
        lines.compactMap { line -> Int? in
            if case .binding(let keys, _) = line { return TextWidth.of(keys) }
            return nil
        }.max() ?? 0
    }

    /// How many lines the help for `mode` has (the reducer stops scrolling at the end). It
    /// counts what `lines` would make without wording any of it: this runs at start-up for
    /// every mode, and wording every help text there would page in the whole catalog.
    package static func lineCount(for mode: InputMode, keymap: Keymap) -> Int {
        let groups = Set(keymap.bindings(in: mode).map { ActionTable.entry($0.command).group })
        let bindings = keymap.bindings(in: mode).count
        return groups.isEmpty ? 0 : bindings + groups.count * 2 - 1
    }

    package static func draw(_ state: AppState, offset: Int, keymap: Keymap, into canvas: inout Canvas) {
        let language = state.language
        let mode = state.helpSubject
        let lines = lines(for: mode, keymap: keymap, language: language, ascii: state.asciiOnly)
        let keyWidth = min(18, keyColumnWidth(lines))
        // Wide enough for the longest help on a wide screen, so no key's help is cut there.
        let longest =
            lines.map { line -> Int in
                if case .binding(_, let help) = line { return TextWidth.of(help) }
                return 0
            }.max() ?? 0
        let width = min(canvas.width - 4, max(76, keyWidth + longest + 8))
        let x = (canvas.width - width) / 2
        let top = 1
        let height = canvas.height - 2
        // The help covers the screen beneath it, edge to edge, so nothing shows through.
        for row in top..<(top + height) { canvas.fill(y: row, style: .normal) }
        canvas.box(x: x, y: top, width: width, height: height, title: Text.helpTitle(mode).localized(language))
        let visible = AppState.helpVisibleRows(in: canvas.screen.size)
        let start = min(offset, max(0, lines.count - visible))
        for (row, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            let y = top + 1 + row
            switch line {
            case .group(let name):
                canvas.text(name, x: x + 2, y: y, style: .heading, maxWidth: width - 4)
            case .binding(let keys, let help):
                canvas.text(keys, x: x + 4, y: y, style: .key, maxWidth: keyWidth)
                canvas.text(help, x: x + 6 + keyWidth, y: y, maxWidth: width - keyWidth - 8)
            case .blank:
                break
            }
        }
        canvas.text(
            Text.helpFooter.localized(language), x: x + 2, y: top + height - 2, style: .dim, maxWidth: width - 4)
        // Keys out of view are marked on the frame, above and below, so none is missed.
        let arrows = state.asciiOnly ? ("^", "v") : ("↑", "↓")
        if start > 0 {
            canvas.rightAligned(
                " \(arrows.0) " + Text.helpAbove(start).localized(language) + " ", y: top,
                margin: canvas.width - x - width + 2, style: .accent)
        }
        let below = lines.count - start - visible
        if below > 0 {
            canvas.rightAligned(
                " \(arrows.1) " + Text.helpBelow(below).localized(language) + " ", y: top + height - 1,
                margin: canvas.width - x - width + 2, style: .accent)
        }
    }
}

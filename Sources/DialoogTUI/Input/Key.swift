import DialoogCore

/// A key as the program sees it, after the terminal layer decoded it.
package enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// A control key, e.g. `.control("l")` for Ctrl-L.
    case control(Character)
    /// A key pressed with Alt (the terminal sends Esc before it), e.g. `.alt("b")`.
    case alt(Character)
    /// Ctrl-← and Ctrl-→, where the terminal tells them from the plain arrows.
    case controlLeft, controlRight

    /// How the help and the key-hint line write the key.
    package func label(_ language: Language = .nl, ascii: Bool = false) -> String {
        switch self {
        case .character(" "): Text.spaceKey.localized(language)
        case .character(let c): String(c)
        case .up: ascii ? "Up" : "↑"
        case .down: ascii ? "Down" : "↓"
        case .left: ascii ? "Left" : "←"
        case .right: ascii ? "Right" : "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let n): "F\(n)"
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .alt(let c): "Alt-\(c)"
        case .controlLeft: ascii ? "Ctrl-Left" : "Ctrl-←"
        case .controlRight: ascii ? "Ctrl-Right" : "Ctrl-→"
        }
    }

    /// A printable character typed into a text field, or nil for a non-text key.
    package var typedText: String? {
        guard case .character(let c) = self else { return nil }
        return c.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) ? String(c) : nil
    }
}

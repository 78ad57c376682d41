/// One edit of a `TextField`: what a key or a paste asks of the text being typed.
package enum TextEdit: Equatable, Hashable, Sendable {
    /// Typed or pasted text, inserted at the cursor (newlines become spaces).
    case insert(String)
    case left, right
    /// To the start (Home, Ctrl-A) and the end (End, Ctrl-E).
    case home, end
    case wordLeft, wordRight
    /// Backspace and Delete.
    case deleteBackward, deleteForward
    /// Ctrl-U and Ctrl-K.
    case deleteToStart, deleteToEnd
    /// Ctrl-W.
    case deleteWordBackward
}

extension Command {
    /// The edit of the focused text field this command stands for, if it is one.
    package var textEdit: TextEdit? {
        switch self {
        case .cursorLeft: .left
        case .cursorRight: .right
        case .cursorToStart: .home
        case .cursorToEnd: .end
        case .wordLeft: .wordLeft
        case .wordRight: .wordRight
        case .deleteBackward: .deleteBackward
        case .deleteForward: .deleteForward
        case .deleteToStart: .deleteToStart
        case .deleteToEnd: .deleteToEnd
        case .deleteWordBackward: .deleteWordBackward
        default: nil
        }
    }
}

import DialoogCore

/// What a terminal reports to the run loop.
package enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// Text the terminal pasted (between bracketed-paste markers): one event, never keys.
    case paste(String)
    case resized(TerminalSize)
    /// A mouse button or the wheel (only while the mouse is on).
    case mouse(MouseEvent)
    /// Input is gone (end of file, the terminal closed): leave cleanly.
    case inputClosed
}

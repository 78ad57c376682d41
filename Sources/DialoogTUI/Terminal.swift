import DialoogCore

/// What the run loop needs from a terminal: its size, a way to show a screen, and events.
/// `CursesTerminal` is the real one; `MemoryTerminal` runs the same loop in tests.
package protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// The terminal can show colours; without them dialoog uses the monochrome theme.
    var hasColors: Bool { get }
    /// Shows `screen`, writing only what changed since the last one unless `fullRepaint`.
    func present(_ screen: Screen, theme: ThemeName, fullRepaint: Bool)
    /// The next event, or nil when nothing came within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Asks for mouse reports (wheel and first button) or stops them, so the terminal selects
    /// text again.
    func setMouse(_ on: Bool)
}

extension Terminal {
    /// A terminal without a mouse ignores the request.
    package func setMouse(_ on: Bool) {}
}

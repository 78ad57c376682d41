import DialoogCore

/// The gespreksleider's screen during a meeting.
package enum LiveScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        Chrome.drawStatus(state, fallback: "", into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }
}

import DialoogCore

// STUB (foundation): H3 draws the series summary here.
/// A series at a glance: attendance per meeting, retention, the temperature path walked, the
/// prompts used, the group's agreements and the open follow-ups.
package enum SummaryScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        Chrome.drawStatus(state, fallback: "", into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }
}

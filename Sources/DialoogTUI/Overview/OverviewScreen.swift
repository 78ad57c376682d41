import DialoogCore

// STUB (foundation): H3 draws the overzicht here.
/// The coordinator's overzicht: every series with its figures, the charts and the follow-ups.
package enum OverviewScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        Chrome.drawStatus(state, fallback: "", into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }
}

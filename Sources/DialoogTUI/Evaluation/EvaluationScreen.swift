import DialoogCore

// STUB (foundation): H2 draws the form here.
/// The evaluation form of a meeting that has ended.
package enum EvaluationScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        Chrome.drawTitle(state, into: &canvas)
        Chrome.drawStatus(state, fallback: "", into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }
}

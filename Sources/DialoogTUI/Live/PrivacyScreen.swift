import DialoogCore

/// The privacy screen: everything blank but one neutral line in the middle. No title, no
/// clock, no hints, nothing that tells someone looking over a shoulder what the meeting is about.
package enum PrivacyScreen {
    package static func draw(_ state: AppState, into canvas: inout Canvas) {
        let line = LiveWords.privacyLine.localized(state.language)
        let width = TextWidth.of(line)
        canvas.text(
            line, x: max(0, (canvas.width - width) / 2), y: canvas.height / 2, style: .dim, maxWidth: canvas.width)
    }
}

import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// Renaming a participant, the ground rules as two lists with an agreement typed in, and the
/// signal actions from the sources, at 80x24, 60x16 and 120x40.
@Suite("Live participant, rules and signal snapshots")
struct LiveParticipantSnapshotTests {
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ]

    static let panels: [(name: String, commands: [Command], typing: String?)] = [
        ("attendance-renaming", [.attendance, .moveDown, .renameParticipant, .deleteToStart], "Ayşe K."),
        ("rules-agreement-typing", [.groundRules, .addAgreement], "We bellen elkaar niet na tienen"),
        ("signal-advice", [.signal, .moveDown, .nextChoice, .nextChoice, .nextChoice], nil),
    ]

    func live(_ size: TerminalSize, _ commands: [Command], typing: String?) -> AppState {
        var state = Fixtures.liveScreenState(.running, size: size, language: .nl)
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    @Test(arguments: panels.map(\.name), sizes)
    func panel(name: String, size: TerminalSize) {
        let panel = Self.panels.first { $0.name == name }!
        check(live(size, panel.commands, typing: panel.typing), "live-\(name)-\(size)-nl")
    }

    /// An agreement stored: back on the rules, numbered on after the group's rules, the
    /// gespreksleider's list numbered from 1 below it.
    @Test(arguments: sizes)
    func rulesWithAnAgreement(size: TerminalSize) {
        var state = live(size, [.groundRules, .addAgreement], typing: "Telefoons gaan in de tas")
        _ = state.reduce(.command(.confirm))
        check(state, "live-rules-agreement-\(size)-nl")
        let text = Renderer.render(state).text
        #expect(text.contains("12. Telefoons gaan in de tas"))
        _ = state.reduce(.command(.moveLast))
        let last = Renderer.render(state).text
        #expect(last.contains("Voor de gespreksleider"))
        #expect(!last.contains("13."))
    }

    @Test func theRulesInEnglish() {
        var state = Fixtures.liveScreenState(.running, size: TerminalSize(width: 80, height: 24), language: .en)
        _ = state.reduce(.command(.groundRules))
        check(state, "live-rules-split-80x24-en")
    }
}

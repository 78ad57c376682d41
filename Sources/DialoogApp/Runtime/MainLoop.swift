import DialoogCore
import DialoogTUI

/// The loop of the TUI: read an event (or time out into a tick), turn it into an action
/// through the keymap, reduce, run the effects, render, present what changed.
package final class MainLoop {
    package enum Ending: Equatable {
        case quit
        case inputClosed
        case signal(Int32)
    }

    package private(set) var state: AppState
    private let terminal: any Terminal
    private let effects: EffectRunner
    private let clock: any AppClock
    private let keymap: Keymap
    private let pendingSignal: () -> Int32?
    private var lastPresented: Screen?
    private var lastTheme: ThemeName?
    private var repaintAll = false
    /// How long to wait for a key before the clock ticks.
    package static let tickMilliseconds = 1000

    package init(
        state: AppState, terminal: any Terminal, effects: EffectRunner, clock: any AppClock,
        keymap: Keymap = .standard, pendingSignal: @escaping () -> Int32? = { nil }
    ) {
        self.state = state
        self.terminal = terminal
        self.effects = effects
        self.clock = clock
        self.keymap = keymap
        self.pendingSignal = pendingSignal
    }

    /// Runs until the user quits, input closes or a signal asks to stop.
    package func run() -> Ending {
        dispatch(.tick(clock.now()))
        dispatch(.resized(terminal.size))
        dispatch(.launched)
        terminal.setMouse(state.mouseOn)
        present()
        while true {
            if let signal = pendingSignal() { return .signal(signal) }
            let event = terminal.nextEvent(timeoutMilliseconds: Self.tickMilliseconds)
            if let signal = pendingSignal() { return .signal(signal) }
            dispatch(.tick(clock.now()))
            switch event {
            case nil:
                break
            case .inputClosed:
                return .inputClosed
            case .resized(let size):
                dispatch(.resized(size))
            case .key(let key):
                if let action = keymap.action(for: key, in: state.inputMode) { dispatch(action) }
            case .mouse(let event):
                guard state.mouseOn, let screen = lastPresented else { break }
                for action in MouseMap.actions(for: event, on: screen, mode: state.inputMode, keymap: keymap) {
                    dispatch(action)
                }
            case .paste(let text):
                // One action for the whole paste: none of its characters is a key.
                if let action = keymap.action(forPaste: text, in: state.inputMode) { dispatch(action) }
            }
            if state.isQuitting { return .quit }
            present()
        }
    }

    /// Reduces one action and carries out the effects it asks for, feeding their answers back.
    package func dispatch(_ action: Action) {
        for effect in state.reduce(action) { perform(effect) }
    }

    private func perform(_ effect: Effect) {
        if effect == .redrawAll { repaintAll = true }
        showBusy(before: effect)
        if case .setMouse(let on) = effect { terminal.setMouse(on) }
        for answer in effects.run(effect) { dispatch(answer) }
    }

    /// A sign in the status line before work that can take a moment (issue 18: the overzicht
    /// at 10,000 meetings), so the screen never looks frozen. An overzicht already kept
    /// (`OverviewCache`) shows at once and gets no sign.
    private func showBusy(before effect: Effect) {
        let notice: OverviewNotice
        switch effect {
        case .loadOverview(let filter) where !effects.overviewIsKept(filter): notice = .reading
        case .exportReport: notice = .exporting
        default: return
        }
        var shown = state
        shown.status = .overview(notice)
        present(shown)
    }

    /// The theme the terminal can show: monochrome when it has no colours.
    private var theme: ThemeName { terminal.hasColors ? state.theme : .mono }

    /// What a bibliotheek page's length depends on; it is laid out again only when this changes.
    private struct PageLayout: Equatable {
        var page: LibraryPage
        var size: TerminalSize
        var language: Language
        var ascii: Bool
        var focus: String?
        var anchors: [String]
    }

    private var measured: PageLayout?

    /// Tells the reducer how long the open `?` help is, the first time it opens for its mode.
    /// Laying out the help of every mode at start-up pulled every catalog's texts into memory
    /// before the first frame (half a megabyte of the binary's pages) for help most runs never open.
    private func measureHelp() {
        guard case .help = state.overlay, state.helpLength[state.helpSubject] == nil else { return }
        dispatch(.helpLaidOut(state.helpSubject, lines: HelpOverlay.lineCount(for: state.helpSubject, keymap: keymap)))
    }

    /// Tells the reducer how long the open page is, so scrolling stops at its end.
    private func measurePage() {
        guard let page = state.libraryState.page else {
            measured = nil
            return
        }
        let layout = PageLayout(
            page: page, size: state.size, language: state.language, ascii: state.asciiOnly,
            focus: state.libraryState.focus, anchors: state.libraryState.anchors)
        guard layout != measured, let laid = LibraryScreen.pageLayout(state) else { return }
        measured = layout
        dispatch(.pageLaidOut(lines: laid.lines, focusLine: laid.focusLine))
    }

    private func present() {
        measurePage()
        measureHelp()
        present(state)
    }

    /// Draws `shown` (the state, or it with a busy sign), writing only what changed.
    private func present(_ shown: AppState) {
        let screen = Renderer.render(shown, keymap: keymap)
        guard repaintAll || screen != lastPresented || theme != lastTheme else { return }
        terminal.present(screen, theme: theme, fullRepaint: repaintAll)
        lastPresented = screen
        lastTheme = theme
        repaintAll = false
    }
}

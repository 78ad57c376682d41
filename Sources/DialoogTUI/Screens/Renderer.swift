import DialoogCore

/// Turns the state into a screen: a pure function, so every screen can be snapshot-tested.
package enum Renderer {
    package static func render(_ state: AppState, keymap: Keymap = .standard) -> Screen {
        var canvas = Canvas(size: state.size, asciiOnly: state.asciiOnly)
        // The privacy screen hides everything, at any size and whatever else is open.
        if state.screen == .live, state.live.hidden {
            PrivacyScreen.draw(state, into: &canvas)
            return canvas.screen
        }
        if state.size.isTooSmall {
            TooSmallScreen.draw(state, into: &canvas)
            return canvas.screen
        }
        switch state.screen {
        case .start: StartScreen.draw(state, keymap: keymap, into: &canvas)
        case .library: LibraryScreen.draw(state, keymap: keymap, into: &canvas)
        case .planner: PlannerScreen.draw(state, keymap: keymap, into: &canvas)
        case .newSeries: NewSeriesScreen.draw(state, keymap: keymap, into: &canvas)
        case .live: LiveScreen.draw(state, keymap: keymap, into: &canvas)
        case .evaluation: EvaluationScreen.draw(state, keymap: keymap, into: &canvas)
        case .overview: OverviewScreen.draw(state, keymap: keymap, into: &canvas)
        case .summary: SummaryScreen.draw(state, keymap: keymap, into: &canvas)
        }
        if state.overlay != nil { canvas.coverRows() }
        switch state.overlay {
        case .help(let offset): HelpOverlay.draw(state, offset: offset, keymap: keymap, into: &canvas)
        case .commandLine(let field): CommandLineBar.draw(state, field: field, into: &canvas)
        case nil: break
        }
        return canvas.screen
    }

    /// How long the help is for each mode, for `AppState.helpLength`.
    package static func helpLengths(keymap: Keymap = .standard) -> [InputMode: Int] {
        Dictionary(
            uniqueKeysWithValues: InputMode.allCases.map { ($0, HelpOverlay.lineCount(for: $0, keymap: keymap)) })
    }
}

/// The one place that decides who gets a key: the overlay when one is open, else the feature
/// whose screen shows. Commands and typed text take the same route. `inputMode` and
/// `helpSubject` are read from the same slices, so the keymap and the reducer agree.
extension AppState {
    /// Which part of the keymap applies now.
    package var inputMode: InputMode {
        if let overlay { return overlay.inputMode }
        return screen == .library ? libraryState.inputMode : helpSubject
    }

    /// The mode of the screen under any overlay: the one whose keys the `?` help lists.
    package var helpSubject: InputMode {
        switch screen {
        case .start: .start
        case .library: libraryState.helpSubject
        case .planner: plannerState.inputMode
        case .newSeries: newSeries?.inputMode ?? .newSeries
        case .live: live.inputMode
        case .evaluation: evaluation?.inputMode ?? .evaluation
        case .overview, .summary: overviewState.inputMode(on: screen)
        }
    }

    /// Gives a command or typed text to the slice that has the keys, and applies its outcome.
    mutating func route(_ input: Input) -> [Effect] {
        // The privacy screen comes first, from every panel of live mode, typing or not.
        if input == .command(.privacyScreen), screen == .live, live.meeting != nil {
            live.hidden = true
            return []
        }
        let context = self.context
        if var open = overlay {
            let outcome: Outcome
            switch input {
            case .command(let command): outcome = open.reduce(command, in: context)
            case .text(let text):
                open.type(text)
                outcome = .none
            }
            overlay = open
            return apply(outcome)
        }
        switch screen {
        case .start:
            guard case .command(let command) = input else { return [] }
            return apply(start.reduce(command, in: context))
        case .library:
            switch input {
            case .command(let command): return apply(libraryState.reduce(command, in: context))
            case .text(let text): libraryState.type(text)
            }
            return []
        case .newSeries:
            guard var form = newSeries else { return [] }
            let outcome: Outcome
            switch input {
            case .command(let command): outcome = form.reduce(command, in: context)
            case .text(let text):
                form.type(text)
                outcome = .none
            }
            newSeries = form
            return apply(outcome)
        case .planner:
            switch input {
            case .command(let command): return apply(plannerState.reduce(command, in: context))
            case .text(let text): plannerState.type(text)
            }
            return []
        case .live:
            switch input {
            case .command(let command): return apply(live.reduce(command, in: context))
            case .text(let text): return live.type(text)
            }
        case .evaluation:
            guard var form = evaluation else {
                guard case .command(let command) = input else { return [] }
                return apply(EvaluationForm.reduceWithoutForm(command, in: context))
            }
            let outcome: Outcome
            switch input {
            case .command(let command): outcome = form.reduce(command, in: context)
            case .text(let text):
                form.type(text, in: context)
                outcome = .none
            }
            evaluation = form
            return apply(outcome)
        case .overview, .summary:
            switch input {
            case .command(let command): return apply(overviewState.reduce(command, in: context))
            case .text(let text): return apply(overviewState.type(text, in: context))
            }
        }
    }
}

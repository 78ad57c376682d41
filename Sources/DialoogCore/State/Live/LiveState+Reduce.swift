/// Live mode's reducer: the live screen and the panels over it, by input mode.
extension LiveState: FeatureSlice {
    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        if inputMode == .privacy {
            // The privacy screen: every key brings the screen back.
            hidden = false
            return .none
        }
        var reduction = LiveReduction(live: self, context: context)
        let effects: [Effect]
        switch inputMode {
        case .liveAttendance, .liveAttendanceText: effects = reduction.performInAttendance(command)
        case .liveDeck, .liveDeckLibrary, .liveDeckSearch, .liveDeckText: effects = reduction.performInDeck(command)
        case .liveRules, .liveHelpCard: effects = reduction.performInLiveReading(command)
        case .liveDirectory, .liveDirectorySearch: effects = reduction.performInDirectory(command)
        case .liveDisclosure: effects = reduction.performInDisclosure(command)
        case .liveNote: effects = reduction.performInNote(command)
        case .liveSignal: effects = reduction.performInSignal(command)
        case .liveConfirmEnd: effects = reduction.performInConfirmEnd(command)
        default: effects = reduction.performInLive(command)
        }
        self = reduction.live
        return Outcome(effects) + reduction.outcome
    }

    /// Text typed in live mode: a nickname or a count, a raised theme or a search over the
    /// deck, or a note.
    package mutating func type(_ text: String) {
        switch panel {
        case .attendance(var attendance):
            guard let typed = attendance.typing else { return }
            let counting = meeting?.record.countOnly == true
            let accepted = counting ? text.filter(\.isNumber) : text
            attendance.typing = (typed + accepted).limited(to: counting ? 3 : Participant.nicknameLength)
            panel = .attendance(attendance)
        case .deck(var deck):
            if let raising = deck.raising {
                deck.raising = (raising + text).limited(to: RaisedTheme.maxLength)
            } else if var picker = deck.picker, picker.typing {
                picker.query = (picker.query ?? "") + text
                picker.selection = 0
                deck.picker = picker
            }
            panel = .deck(deck)
        case .directory(var directory) where directory.typing:
            directory.query = (directory.query + text).limited(to: 80)
            directory.selection = 0
            panel = .directory(directory)
        case .note(let typed):
            panel = .note(text: (typed + text).limited(to: LiveNote.maxLength))
        default:
            break
        }
    }
}

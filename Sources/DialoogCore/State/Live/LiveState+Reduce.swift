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
        case .liveAgreement: effects = reduction.performInAgreement(command)
        case .liveSignal: effects = reduction.performInSignal(command)
        case .liveConfirmEnd: effects = reduction.performInConfirmEnd(command)
        default: effects = reduction.performInLive(command)
        }
        self = reduction.live
        return Outcome(effects) + reduction.outcome
    }

    /// Text typed in live mode: a nickname or a count, a raised theme or a search over the
    /// deck, or a note (which is stored as the meeting's draft).
    @discardableResult
    package mutating func type(_ text: String) -> [Effect] {
        switch panel {
        case .attendance(var attendance):
            guard attendance.field != nil else { return [] }
            let counting = meeting?.record.countOnly == true
            attendance.field?.apply(.insert(counting ? text.filter(\.isNumber) : text))
            panel = .attendance(attendance)
        case .deck(var deck):
            if deck.raisingField != nil {
                deck.raisingField?.apply(.insert(text))
            } else if var picker = deck.picker, picker.typing {
                _ = picker.edit(.insert(text))
                picker.selection = 0
                deck.picker = picker
            }
            panel = .deck(deck)
        case .directory(var directory) where directory.typing:
            directory.search.apply(.insert(text))
            directory.selection = 0
            panel = .directory(directory)
        case .note(var field):
            field.apply(.insert(text))
            panel = .note(field)
            return keepNoteDraft(field.text)
        case .agreement(var field, let offset):
            field.apply(.insert(text))
            panel = .agreement(field, rulesOffset: offset)
        default:
            break
        }
        return []
    }
}

import Foundation

/// The root's part of live mode: entering it (which closes the planner and the new-series
/// form), applying a failed save, and what the screens read of live mode, computed by live
/// mode's slice in the root's context.
extension AppState {
    mutating func enterLive(_ meeting: LiveMeeting) -> [Effect] {
        screen = .live
        overlay = nil
        status = nil
        plannerState = PlannerState()
        newSeries = nil
        live = LiveState(meeting: meeting)
        // A note that was being typed when the program stopped is offered again.
        if let draft = meeting.record.noteDraft, !draft.isEmpty {
            live.panel = .note(TextField(draft, limit: LiveNote.maxLength))
        }
        // The prompts' words, the ground rules and the help card come from the library.
        return library == nil ? [.loadLibrary] : []
    }

    /// A save failed: the screen goes back to what is stored, and says so. Text that was typed
    /// for it (a note, a raised theme, a nickname) goes back into its field, for another Enter.
    mutating func liveSaveFailed(_ failure: Failure) -> [Effect] {
        status = .live(.saveFailed(failure))
        // An undo that could not be stored can be tried again.
        if let undone = live.undoing {
            live.undo.append(undone)
            live.undoing = nil
        }
        guard let saved = live.saved, let failed = live.meeting?.record, failed != saved else { return [] }
        // The draft is not part of undo: compare the records without it.
        var last = live.undo.last?.before
        last?.noteDraft = saved.noteDraft
        if let change = live.undo.last?.change, last == saved {
            live.undo.removeLast()
            retype(change, from: failed)
        }
        live.meeting?.record = saved
        return []
    }

    /// Opens the field of a change that could not be stored again, holding what was typed,
    /// unless another panel has opened meanwhile.
    private mutating func retype(_ change: LiveChange, from failed: LiveRecord) {
        switch (change, live.panel) {
        case (.noteAdded, nil):
            guard let note = failed.notes.last else { return }
            live.panel = .note(TextField(note.text, limit: LiveNote.maxLength))
        case (.themeRaised(let text), nil):
            live.panel = .deck(DeckPanel(raising: text))
        case (.themeRaised(let text), .deck(var panel)) where panel.raising == nil && panel.picker == nil:
            panel.raising = text
            live.panel = .deck(panel)
        case (.statementAdded(let text), nil):
            var panel = DeckPanel()
            panel.raisingField = TextField(text, limit: SeriesPrompt.maxLength)
            panel.stating = true
            live.panel = .deck(panel)
        case (.statementAdded(let text), .deck(var panel)) where panel.raising == nil && panel.picker == nil:
            panel.raisingField = TextField(text, limit: SeriesPrompt.maxLength)
            panel.stating = true
            live.panel = .deck(panel)
        case (.participantAdded(let name), nil):
            var panel = AttendancePanel()
            panel.field = TextField(name, limit: Participant.nicknameLength)
            live.panel = .attendance(panel)
        case (.participantAdded(let name), .attendance(var panel)) where panel.typing == nil:
            panel.field = TextField(name, limit: Participant.nicknameLength)
            live.panel = .attendance(panel)
        default:
            break
        }
    }

    private var liveReading: LiveReduction { LiveReduction(live: live, context: context) }

    /// The cards of the current block's deck.
    package var liveDeck: [DeckCard] { liveReading.liveDeck }

    /// What the library over the deck lists: the block's theme, all themes, or a search.
    package var liveLibraryPrompts: [Prompt] { liveReading.liveLibraryPrompts }

    /// How many items the ground rules panel lists: the common rules and the method's own.
    package var liveRuleCount: Int { liveReading.liveRuleCount }

    /// The help card of the running meeting (`LiveReduction.liveHelpCard`).
    package var liveHelpCard: HelpCard { liveReading.liveHelpCard }

    /// What the help directory lists for its search (`LiveReduction.liveDirectory`).
    package var liveDirectory: [HelpEntry] { liveReading.liveDirectory }

    /// Local midnight `weeks` weeks from today (`LiveReduction.followUpDay`).
    package func followUpDay(weeks: Int) -> Date? { liveReading.followUpDay(weeks: weeks) }
}

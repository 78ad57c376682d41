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
        // The prompts' words, the ground rules and the help card come from the library.
        return library == nil ? [.loadLibrary] : []
    }

    /// A save failed: the screen goes back to what is stored, and says so.
    mutating func liveSaveFailed(_ failure: Failure) -> [Effect] {
        status = .live(.saveFailed(failure))
        // An undo that could not be stored can be tried again.
        if let undone = live.undoing {
            live.undo.append(undone)
            live.undoing = nil
        }
        guard let saved = live.saved, live.meeting != nil, live.meeting?.record != saved else { return [] }
        if live.undo.last?.before == saved { live.undo.removeLast() }
        live.meeting?.record = saved
        return []
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

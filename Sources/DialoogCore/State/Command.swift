/// A named action a key can be bound to (tig's "requests"). The keymap refers to these by
/// name, and the `?` help and the README's key table are generated from the same table.
package enum Command: String, CaseIterable, Equatable, Hashable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case help = "help"
    case openCommandLine = "command-line"
    case redraw = "redraw"
    case quit = "quit"
    case closeOverlay = "close"
    case submit = "submit"
    case deleteBackward = "delete-backward"
    // MARK: Typing (every text field)
    case cursorLeft = "cursor-left"
    case cursorRight = "cursor-right"
    case cursorToStart = "cursor-to-start"
    case cursorToEnd = "cursor-to-end"
    case wordLeft = "word-left"
    case wordRight = "word-right"
    case deleteForward = "delete-forward"
    case deleteToStart = "delete-to-start"
    case deleteToEnd = "delete-to-end"
    case deleteWordBackward = "delete-word-backward"
    case openLibrary = "library"
    case nextTab = "next-tab"
    case previousTab = "previous-tab"
    case open = "open"
    case search = "search"
    // MARK: Planner
    case previousMeeting = "previous-meeting"
    case nextMeeting = "next-meeting"
    case addBlock = "add-block"
    case addTemplateBlock = "add-template-block"
    case removeBlock = "remove-block"
    case swapTopic = "swap-topic"
    case eraseSeries = "erase-series"
    case duplicateSeries = "duplicate-series"
    case saveTemplate = "save-template"
    case editSeries = "edit-series"
    case moveBlockUp = "move-block-up"
    case moveBlockDown = "move-block-down"
    case duplicateBlock = "duplicate-block"
    case moreMinutes = "more-minutes"
    case fewerMinutes = "fewer-minutes"
    case fiveMoreMinutes = "five-more-minutes"
    case pickPrompts = "pick-prompts"
    case checklist = "checklist"
    case addChecklistItem = "add-checklist-item"
    case renameChecklistItem = "rename-checklist-item"
    case removeChecklistItem = "remove-checklist-item"
    case warnings = "warnings"
    case addMeeting = "add-meeting"
    case addAftercare = "add-aftercare"
    case removeMeeting = "remove-meeting"
    case edit = "edit"
    case removePrompt = "remove-prompt"
    case toggle = "toggle"
    case allThemes = "all-themes"
    case editMeeting = "edit-meeting"
    case refillHelpCard = "refill-help-card"
    case printPlan = "print-plan"
    case exportReport = "export-report"
    case exportBundle = "export-bundle"
    case importBundle = "import-bundle"
    /// Tab in a path field: complete the folder or file name; a second Tab lists the choices.
    case completePath = "complete-path"
    // MARK: Forms
    case newSeries = "new-series"
    case nextField = "next-field"
    case previousField = "previous-field"
    case previousChoice = "previous-choice"
    case nextChoice = "next-choice"
    case confirm = "confirm"
    case takeSuggestion = "take-suggestion"
    case chooseTemplate = "choose-template"
    case newLocalHelp = "new-local-help"
    case editLocalHelp = "edit-local-help"
    // MARK: Live mode
    case runMeeting = "run-meeting"
    case toggleTimer = "timer"
    case nextBlock = "next-block"
    case previousBlock = "previous-block"
    case attendance = "attendance"
    case promptDeck = "prompt-deck"
    case groundRules = "ground-rules"
    case helpCard = "help-card"
    case disclosure = "disclosure"
    case searchHelp = "search-help"
    case note = "note"
    case signal = "signal"
    case privacyScreen = "privacy-screen"
    case undo = "undo"
    case endMeeting = "end-meeting"
    case leaveLive = "leave-live"
    case addParticipant = "add-participant"
    case renameParticipant = "rename-participant"
    case removeParticipant = "remove-participant"
    case countMode = "count-mode"
    case responseOpen = "response-open"
    case responseMixed = "response-mixed"
    case responseResistance = "response-resistance"
    case responseSilence = "response-silence"
    case raiseTheme = "raised-theme"
    case addAgreement = "add-agreement"
    case addStatement = "add-statement"
    // MARK: Evaluation
    case evaluate = "evaluate"
    case stepBack = "step-back"
    case stepForward = "step-forward"
    case toggleField = "toggle-field"
    case editField = "edit-field"
    case increase = "increase"
    case decrease = "decrease"
    case score1 = "score-1"
    case score2 = "score-2"
    case score3 = "score-3"
    case score4 = "score-4"
    case score5 = "score-5"
    case clearValue = "clear-value"
    case removeLine = "remove-line"
    case planIntervisie = "plan-intervisie"
    case closeEvaluation = "close-evaluation"
    case unlockEvaluation = "edit-evaluation"
    // MARK: Overzicht
    case openOverview = "overview"
    case showFollowUps = "follow-ups"
    case filter = "filter"
    case clearFilters = "clear-filters"
    case sort = "sort"
    /// The Tabellen tab: per municipality, per method, per organisation.
    case nextGrouping = "next-grouping"
    case setTarget = "target"
    case removeTarget = "remove-target"
    case markDone = "mark-done"
    case markOpen = "mark-open"
    case approveTheme = "approve-theme"
    case rejectTheme = "reject-theme"
    case meetingRecords = "meeting-records"
    case withdrawRecord = "withdraw-record"
}

extension Command {
    /// Where a movement command takes a cursor or scroll position that runs from 0 to `last`,
    /// `page` rows at a time; nil for a command that does not move. Every list and page moves
    /// this way.
    package func moved(from position: Int, last: Int, page: Int) -> Int? {
        let target: Int
        switch self {
        case .moveUp: target = position - 1
        case .moveDown: target = position + 1
        case .pageUp: target = position - page
        case .pageDown: target = position + page
        case .moveFirst: target = 0
        case .moveLast: target = last
        default: return nil
        }
        return min(max(target, 0), max(last, 0))
    }
}

extension Command {
    /// The evaluation form's commands that change a value or start typing one: nothing on a
    /// locked form.
    package var changesEvaluation: Bool {
        switch self {
        case .stepForward, .stepBack, .increase, .decrease, .score1, .score2, .score3, .score4, .score5,
            .clearValue, .toggleField, .editField, .removeLine, .planIntervisie:
            true
        default: false
        }
    }
}

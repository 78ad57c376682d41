import Foundation

/// What live mode shows: the meeting, the panel open over it, and what undo can put back.
package struct LiveState: Equatable, Sendable {
    /// Nil until the meeting has been read (or after leaving live mode).
    package var meeting: LiveMeeting?
    package var panel: LivePanel?
    /// Earlier values of the record, newest last, each with the action that changed it.
    package var undo: [LiveUndo] = []
    /// The record as last stored: put back on screen when a save fails, so the screen never
    /// shows something the database does not hold.
    package var saved: LiveRecord?
    /// The privacy screen is up: everything is blanked, and the panel underneath (even a
    /// half-typed note) is there again after any key.
    package var hidden = false
    /// The entry the last undo took off the stack, until its save is answered: put back when
    /// the save fails, so the undo can be tried again.
    package var undoing: LiveUndo?
    /// The block looked at on the agenda (↑↓ or a click), when it is not the current one: the
    /// pane shows its guidance and questions; the timer, the deck and `n`/`p` stay with the
    /// current block, so looking never starts, ends or skips anything.
    package var looking: Int?

    package init(meeting: LiveMeeting? = nil) {
        self.meeting = meeting
        self.saved = meeting?.record
    }

    /// How many actions undo remembers.
    package static let undoDepth = 100

    /// The block the pane shows: the one looked at, else the current one.
    package var shownIndex: Int? {
        guard let meeting, !meeting.blocks.isEmpty else { return nil }
        guard let looking, meeting.blocks.indices.contains(looking) else { return meeting.currentIndex }
        return looking
    }

    /// Which part of the keymap applies in live mode.
    package var inputMode: InputMode {
        if hidden { return .privacy }
        return switch panel {
        case nil: .live
        case .attendance(let panel): panel.typing == nil ? .liveAttendance : .liveAttendanceText
        case .deck(let panel):
            if panel.raising != nil {
                .liveDeckText
            } else if let picker = panel.picker {
                picker.typing ? .liveDeckSearch : .liveDeckLibrary
            } else {
                .liveDeck
            }
        case .rules: .liveRules
        case .helpCard: .liveHelpCard
        case .directory(let panel): panel.typing ? .liveDirectorySearch : .liveDirectory
        case .disclosure: .liveDisclosure
        case .note: .liveNote
        case .agreement: .liveAgreement
        case .signal: .liveSignal
        case .confirmEnd: .liveConfirmEnd
        }
    }
}

/// What opens over the live screen.
package enum LivePanel: Equatable, Sendable {
    case attendance(AttendancePanel)
    case deck(DeckPanel)
    /// The ground rules of the methodology, scrolled down by `offset` lines.
    case rules(offset: Int)
    /// The help card, 112 first, scrolled down by `offset` entries.
    case helpCard(offset: Int)
    /// The whole help directory, searched from inside the help card.
    case directory(DirectoryPanel)
    /// "Als iemand iets vertelt": the short part, then the full points.
    case disclosure(DisclosurePanel)
    /// A quick note being typed.
    case note(TextField)
    /// An agreement of the group being typed, over the ground rules scrolled to `rulesOffset`.
    case agreement(TextField, rulesOffset: Int)
    case signal(SignalForm)
    /// "Close the meeting?" before `e` does it.
    case confirmEnd
}

/// The help directory opened from the help card (`/`): a search over every help entry, the one
/// under the cursor shown with all its fields. Esc goes back to the card where it was.
package struct DirectoryPanel: Equatable, Sendable {
    /// What is typed; the directory is searched for its words.
    package var search = TextField(limit: DirectoryPanel.queryLength)
    /// The search is being typed (letters are text).
    package var typing = true
    /// The entry under the cursor in `Library.searchHelp(query)`.
    package var selection = 0
    /// Where the card was scrolled to, to go back to.
    package var cardOffset = 0

    package init(query: String = "", typing: Bool = true, selection: Int = 0, cardOffset: Int = 0) {
        self.search = TextField(query, limit: Self.queryLength)
        self.typing = typing
        self.selection = selection
        self.cardOffset = cardOffset
    }

    package static let queryLength = 80

    /// The search's text.
    package var query: String { search.text }
}

/// The disclosure page, scrolled by `offset` items (the short part is the first); opened from
/// the card, Esc goes back to the card where it was.
package struct DisclosurePanel: Equatable, Sendable {
    package var offset = 0
    /// The card's offset when opened from the card; nil when opened from the live screen.
    package var cardOffset: Int?

    package init(offset: Int = 0, cardOffset: Int? = nil) {
        self.offset = offset
        self.cardOffset = cardOffset
    }
}

/// The attendance panel: participants by nickname, or the headcount.
package struct AttendancePanel: Equatable, Sendable {
    /// The row under the cursor: a participant in `LiveMeeting.attendanceOrder`, or a field of
    /// `Headcount.Field.allCases` when counting.
    package var row = 0
    /// A nickname (or a count) being typed; nil when not typing.
    package var field: TextField?
    /// The text being typed; setting it puts the cursor at its end.
    package var typing: String? {
        get { field?.text }
        set { field = newValue.map { TextField($0, limit: field?.limit) } }
    }
    /// What is typed is the number of people without a nickname, not a nickname.
    package var typingUnnamed = false
    /// What is typed is a new nickname for this participant (by id), not a new participant.
    package var renaming: String?
    /// The nickname typed looks like a full name; Enter again keeps it anyway.
    package var warnedFullName: String?

    package init(row: Int = 0, typing: String? = nil, warnedFullName: String? = nil) {
        self.row = row
        self.field = typing.map { TextField($0) }
        self.warnedFullName = warnedFullName
    }
}

/// The prompt deck of the current block, with the library open over it to take an unplanned
/// prompt, or a theme the group raised being typed.
package struct DeckPanel: Equatable, Sendable {
    /// A card of the deck, or after the cards one of the block's questions.
    package var row = 0
    /// The library, searched with `/`, to take a prompt that was not planned.
    package var picker: PromptPicker?
    /// A theme the group raised, being typed.
    package var raisingField: TextField?
    /// What is typed in `raisingField` is a statement a participant phrased (the series' own
    /// prompt, `SeriesPrompt`), not a theme.
    package var stating = false
    /// The raised theme's text; setting it puts the cursor at its end.
    package var raising: String? {
        get { raisingField?.text }
        set { raisingField = newValue.map { TextField($0, limit: RaisedTheme.maxLength) } }
    }

    package init(row: Int = 0, picker: PromptPicker? = nil, raising: String? = nil) {
        self.row = row
        self.picker = picker
        self.raisingField = raising.map { TextField($0, limit: RaisedTheme.maxLength) }
    }
}

/// The signal form: a category, what was done, and when to follow up.
package struct SignalForm: Equatable, Sendable {
    package enum Row: Int, CaseIterable, Equatable, Sendable {
        case category, response, followUp
    }

    package var row: Row = .category
    package var category: Signal.Category
    package var response: Signal.Response = .hulpkaart
    /// Weeks from today to follow up; nil for no follow-up date.
    package var followUpWeeks: Int?

    package init(
        category: Signal.Category = .huiselijkGeweld, response: Signal.Response = .hulpkaart, followUpWeeks: Int? = nil
    ) {
        self.category = category
        self.response = response
        self.followUpWeeks = followUpWeeks
    }

    /// The follow-up choices, in weeks; nil is none.
    package static let followUpChoices: [Int?] = [nil, 1, 2, 4]
}

/// An earlier record and the action that changed it.
package struct LiveUndo: Equatable, Sendable {
    package var change: LiveChange
    package var before: LiveRecord
}

/// An action in live mode that changed the record: what undo says it undid.
package enum LiveChange: Equatable, Sendable {
    case timerStarted, timerPaused
    case movedToBlock(String)
    case minutesChanged(Int)
    /// The number of people present without a nickname, now this.
    case unnamedChanged(Int)
    case participantAdded(String)
    /// A participant's nickname changed (the id stays): from, to.
    case participantRenamed(String, to: String)
    /// A participant taken out of this meeting; `erased` when no earlier meeting lists them,
    /// so the nickname is gone from the series.
    case participantRemoved(String, erased: Bool)
    case presenceChanged(String, present: Bool)
    case roleChanged(String, Participant.Role)
    case countModeChanged(countOnly: Bool)
    case headcountChanged
    case promptUsed(String)
    case promptUnmarked(String)
    case responseNoted(PromptUse.Response)
    case unplannedPromptTaken(String)
    case themeRaised(String)
    case noteAdded
    case signalAdded(Signal.Category)
    case agreementAdded(String)
    case statementAdded(String)
    case questionUsed(String)
    case questionUnmarked(String)
}

/// Which meeting live mode opens.
package enum LiveRequest: Equatable, Sendable {
    /// This meeting.
    case meeting(id: String)
    /// The running meeting of the series, or else its next one.
    case series(id: String)
    /// The meeting that was running when the program stopped, if any (plain `dialoog`).
    case resume
}

/// What the status line says in live mode. The TUI words it.
package enum LiveNotice: Equatable, Sendable {
    case undone(LiveChange)
    case nothingToUndo
    /// The last action could not be stored; it has been taken back on screen.
    case saveFailed(Failure)
    /// The meeting could not be opened.
    case openFailed(Failure)
    case lastBlock
    case firstBlock
    /// The nickname looks like a first and last name; Enter again keeps it.
    case looksLikeFullName(String)
    /// The nickname is taken in this series: that participant is marked instead.
    case alreadyListed(String)
    /// Another participant of the series has this nickname; the rename is refused.
    case nicknameTaken(String)
    /// Taken out of this meeting: erased, or kept for the earlier meetings that list them.
    case participantRemoved(String, erased: Bool)
    case badCount(String)
    case meetingEnded(number: Int)
    /// Live mode was left; the meeting is still open.
    case stillRunning(number: Int)
    case noteSaved
    case signalSaved
    case themeSaved(String)
    case agreementSaved(String)
    case statementSaved(String)
    /// Space or a response key on one of the group's own statements in the deck: it counts as
    /// used in meeting `meeting`, where it was phrased, and is not marked again.
    case statementNotMarked(meeting: Int)
}

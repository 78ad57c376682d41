import DialoogCore

/// The messages of live mode. Reached by `localized(_:)`; `LiveText+Dutch.swift` and
/// `LiveText+English.swift` are exhaustive switches like the main catalog. Its keys' words are
/// rows of `ActionTable`; its screen's words are `LiveWords`.
package enum LiveText: Equatable, Sendable {
    case notice(LiveNotice)
    /// What undo took back.
    case change(LiveChange)
}

/// The words of the live screen and its panels, each a value so the screen code holds no
/// sentence of its own.
package enum LiveWords: Equatable, Sendable {
    // MARK: Top line
    /// "bijeenkomst 2/3", "extra bijeenkomst 4", "nazorg".
    case meetingOf(Meeting.Kind, number: Int, of: Int)
    /// "bijeenkomst 2": in sentences.
    case meetingName(Meeting.Kind, number: Int)
    /// Whole minutes behind the plan (negative: ahead); 0 is on schedule.
    case schedule(minutesBehind: Int)
    /// "27 min later begonnen" (or "5 min eerder begonnen"): the first start against the planned one.
    case startedLate(minutes: Int)
    case opening
    /// On the start screen, in the row of a series whose meeting is open.
    case runningNow

    // MARK: Agenda and block
    case agendaHeading
    case present(Int, expected: Int?)
    case promptsUsed(Int, of: Int)
    /// "OPVOLGEN ma 14 dec (+1) · huwelijksdwang": the earliest open follow-up of the series'
    /// other meetings, and how many more are open (`Ledger.openFollowUps`); the day first, as
    /// a narrow column cuts the end.
    case openFollowUp(Signal.Category, day: String, more: Int)
    /// "gebruikt in 1": the earlier meetings that used a prompt (`Ledger`).
    case usedEarlier([Int])
    /// "blok 3/7" on a narrow screen.
    case blockPosition(Int, of: Int)
    case next(String)
    case lastBlock
    case workingForm(String)
    case timerPaused
    case timerNotStarted
    /// In place of the timer, for a block looked at that is not the current one.
    case plannedMinutes(Int)
    /// Under it: the timer stays with the current block (its number).
    case lookingOnly(currentNumber: Int)
    /// "+02:13 over".
    case overtime(String)
    case questionsHeading
    case deckHeading
    /// On the right of a block question in the deck.
    case deckQuestion
    /// Below a block question in the deck.
    case questionKeys
    case more
    case noBlocks
    /// The status line's quiet text: when the meeting ends if the rest goes as planned.
    case expectedEnd(String)
    case plannedEnd(String)
    case response(PromptUse.Response)
    /// Which number key notes which response, under the deck.
    case responseKeys

    // MARK: Attendance
    case attendanceTitle(present: Int)
    case returning
    case role(Participant.Role)
    case newNickname
    /// The label of the field while a participant's nickname is changed.
    case renamedNickname
    case nicknameHint
    case noParticipants
    case countField(Headcount.Field)
    case notCounted
    case countingHint
    case namesHint

    // MARK: Deck
    case deckTitle(String)
    case notPlanned
    /// A prompt's follow-up question, shown under it.
    case promptFollowUp(String)
    case raisingLabel
    case raisingHint
    case emptyDeck
    case raisedThemes([String])
    case statementLabel
    case statementHint
    /// Beside one of the series' own prompts in the deck: "van de groep, bijeenkomst 1".
    case statementOrigin(meeting: Int)
    /// Below it when it is under the cursor: what it is and where it counts as used.
    case statementAbout(meeting: Int)
    case libraryTitle

    // MARK: Ground rules and help card
    case rulesTitle
    /// The group's list: the rules every group shares.
    case groupRules
    /// The agreements this group made, numbered on with its rules.
    case groupAgreements
    /// The gespreksleider's list: the method's own rules.
    case facilitatorRules(String)
    case agreementLabel
    case agreementHint
    case noRules
    case helpCardTitle
    case helpCardLoading
    case directoryTitle
    /// "zoeken: veilig" over the help directory.
    case directorySearch(String)
    case directoryCount(Int)
    case directoryNone(String)
    case disclosureMissing
    /// "↓ nog 3": items below the panel's edge.
    case moreItems(Int)

    // MARK: Note and signal
    case noteTitle(block: String?)
    case noteHint
    case characters(Int, of: Int)
    case signalTitle
    case signalRow(SignalForm.Row)
    case category(Signal.Category)
    case signalResponse(Signal.Response)
    case noFollowUp
    /// "over 1 week (di 8 dec)".
    case followUp(weeks: Int, day: String)
    case signalStored

    // MARK: Privacy and closing
    /// The one neutral line of the privacy screen: it must not hint at the topic.
    case privacyLine
    case confirmEndTitle(String)
    case willBeStored
    case blocksHeld(Int, of: Int)
    /// "deelnemers: 14 (6 met een bijnaam en 8 zonder)"; the close dialog and the evaluation
    /// count alike (`LiveRecord.deelnemersPresent`).
    case presentStored(deelnemers: Int, named: Int, unnamed: Int)
    /// "apart: 1 professional, spreker of waarnemer": not counted as deelnemers.
    case othersStored(Int)
    /// The attendance panel's last row in named mode.
    case unnamedRow
    case promptsStored(Int)
    case notesStored(Int)
    case signalsStored(Int)
    case themesStored(Int)
    case timerStops
    case confirmKeys
}

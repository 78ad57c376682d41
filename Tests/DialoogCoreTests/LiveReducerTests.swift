import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Live mode's reducer: every action changes the record and stores it whole, once; the timer
/// is computed from segments and the pinned clock.
@Suite("Live")
struct LiveReducerTests {
    static let meeting = Fixtures.openedMeeting()
    var blocks: [PlanBlock] { Self.meeting.blocks }

    func live(_ commands: [Command] = [], meeting: LiveMeeting = Self.meeting) -> AppState {
        var state = Fixtures.liveState(meeting)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// The record the one `.saveLive` in `effects` stores; records an issue when there is not exactly one.
    @discardableResult
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return record
    }

    func at(_ state: inout AppState, minutes: Double) {
        _ = state.reduce(.tick(Fixtures.now.addingTimeInterval(minutes * 60)))
    }

    var record: LiveRecord { Self.meeting.record }

    // MARK: - Opening and leaving

    @Test func aLoadedMeetingOpensTheLiveScreenAndReadsTheLibraryOnce() {
        var state = Fixtures.state()
        #expect(state.reduce(.liveLoaded(Self.meeting)) == [.loadLibrary])
        #expect(state.screen == .live && state.inputMode == .live)
        #expect(state.live.saved == Self.meeting.record)
        var withLibrary = Fixtures.liveState()
        _ = withLibrary.reduce(.command(.leaveLive))
        #expect(withLibrary.reduce(.liveLoaded(Self.meeting)) == [])
    }

    @Test func qLeavesLiveModeWithTheMeetingStillOpen() {
        var state = live([.toggleTimer])
        #expect(state.reduce(.command(.leaveLive)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start && state.live.meeting == nil)
        #expect(state.status == .live(.stillRunning(number: 1)))
    }

    @Test func aMeetingThatCannotBeOpenedSaysWhyOnTheStartScreen() {
        var state = Fixtures.state()
        _ = state.reduce(.liveFailed(.unexpected("bijeenkomst 3 is al afgesloten")))
        #expect(state.screen == .start)
        #expect(state.status == .live(.openFailed(.unexpected("bijeenkomst 3 is al afgesloten"))))
    }

    // MARK: - Timer

    @Test func spaceStartsAndPausesTheTimerAndEachIsStored() {
        var state = live()
        let started = saved(state.reduce(.command(.toggleTimer)))
        #expect(started?.segments == [TimerSegment(blockId: blocks[0].id, start: Fixtures.now)])
        #expect(started?.isRunning == true)
        at(&state, minutes: 3)
        let paused = saved(state.reduce(.command(.toggleTimer)))
        #expect(paused?.segments == [TimerSegment(blockId: blocks[0].id, start: Fixtures.now, end: Fixtures.now + 180)])
        at(&state, minutes: 10)
        let meeting = state.live.meeting!
        // Paused: the block's time stays at three minutes while the clock goes on.
        #expect(meeting.elapsed(blocks[0], at: state.now) == 180)
        _ = state.reduce(.command(.toggleTimer))
        at(&state, minutes: 11)
        #expect(state.live.meeting!.elapsed(blocks[0], at: state.now) == 240)
    }

    @Test func theTimerTurnsAmberAtOneFifthLeftRedAtOneTwentiethThenRunsOver() {
        var meeting = Self.meeting
        meeting.blocks[0].minutes = 20
        var state = live(meeting: meeting)
        _ = state.reduce(.command(.toggleTimer))
        let block = state.live.meeting!.blocks[0]
        func phase(at minutes: Double) -> TimerPhase {
            at(&state, minutes: minutes)
            return state.live.meeting!.phase(block, at: state.now)
        }
        #expect(phase(at: 15.9) == .plenty)
        #expect(phase(at: 16) == .amber)
        #expect(phase(at: 18.9) == .amber)
        #expect(phase(at: 19) == .red)
        #expect(phase(at: 20) == .red)
        #expect(phase(at: 20.05) == .overtime)
        #expect(state.live.meeting!.remaining(block, at: state.now) == -3)
    }

    @Test func aMinuteMoreOrLessChangesOnlyTonightsBlockNotThePlan() {
        var state = live()
        let more = saved(state.reduce(.command(.moreMinutes)))
        #expect(more?.extraMinutes == [blocks[0].id: 1])
        #expect(state.live.meeting!.allotted(blocks[0]) == blocks[0].minutes + 1)
        _ = state.reduce(.command(.fewerMinutes))
        #expect(state.live.meeting!.record.extraMinutes.isEmpty)
        #expect(state.live.meeting!.blocks == blocks)
        // Never below one minute.
        for _ in 0..<blocks[0].minutes - 1 { _ = state.reduce(.command(.fewerMinutes)) }
        #expect(state.live.meeting!.allotted(blocks[0]) == 1)
        #expect(state.reduce(.command(.fewerMinutes)) == [])
    }

    // MARK: - Blocks and schedule

    @Test func nextBlockTakesARunningTimerAlong() {
        var state = live([.toggleTimer])
        at(&state, minutes: 5)
        let moved = saved(state.reduce(.command(.nextBlock)))
        #expect(moved?.currentBlockId == blocks[1].id)
        #expect(
            moved?.segments == [
                TimerSegment(blockId: blocks[0].id, start: Fixtures.now, end: Fixtures.now + 300),
                TimerSegment(blockId: blocks[1].id, start: Fixtures.now + 300),
            ])
        at(&state, minutes: 6)
        let back = saved(state.reduce(.command(.previousBlock)))
        #expect(back?.currentBlockId == blocks[0].id)
        // The first block's time goes on from where it was.
        at(&state, minutes: 7)
        #expect(state.live.meeting!.elapsed(blocks[0], at: state.now) == 360)
        #expect(state.live.meeting!.elapsed(blocks[1], at: state.now) == 60)
    }

    @Test func aPausedTimerStaysPausedOnTheNextBlock() {
        var state = live()
        let moved = saved(state.reduce(.command(.nextBlock)))
        #expect(moved?.segments == [])
        #expect(moved?.currentBlockId == blocks[1].id)
    }

    @Test func theEndsOfTheAgendaSaySoAndChangeNothing() {
        var state = live()
        #expect(state.reduce(.command(.previousBlock)) == [])
        #expect(state.status == .live(.firstBlock))
        for _ in 1..<blocks.count { _ = state.reduce(.command(.nextBlock)) }
        #expect(state.live.meeting?.currentIndex == blocks.count - 1)
        #expect(state.reduce(.command(.nextBlock)) == [])
        #expect(state.status == .live(.lastBlock))
    }

    @Test func theScheduleCountsFromTheFirstStartAndShiftsWithReality() {
        var state = live()
        #expect(state.live.meeting!.behind(at: state.now) == nil)
        at(&state, minutes: 10)
        _ = state.reduce(.command(.toggleTimer))
        let first = blocks[0].minutes
        // Five minutes over the first block: five minutes behind.
        at(&state, minutes: 10 + Double(first) + 5)
        #expect(state.live.meeting!.behind(at: state.now) == 300)
        // Moving on two minutes early instead: two minutes ahead, and the agenda moves up.
        var early = live()
        at(&early, minutes: 10)
        _ = early.reduce(.command(.toggleTimer))
        at(&early, minutes: 10 + Double(first) - 2)
        _ = early.reduce(.command(.nextBlock))
        let meeting = early.live.meeting!
        #expect(meeting.behind(at: early.now) == -120)
        let starts = meeting.projectedStarts(at: early.now)!
        #expect(starts[0] == Fixtures.now + 600)
        #expect(starts[1] == early.now)
        #expect(starts[2] == early.now + TimeInterval(blocks[1].minutes * 60))
    }

    // MARK: - Attendance

    @Test func addingAParticipantMarksThemPresentAtOnce() {
        var state = live([.attendance, .addParticipant])
        #expect(state.inputMode == .liveAttendanceText)
        _ = state.reduce(.insertText("Fatma Y."))
        let added = saved(state.reduce(.command(.confirm)))
        let person = added?.participants.first
        #expect(person?.nickname == "Fatma Y." && person?.role == .deelnemer)
        #expect(person?.seriesId == Self.meeting.series.id)
        #expect(added?.present == Set(person.map { [$0.id] } ?? []))
        #expect(state.inputMode == .liveAttendance)
    }

    @Test func aFullNameIsQuestionedOnceThenKeptIfTheFacilitatorInsists() {
        var state = live([.attendance, .addParticipant])
        _ = state.reduce(.insertText("Fatma Yilmaz"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .live(.looksLikeFullName("Fatma Yilmaz")))
        #expect(state.inputMode == .liveAttendanceText)
        let kept = saved(state.reduce(.command(.confirm)))
        #expect(kept?.participants.map(\.nickname) == ["Fatma Yilmaz"])
    }

    @Test func nicknamesThatAreNotFullNamesPassWithoutAQuestion() {
        for nickname in ["Fatma Y.", "oom Ali", "AK", "Sara", "M.B."] {
            #expect(!Participant.looksLikeFullName(nickname), "\(nickname)")
        }
        for name in ["Fatma Yilmaz", "Ayaan Hirsi Ali", "Jan de Vries"] {
            #expect(Participant.looksLikeFullName(name), "\(name)")
        }
    }

    @Test func aNicknameAlreadyInTheSeriesMarksThatParticipant() {
        let known = Participant(seriesId: Self.meeting.series.id, nickname: "Amina")
        var state = live([.attendance, .addParticipant], meeting: Fixtures.openedMeeting(participants: [known]))
        _ = state.reduce(.insertText("amina"))
        let marked = saved(state.reduce(.command(.confirm)))
        #expect(marked?.participants == [known])
        #expect(marked?.present == [known.id])
        #expect(state.status == .live(.alreadyListed("Amina")))
    }

    @Test func returningParticipantsComeFirstAndSpaceTogglesPresence() {
        let people = ["Zeynep", "Bahar", "Amina", "Derya"].map {
            Participant(seriesId: Self.meeting.series.id, nickname: $0)
        }
        let returning: Set = [people[0].id, people[3].id]
        let meeting = Fixtures.openedMeeting(participants: people, returning: returning)
        #expect(meeting.attendanceOrder.map(\.nickname) == ["Derya", "Zeynep", "Amina", "Bahar"])
        var state = live([.attendance], meeting: meeting)
        #expect(saved(state.reduce(.command(.toggle)))?.present == [people[3].id])
        _ = state.reduce(.command(.moveDown))
        #expect(saved(state.reduce(.command(.toggle)))?.present == [people[3].id, people[0].id])
        #expect(saved(state.reduce(.command(.toggle)))?.present == [people[3].id])
        // Roles cycle with left and right.
        #expect(
            saved(state.reduce(.command(.nextChoice)))?.participants.first { $0.nickname == "Zeynep" }?.role == .spreker
        )
        #expect(
            saved(state.reduce(.command(.previousChoice)))?.participants.first { $0.nickname == "Zeynep" }?.role
                == .deelnemer)
        #expect(state.live.meeting?.record.attendanceCount == 1)
    }

    @Test func aHeadcountForALargeOrAnonymousGroup() {
        var state = live([.attendance])
        let counting = saved(state.reduce(.command(.countMode)))
        #expect(counting?.countOnly == true)
        _ = state.reduce(.command(.addParticipant))
        _ = state.reduce(.command(.nextChoice))
        #expect(state.live.meeting?.record.headcount.total == 2)
        _ = state.reduce(.command(.previousChoice))
        #expect(state.live.meeting?.record.headcount.total == 1)
        // Enter types a count: women.
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.toggle))
        #expect(state.inputMode == .liveAttendanceText)
        _ = state.reduce(.insertText("1a2"))
        let women = saved(state.reduce(.command(.confirm)))
        #expect(women?.headcount == Headcount(total: 1, women: 12))
        #expect(women?.attendanceCount == 1)
        _ = state.reduce(.command(.toggle))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.insertText("999"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .live(.badCount("999")))
        // Never below zero.
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.moveUp))
        _ = state.reduce(.command(.previousChoice))
        #expect(state.reduce(.command(.previousChoice)) == [])
        #expect(state.live.meeting?.record.headcount.total == 0)
    }

    // MARK: - Prompt deck

    /// A meeting whose first block has prompts planned.
    var meetingWithPrompts: LiveMeeting {
        var meeting = Self.meeting
        let index = meeting.blocks.firstIndex { !$0.prompts.isEmpty }!
        meeting.record.currentBlockId = meeting.blocks[index].id
        return meeting
    }

    @Test func enterMarksAPlannedPromptUsedAndAgainUnmarksIt() {
        let meeting = meetingWithPrompts
        var state = live([.promptDeck], meeting: meeting)
        #expect(state.inputMode == .liveDeck)
        let block = meeting.currentBlock!
        let used = saved(state.reduce(.command(.toggle)))
        #expect(used?.promptUses.count == 1)
        let use = used?.promptUses.first
        #expect(use?.promptId == block.prompts[0] && use?.planned == true && use?.blockId == block.id)
        #expect(use?.usedAt == Fixtures.now && use?.response == nil)
        #expect(saved(state.reduce(.command(.toggle)))?.promptUses == [])
    }

    @Test func oneKeyNotesTheGroupsResponseAndMarksThePromptUsed() {
        var state = live([.promptDeck], meeting: meetingWithPrompts)
        #expect(saved(state.reduce(.command(.responseMixed)))?.promptUses.map(\.response) == [.gemengd])
        #expect(saved(state.reduce(.command(.responseSilence)))?.promptUses.map(\.response) == [.stilte])
        #expect(state.liveDeck.first?.use?.response == .stilte)
    }

    @Test func aPromptFromTheLibraryIsLoggedAsUnplanned() throws {
        var state = live([.promptDeck], meeting: meetingWithPrompts)
        let block = state.live.meeting!.currentBlock!
        _ = state.reduce(.command(.search))
        #expect(state.inputMode == .liveDeckSearch)
        _ = state.reduce(.insertText("thuis"))
        let found = state.liveLibraryPrompts
        let pick = try #require(found.first { !block.prompts.contains($0.id) })
        _ = state.reduce(.command(.submit))
        #expect(state.inputMode == .liveDeckLibrary)
        let index = try #require(found.firstIndex(of: pick))
        for _ in 0..<index { _ = state.reduce(.command(.moveDown)) }
        let taken = saved(state.reduce(.command(.toggle)))
        #expect(taken?.promptUses.map(\.promptId) == [pick.id])
        #expect(taken?.promptUses.first?.planned == false)
        #expect(state.inputMode == .liveDeck)
        #expect(state.liveDeck.last?.promptId == pick.id && state.liveDeck.last?.planned == false)
        // The cursor stands on the prompt just taken.
        guard case .deck(let panel) = state.live.panel else {
            Issue.record("deck closed")
            return
        }
        #expect(state.liveDeck[panel.row].promptId == pick.id)
    }

    @Test func aThemeTheGroupRaisedIsKeptWithItsBlock() {
        var state = live([.promptDeck, .raiseTheme])
        #expect(state.inputMode == .liveDeckText)
        _ = state.reduce(.insertText("  schoonfamilie  "))
        let raised = saved(state.reduce(.command(.confirm)))
        #expect(raised?.raisedThemes.map(\.text) == ["schoonfamilie"])
        #expect(raised?.raisedThemes.first?.blockId == blocks[0].id)
        #expect(state.status == .live(.themeSaved("schoonfamilie")))
    }

    // MARK: - Note, signal, privacy, help card

    @Test func aQuickNoteIsTimestampedAndTiedToTheBlock() {
        var state = live([.nextBlock, .note])
        #expect(state.inputMode == .liveNote)
        at(&state, minutes: 4)
        _ = state.reduce(.insertText("Pauze iets eerder; groep moe"))
        let noted = saved(state.reduce(.command(.confirm)))
        #expect(noted?.notes.count == 1)
        #expect(noted?.notes.first?.text == "Pauze iets eerder; groep moe")
        #expect(noted?.notes.first?.blockId == blocks[1].id)
        #expect(noted?.notes.first?.at == Fixtures.now + 240)
        // An empty note stores nothing.
        _ = state.reduce(.command(.note))
        _ = state.reduce(.insertText("   "))
        #expect(state.reduce(.command(.confirm)) == [])
    }

    @Test func aNicknameAndARaisedThemeAreEditedWhereTheCursorIs() {
        var state = live([.attendance, .addParticipant])
        _ = state.reduce(.insertText("Fatma"))
        _ = state.reduce(.command(.cursorToStart))
        _ = state.reduce(.command(.deleteForward))
        _ = state.reduce(.insertText("f"))
        _ = state.reduce(.command(.cursorToEnd))
        _ = state.reduce(.insertText(" Y."))
        guard case .attendance(let panel) = state.live.panel else {
            Issue.record("attendance closed")
            return
        }
        #expect(panel.typing == "fatma Y.")
        var deck = live([.promptDeck, .raiseTheme])
        _ = deck.reduce(.insertText(String(repeating: "schoonfamilie ", count: 10)))
        _ = deck.reduce(.command(.deleteWordBackward))
        guard case .deck(let raised) = deck.live.panel else {
            Issue.record("deck closed")
            return
        }
        #expect(raised.raisingField?.limit == RaisedTheme.maxLength)
        #expect(raised.raising?.hasSuffix("schoonfamilie ") == true)
        #expect((raised.raising?.count ?? 0) < RaisedTheme.maxLength)
    }

    @Test func aNoteStopsAtItsLengthLimitCountedAsTheDatabaseCounts() {
        var state = live([.note])
        _ = state.reduce(.insertText(String(repeating: "a", count: 300)))
        guard case .note(let note) = state.live.panel else {
            Issue.record("note closed")
            return
        }
        #expect(note.text == String(repeating: "a", count: LiveNote.maxLength))
        #expect(note.overflowed)
        // An accent typed as a letter and a combining mark is two code points in SQLite.
        var accents = live([.note])
        _ = accents.reduce(.insertText(String(repeating: "e\u{301}", count: 200)))
        guard case .note(let field) = accents.live.panel else {
            Issue.record("note closed")
            return
        }
        #expect(field.used == LiveNote.maxLength && field.text.count == LiveNote.maxLength / 2)
    }

    @Test func aSignalHoldsOnlyACategoryWhatWasDoneAndAFollowUpDay() {
        var state = live([.signal])
        #expect(state.inputMode == .liveSignal)
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.moveDown))
        // Back from the help card, past 112: a warm referral.
        _ = state.reduce(.command(.previousChoice))
        _ = state.reduce(.command(.previousChoice))
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextChoice))
        let signalled = saved(state.reduce(.command(.confirm)))
        let signal = signalled?.signals.first
        #expect(signal?.category == .huwelijksdwang)
        #expect(signal?.response == .warmeVerwijzing)
        #expect(signal?.followUp == Fixtures.date("2026-12-08T00:00"))
        #expect(signal?.blockId == blocks[0].id && signal?.at == Fixtures.now)
        #expect(state.status == .live(.signalSaved))
    }

    @Test func theSignalFormStartsOnTheThemeOfTheBlock() {
        var meeting = Self.meeting
        meeting.blocks[0].theme = "eergerelateerd-geweld"
        let state = live([.signal], meeting: meeting)
        #expect(state.live.panel == .signal(SignalForm(category: .eergerelateerdGeweld)))
    }

    @Test func thePrivacyScreenComesFromAnyPanelAndAnyKeyBringsThatPanelBack() {
        for opener in [Command.attendance, .promptDeck, .groundRules, .signal, .note] {
            var state = live([opener])
            let mode = state.inputMode
            _ = state.reduce(.insertText("Sa"))
            let panel = state.live.panel
            _ = state.reduce(.command(.privacyScreen))
            #expect(state.inputMode == .privacy, "\(opener)")
            #expect(state.reduce(.command(.toggleTimer)) == [])
            #expect(state.inputMode == mode && state.live.panel == panel, "\(opener)")
        }
        var state = live([.privacyScreen])
        _ = state.reduce(.tick(Fixtures.now + 60))
        _ = state.reduce(.resized(.init(width: 60, height: 16)))
        #expect(state.inputMode == .privacy)
    }

    @Test func theHelpCardIsComposedAsInPrint() {
        var state = live([.attendance, .helpCard])
        #expect(state.inputMode == .liveHelpCard)
        let card = state.liveHelpCard
        #expect(card == Self.meeting.helpCard(library: Fixtures.shipped.library))
        #expect(card.items.first?.entry.acute == true)
        // Veilig Thuis is on every card, whatever the themes; the trainer's entries follow.
        #expect(card.items.contains { $0.entry.id == "veilig-thuis" && $0.part == .always })
        #expect(
            card.items.filter { $0.part == .themes }.allSatisfy { Self.meeting.meeting.helpCard.contains($0.entry.id) })
        for _ in 0..<60 { _ = state.reduce(.command(.moveDown)) }
        #expect(state.live.panel == .helpCard(offset: card.items.count - 1))
        _ = state.reduce(.command(.helpCard))
        #expect(state.inputMode == .live)
    }

    @Test func signalsOfEarlierMeetingsAndOfThisOneBringTheirEntries() {
        let plain = live().liveHelpCard
        #expect(!plain.ids.contains("fsan"))
        var earlier = Self.meeting
        earlier.earlierSignals = [.vgv]
        let fromEarlier = live([], meeting: earlier).liveHelpCard
        #expect(fromEarlier.items.contains { $0.entry.id == "fsan" && $0.part == .signals })
        // A signal logged tonight brings its entries onto tonight's card too.
        var tonight = Self.meeting
        tonight.record.signals = [
            Signal(
                id: "s1", meetingId: tonight.meeting.id, blockId: nil, at: Fixtures.now, category: .vgv,
                response: .hulpkaart, followUp: nil)
        ]
        #expect(live([], meeting: tonight).liveHelpCard.ids.contains("fsan"))
    }

    @Test func theDirectoryIsSearchedFromTheCardAndEscWalksBack() {
        var state = live([.nextBlock, .toggleTimer])
        let block = state.live.meeting?.record.currentBlockId
        let record = state.live.meeting?.record
        _ = state.reduce(.command(.helpCard))
        _ = state.reduce(.command(.moveDown))
        #expect(state.reduce(.command(.searchHelp)) == [])
        #expect(state.inputMode == .liveDirectorySearch)
        #expect(state.liveDirectory.count == Fixtures.shipped.library.help.count, "nothing typed: everything")
        _ = state.reduce(.insertText("veil thu"))
        #expect(state.liveDirectory.first?.id == "veilig-thuis")
        // Word beginnings, accents ignored, and the kind and municipality are searched too.
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.searchHelp))
        _ = state.reduce(.insertText("oke"))
        #expect(state.liveDirectory.map(\.id).contains("alles-oke"))
        _ = state.reduce(.command(.submit))
        #expect(state.inputMode == .liveDirectory)
        _ = state.reduce(.command(.searchHelp))
        for _ in 0..<3 { _ = state.reduce(.command(.deleteBackward)) }
        _ = state.reduce(.insertText("professionals"))
        let professionals = Fixtures.shipped.library.help.filter(\.professionalsOnly).map(\.id)
        #expect(!professionals.isEmpty && Set(professionals).isSubset(of: state.liveDirectory.map(\.id)))
        _ = state.reduce(.command(.submit))
        _ = state.reduce(.command(.moveDown))
        #expect(
            state.live.panel
                == .directory(DirectoryPanel(query: "professionals", typing: false, selection: 1, cardOffset: 1)))
        // Esc: back to the card where it was; again: the live screen, same block, timer running.
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.live.panel == .helpCard(offset: 1))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .live)
        #expect(state.live.meeting?.record.currentBlockId == block)
        #expect(state.live.meeting?.record == record, "looking for help records nothing")
        #expect(state.live.meeting?.record.isRunning == true)
    }

    @Test func theDisclosurePageIsOneKeyAwayAndTabSwitchesWithTheCard() {
        // One key from the live screen and from every panel that is not typing.
        for opener in [[], [Command.attendance], [.promptDeck], [.groundRules], [.signal], [.helpCard]] {
            var state = live(opener)
            #expect(state.reduce(.command(.disclosure)) == [])
            #expect(state.inputMode == .liveDisclosure, "\(opener)")
        }
        var state = live([.toggleTimer])
        _ = state.reduce(.command(.disclosure))
        _ = state.reduce(.command(.moveDown))
        #expect(state.live.panel == .disclosure(DisclosurePanel(offset: 1)))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .live)
        // From the card, Tab goes to the page and Tab back; Esc then leaves the card.
        _ = state.reduce(.command(.helpCard))
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.disclosure))
        #expect(state.live.panel == .disclosure(DisclosurePanel(cardOffset: 1)))
        _ = state.reduce(.command(.helpCard))
        #expect(state.live.panel == .helpCard(offset: 1))
        _ = state.reduce(.command(.disclosure))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.live.panel == .helpCard(offset: 1))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .live && state.live.meeting?.record.isRunning == true)
    }

    // MARK: - Undo, failures, ending

    @Test func undoPutsBackTheRecordBeforeEachActionInTurn() {
        var state = live()
        _ = state.reduce(.command(.toggleTimer))
        at(&state, minutes: 2)
        _ = state.reduce(.command(.nextBlock))
        _ = state.reduce(.command(.note))
        _ = state.reduce(.insertText("x"))
        _ = state.reduce(.command(.confirm))
        let beforeNote = state.live.undo.last!.before
        #expect(saved(state.reduce(.command(.undo))) == beforeNote)
        #expect(state.status == .live(.undone(.noteAdded)))
        let back = saved(state.reduce(.command(.undo)))
        #expect(back?.currentBlockId == blocks[0].id)
        #expect(back?.segments == [TimerSegment(blockId: blocks[0].id, start: Fixtures.now)])
        #expect(state.status == .live(.undone(.movedToBlock(blocks[1].title))))
        #expect(saved(state.reduce(.command(.undo))) == record)
        #expect(state.reduce(.command(.undo)) == [])
        #expect(state.status == .live(.nothingToUndo))
    }

    @Test func undoTakesBackAnAddedParticipantAndAUsedPrompt() {
        var state = live([.attendance, .addParticipant], meeting: meetingWithPrompts)
        _ = state.reduce(.insertText("Sara"))
        _ = state.reduce(.command(.confirm))
        #expect(saved(state.reduce(.command(.undo)))?.participants == [])
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.promptDeck))
        _ = state.reduce(.command(.responseOpen))
        #expect(saved(state.reduce(.command(.undo)))?.promptUses == [])
    }

    @Test func aFailedSaveShowsWhatIsStoredAndSaysSo() {
        var state = live()
        _ = state.reduce(.command(.toggleTimer))
        _ = state.reduce(.liveSaved(state.live.meeting!.record))
        let stored = state.live.meeting!.record
        _ = state.reduce(.command(.nextBlock))
        _ = state.reduce(.liveSaveFailed(.unexpected("schijf vol")))
        #expect(state.live.meeting?.record == stored)
        #expect(state.status == .live(.saveFailed(.unexpected("schijf vol"))))
        // The failed action is not on the undo stack.
        #expect(state.live.undo.map(\.change) == [.timerStarted])
    }

    @Test func eAsksThenClosesTheMeetingWithItsTimeline() {
        var state = live([.toggleTimer])
        at(&state, minutes: 7)
        #expect(state.reduce(.command(.endMeeting)) == [])
        #expect(state.inputMode == .liveConfirmEnd)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .live)
        _ = state.reduce(.command(.endMeeting))
        let effects = state.reduce(.command(.confirm))
        // Stored, then the start screen's list and the meeting's evaluation form are read.
        #expect(effects.count == 3 && effects.last == .loadEvaluation(meetingId: record.meetingId))
        guard case .saveLive(let ended) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(ended.state == .ended && ended.endedAt == Fixtures.now + 420)
        #expect(ended.segments == [TimerSegment(blockId: blocks[0].id, start: Fixtures.now, end: Fixtures.now + 420)])
        #expect(state.screen == .start)
        #expect(state.status == .live(.meetingEnded(number: 1)))
    }

    @Test func theHelpOfLiveModeListsItsKeys() {
        var state = live()
        _ = state.reduce(.command(.help))
        #expect(state.helpSubject == .live)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.attendance))
        #expect(state.helpSubject == .liveAttendance)
    }
    // MARK: - Found in review

    @Test func openingAndLeavingWithNothingRecordedLeavesTheMeetingPlanned() {
        var state = live([.toggleTimer, .undo])
        let effects = state.reduce(.command(.leaveLive))
        #expect(effects.count == 3 && effects.suffix(2) == [.loadSeries, .loadFollowUps])
        guard case .saveLive(let record) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(record.state == .planned && !record.hasRecords)
        // With something recorded it stays open.
        var recorded = live([.toggleTimer])
        #expect(recorded.reduce(.command(.leaveLive)) == [.loadSeries, .loadFollowUps])
    }

    @Test func goingBackABlockDoesNotCountTheNextBlockTwice() {
        var state = live([.toggleTimer])
        let first = Double(blocks[0].minutes)
        at(&state, minutes: first)
        _ = state.reduce(.command(.nextBlock))
        at(&state, minutes: first + 5)
        #expect(state.live.meeting!.behind(at: state.now) == 0)
        _ = state.reduce(.command(.previousBlock))
        // Back in block 1, already over its time: only what is left of block 2 still counts.
        #expect(state.live.meeting!.behind(at: state.now) == 0)
        at(&state, minutes: first + 6)
        #expect(state.live.meeting!.behind(at: state.now) == 60)
    }

    @Test func aSkippedBlockHasNoStartTime() {
        var state = live([.nextBlock, .nextBlock, .toggleTimer])
        at(&state, minutes: 5)
        let starts = state.live.meeting!.projectedStarts(at: state.now)!
        #expect(starts[0] == nil && starts[1] == nil)
        #expect(starts[2] == Fixtures.now)
    }

    @Test func aNewCountReplacesTheOldOneAndAnEmptyOneKeepsIt() {
        var state = live([.attendance, .countMode, .toggle])
        _ = state.reduce(.insertText("12"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.command(.toggle))
        _ = state.reduce(.insertText("15"))
        #expect(saved(state.reduce(.command(.confirm)))?.headcount.total == 15)
        _ = state.reduce(.command(.toggle))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.live.meeting?.record.headcount.total == 15)
    }

    @Test func anUndoThatCouldNotBeStoredCanBeTriedAgain() {
        var state = live([.toggleTimer])
        _ = state.reduce(.liveSaved(state.live.meeting!.record))
        _ = state.reduce(.command(.undo))
        _ = state.reduce(.liveSaveFailed(.unexpected("database bezet")))
        #expect(state.live.meeting?.record.isRunning == true)
        #expect(state.live.undo.map(\.change) == [.timerStarted])
        #expect(saved(state.reduce(.command(.undo)))?.segments == [])
    }

    @Test func withoutTickedEntriesTheHelpCardStillHas112AndTheLinesAlwaysThere() {
        var meeting = Self.meeting
        meeting.meeting.helpCard = []
        let card = live([], meeting: meeting).liveHelpCard
        #expect(card.items.first?.entry.acute == true)
        #expect(card.ids.contains("veilig-thuis"))
        #expect(!card.items.contains { $0.part == .themes })
    }

    @Test func aLibraryThatFailsOutsideLiveModeStillLeadsBackToTheStartScreen() {
        var state = Fixtures.plannerState()
        _ = state.reduce(.libraryFailed(.unexpected("kapot")))
        #expect(state.screen == .start)
        var live = live()
        _ = live.reduce(.libraryFailed(.unexpected("kapot")))
        #expect(live.screen == .live)
    }
}

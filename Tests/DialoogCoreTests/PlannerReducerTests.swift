import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The planner's reducer: opening a series, moving, and every edit stored as one save.
@Suite("Planner")
struct PlannerReducerTests {
    static let plan = Fixtures.plan()
    var library: Library { Fixtures.shipped.library }

    func planner(_ commands: [Command] = [], plan: SeriesPlan = Self.plan) -> AppState {
        var state = Fixtures.plannerState(plan)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// The plan the one `.savePlan` in `effects` stores; records an issue when there is not exactly one.
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> SeriesPlan? {
        guard effects.count == 1, case .savePlan(let plan) = effects[0] else {
            Issue.record("expected one .savePlan, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return plan
    }

    // MARK: - Opening

    @Test func enterOnASeriesReadsTheLibraryAndThePlan() {
        let overview = Fixtures.overview("Vrouwengroep", next: nil, id: Self.plan.id)
        var state = Fixtures.state(series: [overview])
        #expect(state.reduce(.command(.open)) == [.loadLibrary, .loadPlan(seriesId: Self.plan.id)])
        #expect(state.screen == .planner && state.inputMode == .planner)
        _ = state.reduce(.planLoaded(Self.plan))
        _ = state.reduce(.libraryLoaded(library, problems: 0))
        #expect(state.plannerState.plan == Self.plan)
        #expect(state.plannerState.warnings == PlanRules.check(Self.plan, library: library))
        // With the library read, only the plan is read.
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.reduce(.command(.open)) == [.loadPlan(seriesId: Self.plan.id)])
    }

    @Test func enterOnAnEmptyListDoesNothing() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.open)) == [])
        #expect(state.screen == .start)
    }

    @Test func aPlanThatCannotBeReadGoesBackToTheStartScreen() {
        var state = Fixtures.state(series: [Fixtures.overview("A", next: nil)])
        _ = state.reduce(.command(.open))
        _ = state.reduce(.planFailed(.unexpected("schijf vol")))
        #expect(state.screen == .start)
        #expect(state.status == .plan(.loadFailed(.unexpected("schijf vol"))))
    }

    @Test func aFailedSaveKeepsThePlannerOpenAndSaysSo() {
        var state = planner()
        _ = state.reduce(.planFailed(.unexpected("schijf vol")))
        #expect(state.screen == .planner)
        #expect(state.status == .plan(.saveFailed(.unexpected("schijf vol"))))
    }

    @Test func escapeGoesBackToTheStartScreenWhichReadsTheSeriesAgain() {
        var state = planner()
        #expect(state.reduce(.command(.closeOverlay)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start)
        #expect(state.plannerState.plan == nil)
    }

    // MARK: - Moving

    @Test func arrowsMoveBetweenBlocksAndMeetingsAndStopAtTheEdges() {
        var state = planner()
        let first = Self.plan.meetings[0].blocks.count
        for _ in 0..<(first + 3) { _ = state.reduce(.command(.moveDown)) }
        #expect(state.plannerState.block == first - 1)
        _ = state.reduce(.command(.nextMeeting))
        #expect(state.plannerState.meeting == 1)
        // The second meeting has fewer blocks: the cursor stays inside it.
        #expect(state.plannerState.block == min(first, Self.plan.meetings[1].blocks.count) - 1)
        for _ in 0..<5 { _ = state.reduce(.command(.nextMeeting)) }
        #expect(state.plannerState.meeting == 2)
        _ = state.reduce(.command(.moveFirst))
        #expect(state.plannerState.block == 0)
        for _ in 0..<5 { _ = state.reduce(.command(.previousMeeting)) }
        #expect(state.plannerState.meeting == 0)
        _ = state.reduce(.command(.moveUp))
        #expect(state.plannerState.block == 0)
    }

    @Test func movingSavesNothing() {
        var state = planner()
        for command in [Command.moveDown, .nextMeeting, .moveLast, .previousMeeting, .pageDown, .pageUp] {
            #expect(state.reduce(.command(command)) == [])
        }
        #expect(state.plannerState.plan == Self.plan)
    }

    // MARK: - Edits: each one is one save of the plan as it now is

    @Test func minutesMoveByOneAndEachChangeIsSaved() {
        var state = planner([.moveDown])
        var expected = Self.plan
        expected.changeMinutes(meeting: 0, block: 1, by: 1)
        #expect(saved(state.reduce(.command(.moreMinutes))) == expected)
        expected.changeMinutes(meeting: 0, block: 1, by: -1)
        expected.changeMinutes(meeting: 0, block: 1, by: -1)
        _ = state.reduce(.command(.fewerMinutes))
        #expect(saved(state.reduce(.command(.fewerMinutes))) == expected)
        #expect(state.plannerState.plan == expected)
    }

    @Test func removingAndMovingBlocksAreSavedAndTheCursorFollows() {
        var state = planner([.moveDown, .moveDown])
        var expected = Self.plan
        expected.moveBlock(meeting: 0, block: 2, by: 1)
        #expect(saved(state.reduce(.command(.moveBlockDown))) == expected)
        #expect(state.plannerState.currentBlock == Self.plan.meetings[0].blocks[2])
        expected.moveBlock(meeting: 0, block: 3, by: -1)
        #expect(saved(state.reduce(.command(.moveBlockUp))) == expected)
        expected.removeBlock(meeting: 0, block: 2)
        #expect(state.reduce(.command(.removeBlock)) == [])
        #expect(saved(state.reduce(.command(.confirm))) == expected)
        #expect(state.plannerState.currentBlock == Self.plan.meetings[0].blocks[3])
    }

    @Test func anEditThatChangesNothingSavesNothing() {
        var state = planner()
        #expect(state.reduce(.command(.moveBlockUp)) == [])
        var short = Self.plan
        short.meetings[0].blocks[0].minutes = 1
        state = planner(plan: short)
        #expect(state.reduce(.command(.fewerMinutes)) == [])
    }

    @Test func addingAndDuplicatingPutTheNewBlockUnderTheCursor() throws {
        var state = planner([.moveDown])
        let added = try #require(saved(state.reduce(.command(.addBlock))))
        let blocks = added.meetings[0].blocks
        #expect(blocks.count == Self.plan.meetings[0].blocks.count + 1)
        #expect(state.plannerState.block == 2)
        #expect(blocks[2].title == "Nieuw blok")
        #expect(Array(blocks.prefix(2)) == Array(Self.plan.meetings[0].blocks.prefix(2)))
        #expect(state.plannerState.plan == added)

        _ = state.reduce(.command(.moveUp))
        let copied = try #require(saved(state.reduce(.command(.duplicateBlock))))
        let copy = copied.meetings[0].blocks[2]
        #expect(copy.title == Self.plan.meetings[0].blocks[1].title)
        #expect(copy.id != Self.plan.meetings[0].blocks[1].id)
        #expect(state.plannerState.block == 2)
    }

    @Test func anExtraMeetingAndTheAftercareMeetingComeAfterTheThree() throws {
        var state = planner()
        let extra = try #require(saved(state.reduce(.command(.addMeeting))))
        #expect(extra.meetings.map(\.meeting.kind) == [.regular, .regular, .regular, .extra])
        #expect(state.plannerState.meeting == 3 && state.plannerState.block == 0)
        let aftercare = try #require(saved(state.reduce(.command(.addAftercare))))
        #expect(aftercare.meetings.map(\.meeting.kind) == [.regular, .regular, .regular, .extra, .aftercare])
        #expect(state.plannerState.meeting == 4)
        // Only once.
        #expect(state.reduce(.command(.addAftercare)) == [])
        #expect(state.status == .plan(.aftercareExists))
        // An added meeting can go again; the three regular ones stay.
        #expect(state.reduce(.command(.removeMeeting)) == [])
        let fewer = try #require(saved(state.reduce(.command(.confirm))))
        #expect(fewer.meetings.map(\.meeting.kind) == [.regular, .regular, .regular, .extra])
        #expect(state.plannerState.meeting == 3)
        _ = state.reduce(.command(.moveFirst))
        for _ in 0..<3 { _ = state.reduce(.command(.previousMeeting)) }
        #expect(state.reduce(.command(.removeMeeting)) == [])
        #expect(state.status == .plan(.meetingStays))
    }

    @Test func theAftercareMeetingIsDatedTheMethodsWeeksAfterTheLastMeeting() throws {
        let method = try #require(library.methods.first { $0.aftercare != nil })
        let weeks = try #require(method.aftercare?.weeks)
        var state = planner(plan: Fixtures.plan(Fixtures.series(method: method.id)))
        let plan = try #require(saved(state.reduce(.command(.addAftercare))))
        let meeting = try #require(plan.meetings.last?.meeting)
        #expect(meeting.kind == .aftercare)
        #expect(meeting.purpose == method.aftercare?.text)
        let last = try #require(Fixtures.starts[2])
        #expect(Fixtures.calendar.daysBetween(last, try #require(meeting.startsAt)) == weeks * 7)
        #expect(Fixtures.calendar.parts(of: try #require(meeting.startsAt)).hour == 19)
    }

    @Test func warningsFollowEveryEdit() throws {
        var state = planner()
        // A hot theme in the first meeting's first block.
        _ = state.reduce(.command(.open))
        for _ in 0..<3 { _ = state.reduce(.command(.moveDown)) }
        #expect(state.plannerState.editor?.current(promptCount: 1) == .theme)
        var effects: [Effect] = []
        while state.plannerState.currentBlock?.theme.flatMap({ library.theme($0)?.temperature }) != .heet {
            effects = state.reduce(.command(.nextChoice))
        }
        let plan = try #require(saved(effects))
        #expect(state.plannerState.warnings == PlanRules.check(plan, library: library))
        #expect(
            state.plannerState.warnings.contains {
                $0.kind == .hotInFirstMeeting(theme: plan.meetings[0].blocks[0].theme!)
            })
    }

    // MARK: - The warnings list

    @Test func enterOnAWarningGoesToItsBlock() {
        var plan = Self.plan
        plan.meetings[1].blocks[2].theme = "opvoeding"
        plan.meetings[1].blocks[1].theme = "huwelijksdwang"
        var state = planner(plan: plan)
        #expect(state.reduce(.command(.warnings)) == [])
        #expect(state.inputMode == .plannerWarnings)
        let target = state.plannerState.orderedWarnings.firstIndex { $0.blockId == plan.meetings[1].blocks[2].id }
        for _ in 0..<(target ?? 0) { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.open))
        #expect(state.inputMode == .planner)
        #expect(state.plannerState.meeting == 1 && state.plannerState.block == 2)
        // The meeting under the cursor comes first in the list.
        #expect(state.plannerState.orderedWarnings.first?.meeting == 2)
    }

    @Test func withoutWarningsTheKeyDoesNothing() {
        var state = planner()
        if state.plannerState.warnings.isEmpty {
            _ = state.reduce(.command(.warnings))
            #expect(state.inputMode == .planner)
        }
    }

    // MARK: - The block editor

    @Test func theBlockEditorCyclesKindFormAndThemeAndSavesEachChange() throws {
        var state = planner([.moveDown, .open])
        #expect(state.inputMode == .blockEditor)
        let before = try #require(state.plannerState.currentBlock)
        #expect(before.theme == nil)
        _ = state.reduce(.command(.moveDown))
        let kind = try #require(saved(state.reduce(.command(.nextChoice))))
        #expect(kind.meetings[0].blocks[1].kind != before.kind)
        _ = state.reduce(.command(.moveDown))
        let form = try #require(saved(state.reduce(.command(.nextChoice))))
        #expect(form.meetings[0].blocks[1].form != before.form)
        #expect(library.workingForm(form.meetings[0].blocks[1].form) != nil)
        _ = state.reduce(.command(.moveDown))
        let theme = try #require(saved(state.reduce(.command(.previousChoice))))
        #expect(theme.meetings[0].blocks[1].theme == library.themes.last?.id)
        _ = state.reduce(.command(.moveDown))
        let minutes = try #require(saved(state.reduce(.command(.nextChoice))))
        #expect(minutes.meetings[0].blocks[1].minutes == before.minutes + 1)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .planner)
    }

    /// Kezban's first group block is the group's own choice; once the trainer sets another
    /// theme, the first-meeting rule applies to it again.
    @Test func aThemeTheTrainerSetsIsNoLongerTheGroupsChoice() throws {
        let kezban = Fixtures.plan(
            Fixtures.series(method: "kezban", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
        let index = try #require(kezban.meetings[0].blocks.firstIndex { $0.chosenByGroup })
        var state = planner(Array(repeating: .moveDown, count: index) + [.open], plan: kezban)
        for _ in 0..<3 { _ = state.reduce(.command(.moveDown)) }
        let changed = try #require(saved(state.reduce(.command(.nextChoice))))
        let block = changed.meetings[0].blocks[index]
        #expect(block.theme != kezban.meetings[0].blocks[index].theme)
        #expect(!block.chosenByGroup)
    }

    @Test func typingATitleIsSavedOnEnterAndCancelledByEscape() throws {
        var state = planner([.open, .edit])
        #expect(state.inputMode == .blockEditorText)
        let title = try #require(state.plannerState.currentBlock?.title)
        _ = state.reduce(.insertText("!"))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .blockEditor)
        #expect(state.plannerState.plan == Self.plan)

        _ = state.reduce(.command(.edit))
        for _ in title { _ = state.reduce(.command(.deleteBackward)) }
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.titleRequired))
        _ = state.reduce(.insertText("Kennismaken met thee"))
        let plan = try #require(saved(state.reduce(.command(.confirm))))
        #expect(plan.meetings[0].blocks[0].title == "Kennismaken met thee")
        #expect(state.inputMode == .blockEditor)
    }

    @Test func aTitleIsEditedWhereTheCursorIs() throws {
        var state = planner([.open, .edit])
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.insertText("met thee"))
        _ = state.reduce(.command(.cursorToStart))
        _ = state.reduce(.insertText("Kennismaken "))
        _ = state.reduce(.command(.cursorToEnd))
        _ = state.reduce(.command(.deleteWordBackward))
        _ = state.reduce(.insertText("koffie"))
        let plan = try #require(saved(state.reduce(.command(.confirm))))
        #expect(plan.meetings[0].blocks[0].title == "Kennismaken met koffie")
    }

    @Test func guidanceIsTypedToo() throws {
        var state = planner([.open])
        for _ in 0..<5 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.edit))
        _ = state.reduce(.insertText(" Zet thee klaar."))
        let plan = try #require(saved(state.reduce(.command(.confirm))))
        #expect(plan.meetings[0].blocks[0].guidance.hasSuffix("Zet thee klaar."))
    }

    @Test func xTakesAPromptOffTheBlock() throws {
        let index = try #require(Self.plan.meetings[0].blocks.firstIndex { !$0.prompts.isEmpty })
        var state = planner(Array(repeating: .moveDown, count: index) + [.open])
        let block = try #require(state.plannerState.currentBlock)
        #expect(state.reduce(.command(.removePrompt)) == [])  // on the title, not a prompt
        for _ in 0..<BlockEditor.fields.count { _ = state.reduce(.command(.moveDown)) }
        let plan = try #require(saved(state.reduce(.command(.removePrompt))))
        #expect(plan.meetings[0].blocks[index].prompts == Array(block.prompts.dropFirst()))
    }

    // MARK: - The prompt picker

    @Test func thePickerListsTheThemesPromptsForTheGroupAndTogglesThemOnTheBlock() throws {
        let index = try #require(Self.plan.meetings[0].blocks.firstIndex { $0.theme != nil && $0.kind == .kern })
        var state = planner(Array(repeating: .moveDown, count: index) + [.pickPrompts])
        #expect(state.inputMode == .promptPicker)
        let block = try #require(state.plannerState.currentBlock)
        let listed = state.pickerPrompts
        #expect(listed == library.pickablePrompts(theme: block.theme, groups: [.vrouwen]))
        let fresh = try #require(listed.firstIndex { !block.prompts.contains($0.id) })
        for _ in 0..<fresh { _ = state.reduce(.command(.moveDown)) }
        let added = try #require(saved(state.reduce(.command(.toggle))))
        #expect(added.meetings[0].blocks[index].prompts == block.prompts + [listed[fresh].id])
        let removed = try #require(saved(state.reduce(.command(.toggle))))
        #expect(removed.meetings[0].blocks[index].prompts == block.prompts)
    }

    @Test func promptsUsedElsewhereAreMarkedWithTheirMeeting() throws {
        let used = try #require(Self.plan.meetings[1].blocks.flatMap(\.prompts).first)
        let state = planner([.pickPrompts])
        #expect(state.plannerState.meetingsUsing(used) == [2])
        // The block under the cursor does not count as elsewhere.
        let own = try #require(Self.plan.meetings[0].blocks[0].prompts.first)
        #expect(state.plannerState.meetingsUsing(own) == [])
    }

    @Test func tabShowsAllThemesAndSlashSearchesAllPrompts() {
        var state = planner([.pickPrompts])
        let own = state.pickerPrompts.count
        _ = state.reduce(.command(.allThemes))
        #expect(state.pickerPrompts.count > own)
        _ = state.reduce(.command(.search))
        #expect(state.inputMode == .promptSearch)
        _ = state.reduce(.insertText("huwelijk"))
        let hits = state.pickerPrompts
        #expect(!hits.isEmpty)
        #expect(hits.map(\.id) == library.search("huwelijk").filter { $0.kind == .prompt }.map(\.id))
        _ = state.reduce(.command(.submit))
        #expect(state.inputMode == .promptPicker)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.plannerState.picker?.query == nil && state.inputMode == .promptPicker)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .planner)
    }

    // MARK: - The meeting editor

    /// The plan with a hot theme in meeting 2 and nothing on that meeting's help card.
    static func hotWithoutHelp() -> SeriesPlan {
        var plan = Self.plan
        plan.meetings[1].blocks[1].theme = "huwelijksdwang"
        plan.meetings[1].meeting.helpCard = []
        return plan
    }

    func hotWarning(_ state: AppState) -> Bool {
        state.plannerState.warnings.contains { $0.kind == .hotThemeWithoutHelp(theme: "huwelijksdwang") }
    }

    /// Types `text` into the field under the cursor in place of what is there, and presses Enter.
    func retype(_ text: String, in state: inout AppState) -> [Effect] {
        _ = state.reduce(.command(.edit))
        for _ in state.plannerState.meetingEditor?.typing ?? "" { _ = state.reduce(.command(.deleteBackward)) }
        if !text.isEmpty { _ = state.reduce(.insertText(text)) }
        return state.reduce(.command(.confirm))
    }

    @Test func mOpensTheMeetingEditorOnTheMeetingUnderTheCursorAndEscapeClosesIt() {
        var state = planner([.nextMeeting])
        #expect(state.reduce(.command(.editMeeting)) == [])
        #expect(state.inputMode == .meetingEditor)
        #expect(state.plannerState.meetingEditor?.current(helpCount: 0) == .date)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .planner && state.plannerState.meeting == 1)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func aDateIsEditedWhereTheCursorIs() throws {
        var state = planner([.nextMeeting, .editMeeting, .edit])
        // "2026-12-15 19:30": the day goes from 15 to 16 without typing the rest again.
        _ = state.reduce(.command(.wordLeft))
        _ = state.reduce(.command(.wordLeft))
        _ = state.reduce(.command(.cursorLeft))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.insertText("6"))
        #expect(state.plannerState.meetingEditor?.typing == "2026-12-16 19:30")
        let plan = try #require(saved(state.reduce(.command(.confirm))))
        #expect(plan.meetings[1].meeting.startsAt == Fixtures.date("2026-12-16T19:30"))
    }

    @Test func aTypedDateIsSavedAndTheBlocksStartFromIt() throws {
        var state = planner([.nextMeeting, .editMeeting, .edit])
        #expect(state.inputMode == .meetingEditorText)
        // Typing starts from the date as it is, in the form it is typed.
        #expect(state.plannerState.meetingEditor?.typing == "2026-12-15 19:30")
        _ = state.reduce(.command(.closeOverlay))
        let plan = try #require(saved(retype("2027-01-12 20:00", in: &state)))
        let start = Fixtures.date("2027-01-12T20:00")
        #expect(plan.meetings[1].meeting.startsAt == start)
        #expect(state.plannerState.plan == plan && state.status == nil)
        #expect(state.inputMode == .meetingEditor)
        let second = Self.plan.meetings[1].blocks[0].minutes
        #expect(plan.meetings[1].blockStarts.prefix(2) == [start, start.addingTimeInterval(Double(second * 60))])
        // Only that meeting changed.
        var expected = Self.plan
        expected.meetings[1].meeting.startsAt = start
        #expect(plan == expected)
        // An empty date takes the date away.
        let undated = try #require(saved(retype("", in: &state)))
        #expect(undated.meetings[1].meeting.startsAt == nil)
        #expect(undated.meetings[1].blockStarts.allSatisfy { $0 == nil })
    }

    @Test func aBadDateChangesNothingAndSaysWhy() {
        var state = planner([.editMeeting])
        let bad: [(String, DutchDate.Problem)] = [
            ("8 januari 25:00", .badTime("25:00")), ("2027-02-30 19:30", .noSuchDate(day: 30, month: 2, year: 2027)),
            ("ma 12-1-2027", .weekdayMismatch(typed: 2, actual: 3)), ("volgende week", .unknownWord("volgende")),
        ]
        for (bad, problem) in bad {
            #expect(retype(bad, in: &state) == [], "\(bad)")
            #expect(state.status == .plan(.badMeetingDate(bad, problem)))
            #expect(state.plannerState.plan == Self.plan)
            #expect(state.plannerState.warnings == PlanRules.check(Self.plan, library: library))
            // Still typing, to put it right; Escape gives up and the message goes.
            #expect(state.inputMode == .meetingEditorText)
            _ = state.reduce(.command(.closeOverlay))
            #expect(state.inputMode == .meetingEditor && state.status == nil)
        }
    }

    @Test func plannedMinutesMoveByFiveWithinTheirRangeAndTheWarningFollows() throws {
        var state = planner([.editMeeting, .moveDown])
        let total = Self.plan.meetings[0].totalMinutes
        #expect(Self.plan.meetings[0].meeting.plannedMinutes == total)
        let longer = try #require(saved(state.reduce(.command(.nextChoice))))
        #expect(longer.meetings[0].meeting.plannedMinutes == total + 5)
        _ = state.reduce(.command(.previousChoice))
        let shorter = try #require(saved(state.reduce(.command(.previousChoice))))
        #expect(shorter.meetings[0].meeting.plannedMinutes == total - 5)
        #expect(state.plannerState.warnings.contains { $0.kind == .overLength(minutes: total, planned: total - 5) })
        _ = state.reduce(.command(.nextChoice))
        #expect(!state.plannerState.warnings.contains { if case .overLength = $0.kind { true } else { false } })

        // Not below 15 nor above 480; a step past the end saves nothing.
        var plan = Self.plan
        plan.meetings[0].meeting.plannedMinutes = 18
        state = planner([.editMeeting, .moveDown], plan: plan)
        #expect(saved(state.reduce(.command(.previousChoice)))?.meetings[0].meeting.plannedMinutes == 15)
        #expect(state.reduce(.command(.previousChoice)) == [])
        plan.meetings[0].meeting.plannedMinutes = 478
        state = planner([.editMeeting, .moveDown], plan: plan)
        #expect(saved(state.reduce(.command(.nextChoice)))?.meetings[0].meeting.plannedMinutes == 480)
        #expect(state.reduce(.command(.nextChoice)) == [])
        // Without planned minutes the step starts from the agenda's total.
        plan.meetings[0].meeting.plannedMinutes = nil
        state = planner([.editMeeting, .moveDown], plan: plan)
        #expect(saved(state.reduce(.command(.nextChoice)))?.meetings[0].meeting.plannedMinutes == total + 5)
        // ←→ change nothing on the other fields.
        _ = state.reduce(.command(.moveUp))
        #expect(state.reduce(.command(.nextChoice)) == [])
    }

    @Test func thePurposeIsTyped() throws {
        var state = planner([.editMeeting, .moveDown, .moveDown])
        let plan = try #require(saved(retype("Kennismaken en afspraken maken.", in: &state)))
        #expect(plan.meetings[0].meeting.purpose == "Kennismaken en afspraken maken.")
        // Typed letters are text here, not keys.
        #expect(InputMode.meetingEditorText.takesText)
    }

    @Test func theHelpCardListsTheEntriesForTheMeetingsThemesFirstAndNever112() throws {
        let state = planner([.nextMeeting, .editMeeting], plan: Self.hotWithoutHelp())
        let listed = state.meetingEditorHelp
        let meeting = try #require(state.plannerState.currentMeeting)
        let suggested = library.helpEntries(
            themes: meeting.blocks.compactMap(\.theme), municipality: Self.plan.series.municipality)
        #expect(!suggested.isEmpty)
        #expect(Array(listed.prefix(suggested.count)) == suggested)
        #expect(Set(listed.map(\.id)) == Set(library.help.filter { !$0.acute }.map(\.id)))
        #expect(listed.count == library.help.count - 1)
    }

    @Test func localEntriesOfTheSeriesMunicipalityAreListedAndThoseOfAnotherOnlyWhenOnTheCard() throws {
        var local = library
        var template = try #require(library.help.first { !$0.acute && $0.themes.contains("huwelijksdwang") })
        template.municipality = "Den Haag"
        template.id = "lokaal-den-haag"
        local.help.append(template)
        template.municipality = "Rotterdam"
        template.id = "lokaal-rotterdam"
        local.help.append(template)
        let listed = local.helpChoices(themes: ["huwelijksdwang"], municipality: " den haag", card: []).map(\.id)
        let suggested = local.helpEntries(themes: ["huwelijksdwang"], municipality: "Den Haag").map(\.id)
        #expect(suggested.contains("lokaal-den-haag") && !suggested.contains("lokaal-rotterdam"))
        #expect(Array(listed.prefix(suggested.count)) == suggested)
        #expect(!listed.contains("lokaal-rotterdam"))
        let onCard = local.helpChoices(themes: ["huwelijksdwang"], municipality: "Den Haag", card: ["lokaal-rotterdam"])
        #expect(onCard.map(\.id).last == "lokaal-rotterdam")
        #expect(!onCard.contains { $0.acute })
    }

    @Test func tickingAnEntryForTheHotThemeRemovesTheWarningAndUntickingBringsItBack() throws {
        var state = planner([.nextMeeting, .editMeeting], plan: Self.hotWithoutHelp())
        #expect(hotWarning(state))
        let index = try #require(state.meetingEditorHelp.firstIndex { $0.themes.contains("huwelijksdwang") })
        let entry = state.meetingEditorHelp[index].id
        for _ in 0..<(MeetingEditor.fields.count + index) { _ = state.reduce(.command(.moveDown)) }
        #expect(state.plannerState.meetingEditor?.current(helpCount: 99) == .help(index))
        let ticked = try #require(saved(state.reduce(.command(.toggle))))
        #expect(ticked.meetings[1].meeting.helpCard == [entry])
        #expect(!hotWarning(state))
        #expect(state.plannerState.warnings == PlanRules.check(ticked, library: library))
        // Enter ticks too.
        let unticked = try #require(saved(state.reduce(.command(.edit))))
        #expect(unticked.meetings[1].meeting.helpCard == [])
        #expect(hotWarning(state))
    }

    @Test func rFillsTheCardFromTheMeetingsThemes() throws {
        var state = planner([.nextMeeting, .editMeeting], plan: Self.hotWithoutHelp())
        let themes = try #require(state.plannerState.currentMeeting).blocks.compactMap(\.theme)
        let refilled = try #require(saved(state.reduce(.command(.refillHelpCard))))
        #expect(
            refilled.meetings[1].meeting.helpCard
                == library.helpEntries(themes: themes, municipality: "Den Haag").map(\.id))
        #expect(!hotWarning(state))
        // The other meetings keep their cards.
        #expect(refilled.meetings[0] == Self.plan.meetings[0])
        // Filled again, it stays the same: nothing to save.
        #expect(state.reduce(.command(.refillHelpCard)) == [])
    }

    @Test func extraAndAftercareMeetingsAreEditedTheSameWay() throws {
        var state = planner([.addMeeting, .addAftercare, .editMeeting])
        #expect(state.plannerState.currentMeeting?.meeting.kind == .aftercare)
        let plan = try #require(saved(retype("2027-02-02 19:00", in: &state)))
        #expect(plan.meetings[4].meeting.startsAt == Fixtures.date("2027-02-02T19:00"))
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.previousMeeting))
        _ = state.reduce(.command(.editMeeting))
        _ = state.reduce(.command(.moveDown))
        let extra = try #require(saved(state.reduce(.command(.previousChoice))))
        #expect(extra.meetings[3].meeting.kind == .extra)
        #expect(extra.meetings[3].meeting.plannedMinutes == 85)
    }

    // MARK: - The checklist

    @Test func spaceTicksAPreparationItemAndSavesIt() throws {
        var state = planner([.checklist])
        #expect(state.inputMode == .checklist)
        let ticked = try #require(saved(state.reduce(.command(.toggle))))
        #expect(ticked.checklist == [.sleutelpersonen])
        _ = state.reduce(.command(.moveLast))
        let two = try #require(saved(state.reduce(.command(.toggle))))
        #expect(two.checklist == [.sleutelpersonen, .gemeente])
        _ = state.reduce(.command(.moveFirst))
        let untick = try #require(saved(state.reduce(.command(.toggle))))
        #expect(untick.checklist == [.gemeente])
        _ = state.reduce(.command(.checklist))
        #expect(state.inputMode == .planner)
    }
}

/// The new-series form: its fields, its checks, and the effect that makes the series.
@Suite("New series form")
struct NewSeriesReducerTests {
    var library: Library { Fixtures.shipped.library }

    func form(method: String = "htib") -> AppState {
        var state = Fixtures.state()
        _ = state.reduce(.libraryLoaded(library, problems: 0))
        #expect(state.reduce(.command(.newSeries)) == [])
        let index = library.methods.firstIndex { $0.id == method } ?? 0
        for _ in 0..<index { _ = state.reduce(.command(.nextChoice)) }
        return state
    }

    func go(to field: NewSeriesForm.Field, in state: inout AppState) {
        for _ in 0..<20 where state.newSeries?.field != field { _ = state.reduce(.command(.nextField)) }
    }

    func type(_ text: String, into field: NewSeriesForm.Field, in state: inout AppState) {
        go(to: field, in: &state)
        _ = state.reduce(.insertText(text))
    }

    @Test func nOpensTheFormAndReadsTheLibraryWhenNeeded() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.newSeries)) == [.loadLibrary])
        #expect(state.screen == .newSeries && state.inputMode == .newSeries)
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start && state.newSeries == nil)
    }

    @Test func aFormFieldIsEditedWhereTheCursorIsAndTabPutsItAtTheEnd() {
        var state = form()
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Moeders Zuid"))
        _ = state.reduce(.command(.wordLeft))
        _ = state.reduce(.insertText("Oost "))
        #expect(state.newSeries?.name == "Moeders Oost Zuid")
        _ = state.reduce(.command(.deleteToEnd))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.newSeries?.name == "Moeders Oost")
        _ = state.reduce(.command(.cursorToStart))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.command(.previousField))
        _ = state.reduce(.insertText("!"))
        #expect(state.newSeries?.name == "Moeders Oost!")
    }

    @Test func typedFieldsTakeTextAndChosenFieldsTakeArrows() {
        var state = form()
        _ = state.reduce(.command(.nextField))
        #expect(state.inputMode == .newSeriesText)
        _ = state.reduce(.insertText("Moeders"))
        _ = state.reduce(.insertText(" Zuid"))
        _ = state.reduce(.command(.deleteBackward))
        #expect(state.newSeries?.name == "Moeders Zui")
        go(to: .venue, in: &state)
        #expect(state.inputMode == .newSeries)
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        #expect(state.newSeries?.venue == .moskee)
        go(to: .groups, in: &state)
        _ = state.reduce(.command(.toggle))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.toggle))
        #expect(state.newSeries?.groups == [.vrouwen, .gemengd])
        _ = state.reduce(.command(.previousField))
        #expect(state.newSeries?.field == .languages)
    }

    @Test func enterOnTheLastLineChecksTheNameFirst() {
        var state = form()
        go(to: .create, in: &state)
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.nameRequired))
        #expect(state.newSeries?.field == .name)
    }

    @Test func datesMustBeTimesInOrder() {
        var state = form()
        type("Ouders Oost", into: .name, in: &state)
        type("8 december", into: .date(0), in: &state)
        go(to: .create, in: &state)
        _ = state.reduce(.command(.confirm))
        #expect(state.status == .plan(.badDate(meeting: 1, text: "8 december", .missingTime)))
        #expect(state.newSeries?.field == .date(0))
        state.newSeries?.dates = ["2026-12-15 19:30", "2026-12-08 19:30", ""]
        go(to: .create, in: &state)
        _ = state.reduce(.command(.confirm))
        #expect(state.status == .plan(.datesOutOfOrder(meeting: 2)))
        state.newSeries?.groupSize = "twaalf"
        state.newSeries?.dates = ["", "", ""]
        go(to: .create, in: &state)
        _ = state.reduce(.command(.confirm))
        #expect(state.status == .plan(.badGroupSize(.notANumber("twaalf"))))
    }

    @Test func aMethodWithAGroupChoiceNeedsTheRightNumberTicked() throws {
        var state = form(method: "kezban")
        let choice = try #require(library.method("kezban")?.groupChoice)
        type("Vrouwen Kezban", into: .name, in: &state)
        go(to: .groupChoice, in: &state)
        _ = state.reduce(.command(.toggle))
        go(to: .create, in: &state)
        _ = state.reduce(.command(.confirm))
        #expect(state.status == .plan(.choiceCount(choose: choice.choose, chosen: 1)))
        #expect(state.newSeries?.field == .groupChoice)
        for _ in 1..<choice.choose {
            _ = state.reduce(.command(.nextChoice))
            _ = state.reduce(.command(.toggle))
        }
        go(to: .create, in: &state)
        let effects = state.reduce(.command(.confirm))
        guard case .createSeries(let series, _, _) = effects.first else {
            Issue.record("no series made: \(effects)")
            return
        }
        #expect(series.groupChoice == choice.options.prefix(choice.choose).map(\.name))
    }

    @Test func aGoodFormAsksForTheSeriesToBeMade() throws {
        var state = form()
        type("Vrouwengroep Schilderswijk", into: .name, in: &state)
        type("Den Haag", into: .municipality, in: &state)
        type("AK, Fatma ", into: .facilitator(0), in: &state)
        type("tr, nl", into: .languages, in: &state)
        go(to: .groups, in: &state)
        _ = state.reduce(.command(.toggle))
        type("12", into: .groupSize, in: &state)
        type("2026-12-08 19:30", into: .date(0), in: &state)
        type("2026-12-15T19:30", into: .date(1), in: &state)
        go(to: .create, in: &state)
        let effects = state.reduce(.command(.confirm))
        #expect(effects.count == 1)
        guard case .createSeries(let series, let starts, _) = effects.first else {
            Issue.record("no series made: \(effects)")
            return
        }
        #expect(series.id.count == 36)
        #expect(series.name == "Vrouwengroep Schilderswijk")
        #expect(series.methodId == "htib" && series.organisation == library.method("htib")?.organisation.short)
        #expect(series.municipality == "Den Haag")
        #expect(series.facilitators == ["AK", "Fatma"])
        #expect(series.languages == ["tr", "nl"])
        #expect(series.groups == [.vrouwen])
        #expect(series.expectedGroupSize == 12)
        #expect(series.venue == nil && series.groupChoice.isEmpty)
        #expect(series.createdAt == Fixtures.now)
        #expect(starts == [Fixtures.date("2026-12-08T19:30"), Fixtures.date("2026-12-15T19:30"), nil])

        // The stored plan comes back: the planner opens on it.
        var plan = Fixtures.plan(series)
        plan.series = series
        _ = state.reduce(.planLoaded(plan))
        #expect(state.screen == .planner && state.newSeries == nil)
        #expect(state.status == .plan(.created(name: "Vrouwengroep Schilderswijk")))
        #expect(state.plannerState.plan == plan)
    }

    @Test func aFailedCreateKeepsTheForm() {
        var state = form()
        _ = state.reduce(.planFailed(.unexpected("de schijf is vol")))
        #expect(state.screen == .newSeries)
        #expect(state.status == .plan(.createFailed(.unexpected("de schijf is vol"))))
    }

    @Test func datesAreReadOnTheWallClock() {
        let date = NewSeriesForm.parseDate("2026-12-01 19:30", calendar: Fixtures.calendar)
        #expect(date == Fixtures.date("2026-12-01T19:30"))
        for bad in ["2026-12-01", "2026-13-01 19:30", "2026-02-30 10:00", "1-12-2026 19:30", "2026-12-01 25:00"] {
            #expect(NewSeriesForm.parseDate(bad, calendar: Fixtures.calendar) == nil, "\(bad)")
        }
    }
}

/// A meeting that runs or ran keeps its plan: live mode's records hang on its blocks.
@Suite("Planner: held meetings")
struct PlannerHeldMeetingTests {
    @Test func editsOfAHeldMeetingAreRefusedAndSaid() {
        var plan = Fixtures.plan()
        plan.meetings[0].meeting.state = .ended
        var state = Fixtures.plannerState(plan)
        for command in [Command.removeBlock, .addBlock, .moreMinutes, .moveBlockDown, .duplicateBlock] {
            #expect(state.reduce(.command(command)) == [], "\(command)")
            // x asks first; the answer is refused.
            if command == .removeBlock { #expect(state.reduce(.command(.confirm)) == []) }
            #expect(state.status == .plan(.meetingHeld(number: 1)))
            #expect(state.plannerState.plan == plan)
        }
        // The next meeting is still the trainer's.
        _ = state.reduce(.command(.nextMeeting))
        #expect(state.reduce(.command(.moreMinutes)).count == 1)
    }
}

/// A plan changed under the planner (a `dialoog plan import`): its save is refused by the
/// store, and the planner says so and reads the stored plan again.
@Suite("Planner: a plan changed under it")
struct PlannerRevisionTests {
    @Test func theSaveCarriesTheRevisionReadAndASavedEditMovesItOn() {
        var plan = Fixtures.plan()
        plan.revision = 4
        var state = Fixtures.plannerState(plan)
        guard case .savePlan(let sent) = state.reduce(.command(.moreMinutes)).first else {
            Issue.record("nothing saved")
            return
        }
        #expect(sent.revision == 4)
        _ = state.reduce(.planSaved)
        #expect(state.plannerState.plan?.revision == 5)
    }

    @Test func aRefusedSaveSaysSoAndReadsThePlanAgain() {
        var state = Fixtures.plannerState(Fixtures.plan())
        _ = state.reduce(.command(.moreMinutes))
        let changed = Failure.store(.planChanged(series: Fixtures.plan().series.name))
        #expect(state.reduce(.planFailed(changed)) == [.loadPlan(seriesId: Fixtures.plan().id)])
        #expect(state.status == .plan(.saveFailed(changed)))
        #expect(state.screen == .planner)
        // The stored plan, as imported, replaces the one on screen.
        var imported = Fixtures.plan()
        imported.series.name = "Uit een planbestand"
        imported.revision = 1
        _ = state.reduce(.planLoaded(imported))
        #expect(state.plannerState.plan?.series.name == "Uit een planbestand")
        #expect(state.plannerState.plan?.revision == 1)
    }

    @Test func anotherFailureReadsNothingAgain() {
        var state = Fixtures.plannerState(Fixtures.plan())
        _ = state.reduce(.command(.moreMinutes))
        #expect(state.reduce(.planFailed(.unexpected("schijf vol"))) == [])
    }
}

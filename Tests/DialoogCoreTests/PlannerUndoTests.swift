import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Typed numbers in the planner's editors and the new-series form.
@Suite("Planner: typed numbers")
struct PlannerNumberTests {
    static let plan = Fixtures.plan()

    func planner(_ commands: [Command]) -> AppState {
        var state = Fixtures.plannerState(Self.plan)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// The block editor on its minutes row.
    func onBlockMinutes() -> AppState {
        let row = BlockEditor.fields.firstIndex(of: .minutes) ?? 0
        return planner([.open] + Array(repeating: .moveDown, count: row))
    }

    @Test func theParserTakesDigitsInTheRangeAndNothingElse() {
        #expect(NumberEntry.parse(" 40 ", in: 1...240) == .success(40))
        #expect(NumberEntry.parse("240", in: 1...240) == .success(240))
        #expect(NumberEntry.parse("0", in: 1...240) == .failure(.outOfRange("0", 1...240)))
        #expect(NumberEntry.parse("241", in: 1...240) == .failure(.outOfRange("241", 1...240)))
        for bad in ["", "  ", "-5", "+5", "4.5", "4,5", "veertig", "٤٠", "4 0"] {
            #expect(
                NumberEntry.parse(bad, in: 1...240) == .failure(.notANumber(bad.trimmingCharacters(in: .whitespaces))))
        }
        // Far too many digits for an Int: out of range, not a crash.
        let long = String(repeating: "9", count: 40)
        #expect(NumberEntry.parse(long, in: 1...240) == .failure(.outOfRange(long, 1...240)))
    }

    @Test func enterOnABlocksMinutesTypesANumberAndEnterKeepsIt() throws {
        var state = onBlockMinutes()
        #expect(state.reduce(.command(.edit)) == [])
        #expect(state.inputMode == .blockEditorText)
        #expect(state.plannerState.editor?.typing == "")
        _ = state.reduce(.insertText("40"))
        let effects = state.reduce(.command(.confirm))
        guard case .savePlan(let saved) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(saved.meetings[0].blocks[0].minutes == 40)
        #expect(state.inputMode == .blockEditor)
        // ±1 still works after typing.
        _ = state.reduce(.command(.moreMinutes))
        #expect(state.plannerState.currentBlock?.minutes == 41)
    }

    @Test func aWrongNumberIsSaidAndKeptToPutRight() {
        var state = onBlockMinutes()
        _ = state.reduce(.command(.edit))
        _ = state.reduce(.insertText("300"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.badNumber(.outOfRange("300", PlanBlock.minuteRange))))
        #expect(state.plannerState.editor?.typing == "300")
        #expect(state.plannerState.plan == Self.plan)
        for _ in 0..<3 { _ = state.reduce(.command(.deleteBackward)) }
        _ = state.reduce(.insertText("4o"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.badNumber(.notANumber("4o"))))
        // Esc leaves the minutes as they were.
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.inputMode == .blockEditor)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func enterOnNothingKeepsTheMinutes() {
        var state = onBlockMinutes()
        _ = state.reduce(.command(.edit))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.inputMode == .blockEditor)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func aMeetingsPlannedMinutesAreTypedToo() {
        var state = planner([.editMeeting, .moveDown])
        #expect(state.plannerState.meetingEditor?.current(helpCount: 0) == .minutes)
        _ = state.reduce(.command(.edit))
        #expect(state.inputMode == .meetingEditorText)
        _ = state.reduce(.insertText("500"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.badNumber(.outOfRange("500", MeetingEditor.minuteRange))))
        for _ in 0..<3 { _ = state.reduce(.command(.deleteBackward)) }
        _ = state.reduce(.insertText("105"))
        #expect(state.reduce(.command(.confirm)).count == 1)
        #expect(state.plannerState.currentMeeting?.meeting.plannedMinutes == 105)
        // ←→ still step by five.
        _ = state.reduce(.command(.nextChoice))
        #expect(state.plannerState.currentMeeting?.meeting.plannedMinutes == 110)
    }

    @Test func theGroupSizeIsCheckedAgainstItsRange() {
        var form = NewSeriesForm()
        form.name = "Ouders Oost"
        let methods = Fixtures.shipped.library.methods
        func problem(_ size: String) -> PlanNotice? {
            form.groupSize = size
            let made = form.series(
                methods: methods, calendar: Fixtures.calendar, id: "s", now: Date(timeIntervalSince1970: 0))
            if case .failure(let problems) = made { return problems.all.first?.notice }
            return nil
        }
        #expect(problem("12") == nil)
        #expect(problem("") == nil)
        #expect(problem("0") == .badGroupSize(.outOfRange("0", NewSeriesForm.groupSizeRange)))
        #expect(problem("501") == .badGroupSize(.outOfRange("501", NewSeriesForm.groupSizeRange)))
        #expect(problem("-3") == .badGroupSize(.notANumber("-3")))
    }
}

/// `x` and `X` ask first; `u` and `:undo` take back the planner's changes, newest first.
@Suite("Planner: confirmation and undo")
struct PlannerUndoTests {
    static let plan = Fixtures.plan()

    func planner(_ commands: [Command], plan: SeriesPlan = Self.plan) -> AppState {
        var state = Fixtures.plannerState(plan)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test func xAsksAndNKeepsTheBlock() {
        var state = planner([.moveDown])
        let title = Self.plan.meetings[0].blocks[1].title
        #expect(state.reduce(.command(.removeBlock)) == [])
        #expect(state.inputMode == .plannerConfirm)
        #expect(state.status == .plan(.confirmRemoveBlock(title: title)))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.inputMode == .planner)
        #expect(state.status == nil)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func jRemovesTheBlockSaysWhatWentAndUBringsItBack() throws {
        var state = planner([.moveDown])
        let title = Self.plan.meetings[0].blocks[1].title
        _ = state.reduce(.command(.removeBlock))
        let effects = state.reduce(.command(.confirm))
        #expect(effects.count == 1)
        #expect(state.plannerState.plan?.meetings[0].blocks.count == Self.plan.meetings[0].blocks.count - 1)
        #expect(state.status == .plan(.removed(.removeBlock(title: title))))
        let undone = state.reduce(.command(.undo))
        #expect(undone == [.savePlan(Self.plan)])
        #expect(state.plannerState.plan == Self.plan)
        #expect(state.plannerState.block == 1)
        #expect(state.status == .plan(.undone(.removeBlock(title: title), left: 0)))
        #expect(state.reduce(.command(.undo)) == [])
        #expect(state.status == .plan(.nothingToUndo))
    }

    @Test func undoGoesBackSeveralStepsAcrossTheEditors() throws {
        var state = planner([])
        var plans = [Self.plan]
        for command in [Command.moreMinutes, .moveBlockDown, .addBlock] {
            _ = state.reduce(.command(command))
            plans.append(try #require(state.plannerState.plan))
        }
        // One more in the block editor, undone from there.
        _ = state.reduce(.command(.open))
        _ = state.reduce(.command(.fewerMinutes))
        plans.append(try #require(state.plannerState.plan))
        #expect(state.plannerState.undo.count == 4)
        for expected in plans.dropLast().reversed() {
            #expect(state.reduce(.command(.undo)) == [.savePlan(expected)])
            #expect(state.plannerState.plan == expected)
        }
        #expect(state.plannerState.plan == Self.plan)
        #expect(state.status == .plan(.undone(.edit, left: 0)))
    }

    @Test func anExtraMeetingRemovedWithCapitalXComesBack() throws {
        var state = planner([.addMeeting])
        let withExtra = try #require(state.plannerState.plan)
        #expect(state.reduce(.command(.removeMeeting)) == [])
        #expect(state.status == .plan(.confirmRemoveMeeting(.extra, number: 4)))
        _ = state.reduce(.command(.confirm))
        #expect(state.plannerState.plan?.meetings.count == 3)
        #expect(state.status == .plan(.removed(.removeMeeting(.extra, number: 4))))
        _ = state.reduce(.command(.undo))
        #expect(state.plannerState.plan == withExtra)
        #expect(state.plannerState.meeting == 3)
    }

    @Test func aRegularMeetingIsNotAskedAbout() {
        var state = planner([])
        #expect(state.reduce(.command(.removeMeeting)) == [])
        #expect(state.inputMode == .planner)
        #expect(state.status == .plan(.meetingStays))
    }

    @Test func colonUndoOnTheCommandLineUndoesInThePlanner() {
        var state = planner([.moreMinutes])
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("ongedaan"))
        #expect(state.reduce(.command(.submit)) == [.savePlan(Self.plan)])
        #expect(state.overlay == nil)
        #expect(state.plannerState.plan == Self.plan)
    }

    @Test func anUndoIsSavedAtTheRevisionTheStoreHasNow() {
        var state = planner([.moreMinutes])
        // The store answered the save: the plan's revision moved one up.
        _ = state.reduce(.planSaved)
        let revision = state.plannerState.plan?.revision ?? 0
        #expect(revision == Self.plan.revision + 1)
        var expected = Self.plan
        expected.revision = revision
        #expect(state.reduce(.command(.undo)) == [.savePlan(expected)])
    }

    @Test func undoRemembersAtMostItsDepth() {
        var state = planner([])
        for _ in 0..<(PlannerState.undoDepth + 5) {
            _ = state.reduce(.command(.moreMinutes))
            _ = state.reduce(.command(.fewerMinutes))
        }
        #expect(state.plannerState.undo.count == PlannerState.undoDepth)
    }

    @Test func anUndoThatWouldChangeAHeldMeetingIsRefused() {
        var state = planner([.nextMeeting, .moreMinutes])
        // Meeting 2 has been held since (its state comes from the store on the next read).
        var held = state.plannerState.plan
        held?.meetings[1].meeting.state = .ended
        state.plannerState.plan = held
        #expect(state.reduce(.command(.undo)) == [])
        #expect(state.status == .plan(.meetingHeld(number: 2)))
        #expect(state.plannerState.plan == held)
    }
}

/// Esc on a new-series form with something in it asks before throwing it away.
@Suite("New series: asking before a discard")
struct NewSeriesDiscardTests {
    func form() -> AppState {
        var state = Fixtures.state()
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        return state
    }

    @Test func anEmptyFormClosesAtOnce() {
        var state = form()
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
    }

    @Test func aFilledFormAsksAndAnyOtherKeyGoesBack() {
        var state = form()
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Moeders Zuid"))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .newSeries)
        #expect(state.status == .plan(.confirmDiscardForm))
        // Text typed while asking is not typed into the form.
        _ = state.reduce(.insertText("x"))
        _ = state.reduce(.command(.nextField))
        #expect(state.screen == .newSeries)
        #expect(state.newSeries?.name == "Moeders Zuid")
        #expect(state.newSeries?.field == .name)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
        #expect(state.newSeries == nil)
    }
}

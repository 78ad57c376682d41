import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// The mouse on the live screen, the evaluation form and the summary gives the actions their
/// keys would: a click chooses (a block to look at, a participant, a card, a field, a
/// record), the wheel scrolls, and a click on a key hint gives only a command that opens
/// something to read. No click starts, ends or skips a block.
@Suite("Mouse in live mode, the evaluation and the summary")
struct LiveMouseTests {
    /// What a click (or a notch of the wheel) at (x, y) gives, reduced into `state`.
    @discardableResult
    func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int, in state: inout AppState) -> (
        actions: [Action], effects: [Effect]
    ) {
        let screen = Renderer.render(state)
        let actions = MouseMap.actions(for: MouseEvent(kind, x: x, y: y), on: screen, mode: state.inputMode)
        var effects: [Effect] = []
        for action in actions { effects += state.reduce(action) }
        return (actions, effects)
    }

    /// The screen row whose text contains `text` (the last such row), and its first column.
    func place(of text: String, in state: AppState, from: Int = 0) throws -> (x: Int, y: Int) {
        let rows = Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
        let y = try #require(rows.lastIndex { $0.contains(text) }, "no row with \(text)")
        let x = rows[y].distance(from: rows[y].startIndex, to: try #require(rows[y].range(of: text)).lowerBound)
        return (x + from, y)
    }

    // MARK: - The live screen

    @Test func aClickOnABlockOfTheAgendaShowsItWithoutMovingTheMeeting() throws {
        var state = Fixtures.liveScreenState(.running)
        let meeting = try #require(state.live.meeting)
        #expect(meeting.currentIndex == 2)
        let title = String(meeting.blocks[4].title.prefix(12))
        let (x, y) = try place(of: title, in: state)
        let (actions, effects) = mouse(.press, x: x, y: y, in: &state)
        #expect(actions == [.command(.moveDown), .command(.moveDown)])
        #expect(effects.isEmpty, "nothing is stored")
        #expect(state.live.looking == 4 && state.live.shownIndex == 4)
        #expect(state.live.meeting?.record == meeting.record && state.live.undo.isEmpty)
        // The pane says it is only a look, and where the timer is.
        let text = Renderer.render(state).text
        #expect(text.contains("bekeken; timer blijft bij blok 3"))
        #expect(text.contains("\(meeting.allotted(meeting.blocks[4])) min gepland"))
        // A click on the current block ends the look.
        let (cx, cy) = try place(of: String(meeting.blocks[2].title.prefix(12)), in: state, from: 0)
        mouse(.press, x: min(cx, 20), y: cy, in: &state)
        #expect(state.live.looking == nil && !Renderer.render(state).text.contains("bekeken;"))
    }

    @Test func theWheelLooksABlockFurtherAndNextBlockStillFollowsTheMeeting() {
        var state = Fixtures.liveScreenState(.running)
        let before = state.live.meeting?.record
        let (actions, effects) = mouse(.wheelDown, x: 5, y: 5, in: &state)
        #expect(actions == [.command(.moveDown)] && effects.isEmpty)
        #expect(state.live.looking == 3 && state.live.meeting?.record == before)
        // `n` moves the meeting on from where it is (block 3 to 4), not from the look, and the
        // look ends; undo takes back that move only.
        _ = state.reduce(.command(.nextBlock))
        #expect(state.live.meeting?.currentIndex == 3 && state.live.looking == nil)
        #expect(state.live.undo.count == 1)
    }

    @Test func noClickAnywhereStartsEndsOrSkipsABlock() throws {
        for moment in [Fixtures.LiveMoment.beforeStart, .running, .paused] {
            for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)] {
                let state = Fixtures.liveScreenState(moment, size: size)
                let record = try #require(state.live.meeting?.record)
                let screen = Renderer.render(state)
                var seen: [[Action]] = []
                for y in 0..<size.height {
                    for x in 0..<size.width {
                        let actions = MouseMap.actions(
                            for: MouseEvent(.press, x: x, y: y), on: screen, mode: state.inputMode)
                        guard !seen.contains(actions) else { continue }
                        seen.append(actions)
                        var clicked = state
                        for action in actions { _ = clicked.reduce(action) }
                        let after = try #require(clicked.live.meeting?.record)
                        #expect(after.segments == record.segments, "\(moment) \(x),\(y) \(actions)")
                        #expect(after.currentBlockId == record.currentBlockId && after.state == record.state)
                        #expect(after.extraMinutes == record.extraMinutes && clicked.live.panel != .confirmEnd)
                    }
                }
                // The hint line was reached: the help card is among what a click can open.
                if size.width == 80 { #expect(seen.contains([.command(.helpCard)]), "\(moment)") }
            }
        }
    }

    @Test func aClickOnTheHelpCardHintOpensTheCardAndOnTheTimerHintDoesNothing() throws {
        var state = Fixtures.liveScreenState(.running)
        let hints = try place(of: "! hulp", in: state)
        let timer = try place(of: "spatie timer", in: state)
        #expect(timer.y == hints.y)
        #expect(mouse(.press, x: timer.x, y: timer.y, in: &state).actions.isEmpty)
        #expect(state.live.panel == nil && state.live.meeting?.record.isRunning == true)
        mouse(.press, x: hints.x, y: hints.y, in: &state)
        #expect(state.live.panel == .helpCard(offset: 0))
        // The card covers the agenda: a click there chooses no block under it.
        #expect(mouse(.press, x: 12, y: 6, in: &state).actions.allSatisfy { $0 != .command(.moveDown) })
        #expect(state.live.looking == nil)
    }

    @Test func aClickInTheAttendanceChoosesAParticipantWithoutMarkingThem() throws {
        var state = Fixtures.liveScreenState(.running)
        _ = state.reduce(.command(.attendance))
        let record = try #require(state.live.meeting?.record)
        let order = try #require(state.live.meeting?.attendanceOrder)
        let (x, y) = try place(of: order[3].nickname, in: state)
        let (actions, effects) = mouse(.press, x: x, y: y, in: &state)
        #expect(actions == Array(repeating: .command(.moveDown), count: 3) && effects.isEmpty)
        guard case .attendance(let panel) = state.live.panel else { throw CancellationError() }
        #expect(panel.row == 3)
        #expect(state.live.meeting?.record == record)
        // Space marks them, as before: the click only chose the row.
        _ = state.reduce(.command(.toggle))
        #expect(state.live.meeting?.record.present.contains(order[3].id) != record.present.contains(order[3].id))
    }

    @Test func aClickInTheDeckChoosesACardWithoutUsingIt() throws {
        var state = Fixtures.liveScreenState(.running)
        _ = state.reduce(.command(.promptDeck))
        let deck = state.liveDeck
        #expect(deck.count >= 2)
        let record = try #require(state.live.meeting?.record)
        let screen = Renderer.render(state)
        let target = try #require(screen.rows.first { $0.steps == 1 })
        mouse(.press, x: target.x.lowerBound + 3, y: target.y, in: &state)
        guard case .deck(let panel) = state.live.panel else { throw CancellationError() }
        #expect(panel.row == 1 && state.live.meeting?.record == record)
    }

    // MARK: - Evaluation and summary

    @Test func aClickInTheEvaluationFocusesAFieldAndTheWheelScrollsTheForm() throws {
        var state = Fixtures.evaluationState(size: TerminalSize(width: 60, height: 16))
        let evaluation = try #require(state.evaluation?.evaluation)
        #expect(state.evaluation?.field == EvaluationField.allCases[0])
        let label = EvaluationWords.label(EvaluationField.allCases[2]).localized(.nl)
        let (x, y) = try place(of: label, in: state)
        let (_, effects) = mouse(.press, x: x, y: y, in: &state)
        #expect(effects.isEmpty && state.evaluation?.field == EvaluationField.allCases[2])
        #expect(state.evaluation?.evaluation == evaluation, "a click changes no value")
        // The wheel goes a field at a time; the list scrolls with it past the screen's rows.
        func listTop() -> Substring {
            Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)[Chrome.topRows]
        }
        let top = listTop()
        for _ in 0..<10 { mouse(.wheelDown, x: 5, y: y, in: &state) }
        #expect(state.evaluation?.field == EvaluationField.allCases[12])
        #expect(listTop() != top)
        #expect(state.evaluation?.evaluation == evaluation)
    }

    @Test func theWheelScrollsTheSummary() throws {
        var state = Fixtures.overviewScreenState(size: TerminalSize(width: 80, height: 16))
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(state.inputMode == .summary && state.overviewState.summaryScroll == 0)
        let (actions, _) = mouse(.wheelDown, x: 10, y: 8, in: &state)
        #expect(actions == Array(repeating: .command(.moveDown), count: 3))
        #expect(state.overviewState.summaryScroll == 3)
        mouse(.wheelUp, x: 10, y: 8, in: &state)
        #expect(state.overviewState.summaryScroll == 0)
    }
}

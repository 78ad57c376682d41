import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The schedule's rule: ahead or behind counts from the planned start (a late start is said
/// and counted), a rescheduled meeting from its own first start, and minutes taken from a
/// block catch up on time but never make a meeting "ahead".
@Suite struct LiveScheduleTests {
    /// Meeting 1 planned to start at `planned`, opened at `Fixtures.now`.
    func live(planned: Date?) -> AppState {
        var meeting = Fixtures.openedMeeting()
        meeting.meeting.startsAt = planned
        return Fixtures.liveState(meeting)
    }

    func at(_ state: inout AppState, minutes: Double) {
        _ = state.reduce(.tick(Fixtures.now.addingTimeInterval(minutes * 60)))
    }

    /// Behind the plan in whole seconds (dates carry a little floating-point noise).
    func behind(_ state: AppState) -> TimeInterval? { state.live.meeting?.behind(at: state.now).map { $0.rounded() } }

    @Test func aMeetingThatBeganLateIsBehindFromItsFirstSecondAndSaysSo() throws {
        var state = live(planned: Fixtures.now)
        at(&state, minutes: 27)
        _ = state.reduce(.command(.toggleTimer))
        #expect(behind(state) == 1620)
        #expect(state.live.meeting?.lateStart?.rounded() == 1620)
        at(&state, minutes: 30)
        #expect(behind(state) == 1620, "the block runs to plan: no further behind")
    }

    @Test func aRescheduledMeetingCountsFromItsOwnStart() {
        // Planned a week earlier, held tonight: not 10080 minutes behind.
        var state = live(planned: Fixtures.now.addingTimeInterval(-7 * 86_400))
        at(&state, minutes: 5)
        _ = state.reduce(.command(.toggleTimer))
        #expect(behind(state) == 0)
        #expect(state.live.meeting?.lateStart == nil)
    }

    @Test func shorteningABlockNeverShowsTheMeetingAhead() throws {
        var state = live(planned: Fixtures.now)
        _ = state.reduce(.command(.toggleTimer))
        at(&state, minutes: 2)
        let block = try #require(state.live.meeting?.currentBlock)
        try #require(block.minutes == 10)
        for _ in 0..<7 { _ = state.reduce(.command(.fewerMinutes)) }
        #expect(state.live.meeting?.allotted(block) == 3)
        #expect(behind(state) == 0, "cut, not gained: on schedule, not 7 min voor")
    }

    @Test func shorteningABlockCatchesUpOnALateStart() {
        var state = live(planned: Fixtures.now)
        at(&state, minutes: 5)
        _ = state.reduce(.command(.toggleTimer))
        #expect(behind(state) == 300)
        for _ in 0..<3 { _ = state.reduce(.command(.fewerMinutes)) }
        #expect(behind(state) == 120)
        for _ in 0..<4 { _ = state.reduce(.command(.fewerMinutes)) }
        #expect(behind(state) == 0, "caught up, and no further")
    }

    @Test func aBlockThatWentQuickerIsStillAheadAfterACut() throws {
        var state = live(planned: Fixtures.now)
        _ = state.reduce(.command(.toggleTimer))
        let first = try #require(state.live.meeting?.blocks.first?.minutes)
        at(&state, minutes: Double(first) - 3)
        _ = state.reduce(.command(.nextBlock))
        #expect(behind(state) == -180)
        for _ in 0..<5 { _ = state.reduce(.command(.fewerMinutes)) }
        #expect(behind(state) == -180, "the three minutes gained count, the five cut do not")
    }

    @Test func fiveMoreMinutesIsOneActionStoredAtOnceAndUndoneAtOnce() throws {
        var state = live(planned: Fixtures.now)
        _ = state.reduce(.command(.toggleTimer))
        let block = try #require(state.live.meeting?.currentBlock)
        let effects = state.reduce(.command(.fiveMoreMinutes))
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)")
            return
        }
        #expect(record.extraMinutes[block.id] == 5)
        #expect(behind(state) == 300)
        _ = state.reduce(.command(.undo))
        #expect(state.live.meeting?.record.extraMinutes[block.id] == nil)
    }
}

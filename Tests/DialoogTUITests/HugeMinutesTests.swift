import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogTUI

/// Stored numbers are added without trapping (issue 20): `block.minutes = 2^62` trapped on
/// overflow in `plan show`, `series show` and the live screen. `StoreCheck` refuses such a
/// file at open; these values reach the screens here as a plan file or a later path might
/// bring them.
@Suite("Huge stored numbers")
struct HugeMinutesTests {
    @Test func sumsAreClampedAndSaturate() {
        #expect(Limits.stored(1 << 62) == Limits.storedNumber)
        #expect(Limits.stored(-(1 << 62)) == -Limits.storedNumber)
        #expect(Limits.add(Int.max, Int.max) == 2 * Limits.storedNumber)
        #expect(Limits.sum([Int.max, Int.max, 5]) == 2 * Limits.storedNumber + 5)
        #expect(Limits.sum(Array(repeating: Int.max, count: 10)) == 10 * Limits.storedNumber)
        #expect(Limits.sum([Int]()) == 0)
        #expect(Limits.sum([10, 20, 30]) == 60)
        #expect(HandCount(yes: Int.max, partly: Int.max, no: 1).total == 2 * Limits.storedNumber + 1)
    }

    /// A plan whose blocks take 2^62 minutes each.
    func hugePlan() -> SeriesPlan {
        var plan = Fixtures.plan()
        for m in plan.meetings.indices {
            for b in plan.meetings[m].blocks.indices { plan.meetings[m].blocks[b].minutes = 1 << 62 }
            plan.meetings[m].meeting.plannedMinutes = 1 << 62
        }
        return plan
    }

    @Test func aPlanWithHugeMinutesIsComputedAndDrawn() {
        let plan = hugePlan()
        let meeting = plan.meetings[0]
        #expect(meeting.totalMinutes == meeting.blocks.count * Limits.storedNumber)
        #expect(meeting.blockStarts.count == meeting.blocks.count)
        #expect(meeting.endsAt != nil)
        _ = PlanRules.check(plan, library: Fixtures.shipped.library)
        let planner = Fixtures.plannerState(plan)
        #expect(!Renderer.render(planner).text.isEmpty)
        var edited = plan
        edited.changeMinutes(meeting: 0, block: 0, by: 1)
        edited.changePlannedMinutes(meeting: 0, by: 1)
        #expect(PlanBlock.minuteRange.contains(edited.meetings[0].blocks[0].minutes))
    }

    @Test func aLiveMeetingWithHugeMinutesIsTimedAndDrawn() {
        var live = Fixtures.openedMeeting(hugePlan())
        live.record.extraMinutes[live.blocks[0].id] = Int.max
        var state = Fixtures.liveState(live)
        _ = state.reduce(.command(.toggleTimer))
        _ = state.reduce(.tick(Fixtures.now.addingTimeInterval(600)))
        #expect(!Renderer.render(state).text.isEmpty)
        _ = state.reduce(.command(.moreMinutes))
        _ = state.reduce(.command(.nextBlock))
        #expect(!Renderer.render(state).text.isEmpty)
    }
}

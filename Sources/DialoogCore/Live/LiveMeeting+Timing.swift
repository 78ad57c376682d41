import Foundation

/// How a block's timer looks: plenty of time, amber at 20% left, red at 5%, then overtime.
package enum TimerPhase: Equatable, Hashable, Sendable {
    case plenty, amber, red, overtime

    /// Share of the block's time left at which the timer turns amber and red.
    package static let amberShare = 0.20
    package static let redShare = 0.05
}

/// The clock of a meeting: every figure is computed from the timer segments and `now`, never
/// counted up in memory, so a restarted program shows the same times.
extension LiveMeeting {
    /// The minutes a block has now: its planned minutes with those added or taken during the
    /// meeting, at least one.
    package func allotted(_ block: PlanBlock) -> Int {
        allotted(block, countingCuts: true)
    }

    /// The minutes a block has, with the minutes taken from it tonight left out unless
    /// `countingCuts`: the schedule's rule (`behind(at:)`).
    private func allotted(_ block: PlanBlock, countingCuts: Bool) -> Int {
        let extra = record.extraMinutes[block.id] ?? 0
        return max(1, Limits.add(block.minutes, countingCuts ? extra : max(0, extra)))
    }

    /// Seconds the timer has run for a block, up to `now`.
    package func elapsed(_ block: PlanBlock, at now: Date) -> TimeInterval {
        record.segments.filter { $0.blockId == block.id }.reduce(0) { $0 + $1.seconds(at: now) }
    }

    /// Seconds left in a block; negative in overtime.
    package func remaining(_ block: PlanBlock, at now: Date) -> TimeInterval {
        remaining(block, at: now, countingCuts: true)
    }

    private func remaining(_ block: PlanBlock, at now: Date, countingCuts: Bool) -> TimeInterval {
        TimeInterval(allotted(block, countingCuts: countingCuts)) * 60 - elapsed(block, at: now)
    }

    package func phase(_ block: PlanBlock, at now: Date) -> TimerPhase {
        let total = TimeInterval(allotted(block)) * 60
        let left = remaining(block, at: now)
        if left < 0 { return .overtime }
        if left <= total * TimerPhase.redShare { return .red }
        if left <= total * TimerPhase.amberShare { return .amber }
        return .plenty
    }

    /// When the timer first ran for a block, if it has.
    package func firstStart(_ block: PlanBlock) -> Date? {
        record.segments.first { $0.blockId == block.id }?.start
    }

    /// When the timer last stopped for a block, if it is not running for it.
    package func lastEnd(_ block: PlanBlock) -> Date? {
        let own = record.segments.filter { $0.blockId == block.id }
        guard let last = own.last, let end = last.end else { return nil }
        return end
    }

    /// When each block starts, as far as can be said now: the real start of blocks that ran
    /// (nil for one that was skipped), and for the current and later blocks the time they
    /// would start if everything from now on goes as planned. Nil before the meeting's timer
    /// first ran.
    package func projectedStarts(at now: Date) -> [Date?]? {
        guard record.startedAt != nil else { return nil }
        let current = currentIndex
        var starts: [Date?] = []
        var next = now
        for (index, block) in blocks.enumerated() {
            if index < current {
                starts.append(firstStart(block))
            } else if index == current {
                let start = firstStart(block) ?? now
                starts.append(start)
                next = now.addingTimeInterval(max(0, remaining(block, at: now)))
            } else {
                starts.append(next)
                next = next.addingTimeInterval(max(0, remaining(block, at: now)))
            }
        }
        return starts
    }

    /// When the meeting will end if the rest goes as planned from now (when it ended, once it has).
    package func projectedEnd(at now: Date) -> Date? {
        projectedEnd(at: now, countingCuts: true)
    }

    private func projectedEnd(at now: Date, countingCuts: Bool) -> Date? {
        guard record.startedAt != nil else { return nil }
        if let ended = record.endedAt { return ended }
        var end = now
        for (index, block) in blocks.enumerated() where index >= currentIndex {
            // A later block that already ran for a while (the group went back) needs only
            // what is left of it.
            end.addTimeInterval(max(0, remaining(block, at: now, countingCuts: countingCuts)))
        }
        return end
    }

    /// Where the schedule counts from: the planned start, when the timer first ran within
    /// `Meeting.rescheduledReach` of it; else (rescheduled) the first start of the timer.
    package var scheduleStart: Date? {
        guard let started = record.startedAt else { return nil }
        return meeting.date(heldAt: started)
    }

    /// Seconds the meeting began after its planned start (negative: before it); nil before the
    /// timer ran, or when the meeting was rescheduled (`scheduleStart`).
    package var lateStart: TimeInterval? {
        guard let started = record.startedAt, let start = scheduleStart, start != started else { return nil }
        return started.timeIntervalSince(start)
    }

    /// When the meeting would end by its plan, counted from `scheduleStart`.
    package var plannedEnd: Date? {
        scheduleStart.map { $0.addingTimeInterval(TimeInterval(Limits.sum(blocks.map(\.minutes))) * 60) }
    }

    /// Seconds behind the plan (negative: ahead): the projected end against the planned end,
    /// which counts from the planned start, so a meeting that began 27 minutes late is 27
    /// minutes behind from its first second. Minutes taken from a block tonight help to
    /// catch up but never make the meeting ahead: ahead is only what went quicker than planned
    /// (the same projection with the cuts left out), so cutting a block to 7 minutes does not
    /// show "13 min voor".
    package func behind(at now: Date) -> TimeInterval? {
        guard let projected = projectedEnd(at: now), let planned = plannedEnd else { return nil }
        let behind = projected.timeIntervalSince(planned)
        guard behind < 0, let uncut = projectedEnd(at: now, countingCuts: false) else { return behind }
        return max(behind, min(0, uncut.timeIntervalSince(planned)))
    }
}

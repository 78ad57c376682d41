import Foundation

extension Meeting {
    /// How far from its planned start a meeting's first timer start may lie and still be the
    /// meeting as planned (begun late or early); further away it was moved to another time.
    package static let rescheduledReach: TimeInterval = 3 * 3600

    /// The date the meeting took place, given when its timer first ran: its planned start,
    /// unless it had none or was held further than `rescheduledReach` from it (rescheduled),
    /// then that first start. The live schedule, the evaluation and the summary agree on it.
    package func date(heldAt: Date?) -> Date? {
        guard let heldAt else { return startsAt }
        guard let startsAt, abs(heldAt.timeIntervalSince(startsAt)) <= Self.rescheduledReach else { return heldAt }
        return startsAt
    }
}

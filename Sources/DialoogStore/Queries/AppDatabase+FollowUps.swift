import DialoogCore
import Foundation
import GRDB

// STUB (foundation): H1 implements these bodies.
extension AppDatabase {
    /// Follow-ups of every series, soonest first: signals with a follow-up day, and the
    /// aftercare meetings and intervisies evaluations ask for. `dueBefore` keeps those due
    /// before that moment; done ones only when `includeDone`.
    package func followUps(dueBefore: Date? = nil, includeDone: Bool = false) throws -> [FollowUp] {
        []
    }

    /// Marks a follow-up done at `doneAt`, or open again with nil.
    package func setFollowUp(_ id: FollowUp.ID, doneAt: Date?) throws {}
}

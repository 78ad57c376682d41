import DialoogCore
import Foundation
import GRDB

// STUB (foundation): H1 implements these bodies.
extension AppDatabase {
    /// The meeting `meetingId` as its evaluation form needs it; nil when there is no such
    /// meeting. Throws `StoreError.meetingNotEnded` for a meeting that has not ended.
    package func evaluationSubject(meetingId: String) throws -> EvaluationSubject? {
        nil
    }

    /// The evaluation subject of the series' most recently ended meeting; nil when none ended.
    package func evaluationSubject(latestOf seriesId: String) throws -> EvaluationSubject? {
        nil
    }

    /// Stores `evaluation` and makes the meeting's raised themes `raisedThemes`, in one
    /// transaction. The group's agreements are carried into the next meeting of the series
    /// that is still planned, as one block (kind terugblik) that returns to them; it is kept
    /// up to date on every save and removed when the agreements are emptied.
    package func saveEvaluation(_ evaluation: Evaluation, raisedThemes: [RaisedTheme]) throws {}
}

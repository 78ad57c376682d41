/// What the overzicht, the summary and the follow-ups say on the status line.
package enum OverviewNotice: Equatable, Sendable {
    /// Reading or storing failed; the reason in the user's language.
    case failed(Failure)
    case filtersCleared
    case followUpDone(FollowUp.Kind, series: String)
    case followUpOpened(FollowUp.Kind, series: String)
    /// A raised wording approved for reports and charts, or rejected.
    case themeApproved(String)
    case themeRejected(String)
    case targetSaved(Int)
    case targetRemoved
    case noTarget
    /// Enter in the target form without a number of meetings.
    case targetNeedsNumber
    /// A digit that would take the target past `OverviewTarget.maximum`.
    case targetTooLarge
    /// Enter on a meeting of the summary that has not been held: nothing to evaluate yet.
    case notHeld(Meeting.Kind, number: Int)
    /// The HTML report of the overzicht as filtered is being written.
    case exporting
    /// The overzicht is being read from the store (shown while it takes a moment).
    case reading
    /// The HTML report was written to `path`.
    case exported(path: String)
    /// A bundle was written to `path`.
    case bundleExported(path: String, series: Int, meetings: Int)
    case bundleImported(BundleImported)
    /// Enter in the bundle form with no file typed.
    case bundleNeedsPath
    /// `r` on a meeting of the summary that has not started: nothing recorded yet.
    case notStarted(Meeting.Kind, number: Int)
    /// Asking before the record under the cursor is withdrawn (j/n).
    case confirmWithdraw(MeetingEntry.Kind)
    case withdrawn(MeetingEntry.Kind)
    /// The record under the cursor was withdrawn before: nothing more to do.
    case alreadyWithdrawn

    /// Whether the notice reports a failure (red) rather than a warning or a confirmation.
    package var isFailure: Bool {
        if case .failed = self { return true }
        return false
    }

    /// Whether the user asked for something that cannot be done as typed.
    package var isWarning: Bool {
        switch self {
        case .noTarget, .targetNeedsNumber, .bundleNeedsPath, .targetTooLarge, .notHeld, .notStarted, .alreadyWithdrawn,
            .confirmWithdraw:
            true
        default: false
        }
    }
}

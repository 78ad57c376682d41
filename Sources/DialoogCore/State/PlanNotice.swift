/// What the status line says about a plan or the new-series form. The TUI words it.
package enum PlanNotice: Equatable, Sendable {
    /// The plan could not be read; the planner went back to the start screen.
    case loadFailed(Failure)
    /// The last edit could not be stored; what is on screen was not saved.
    case saveFailed(Failure)
    /// The series could not be made or stored.
    case createFailed(Failure)
    /// A new series has been made with its proposed plan.
    case created(name: String)
    case aftercareExists
    /// Only extra and aftercare meetings that have not been held can be removed.
    case meetingStays
    /// The meeting is running or has been held: its plan stays as it was.
    case meetingHeld(number: Int)
    case titleRequired
    /// The printable plan is being written.
    case printing
    /// The printable plan was written to `path`.
    case printed(path: String)
    /// The printable plan could not be written.
    case printFailed(Failure)
    /// `:print` where there is nothing to print (only the planner prints).
    case nothingToPrint
    /// The date typed in the meeting editor is not `2026-12-01 19:30`; nothing changed.
    case badMeetingDate(String)
    // MARK: The new-series form
    /// The bibliotheek has no methodologies (yet): nothing to make a series from.
    case noMethods
    case nameRequired
    case badGroupSize(String)
    /// Meeting `meeting`'s date is not `2026-12-01 19:30`.
    case badDate(meeting: Int, text: String)
    /// Meeting `meeting` comes before the meeting before it.
    case datesOutOfOrder(meeting: Int)
    /// The method lets the group choose `choose` options; `chosen` are ticked.
    case choiceCount(choose: Int, chosen: Int)

    /// A failure (not a mistake in what was typed).
    package var isFailure: Bool {
        switch self {
        case .loadFailed, .saveFailed, .createFailed, .printFailed: true
        default: false
        }
    }
}

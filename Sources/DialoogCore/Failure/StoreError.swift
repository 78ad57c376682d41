/// Why a database could not be opened, or a change to it was refused. Each case keeps what was
/// found (the path, the series), so the message can quote it and say what to do; a refused
/// change leaves the database as it was. Thrown by `DialoogStore`; it lives in Core because a
/// failure travels in the state as a value (`Failure.store`) and is worded when drawn.
package enum StoreError: Error, Equatable, Sendable {
    /// Written by a newer dialoog: these migrations are unknown to this version.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// A file that is not SQLite, or SQLite without dialoog's tables.
    case notDialoog(path: String)
    /// SQLite, but its pages do not check out.
    case damaged(path: String, detail: String)
    case cannotCreateFolder(path: String, detail: String)
    case cannotOpen(path: String, detail: String)
    /// The planner's plan of `series` was read at a revision the store has moved past (a plan
    /// import, another change): it is not overwritten.
    case planChanged(series: String)
    /// SQLite could not write because the disk (or the user's quota) is full: nothing of
    /// the change was saved, and the same action can be tried again once there is room.
    case diskFull(path: String)
    /// A new plan whose series id is already taken, by the series named `name`.
    case seriesAlreadyExists(id: String, name: String)
    /// A plan without a meeting that has started or ended: such a meeting stays.
    case meetingAlreadyHeld(series: String, number: Int)
    /// A meeting or block id in a plan is already used by another series (a block copied
    /// from another plan file with its id): saving would take it away from that series.
    case idInOtherSeries(id: String, series: String)
    /// The database refused the change (a rule of the schema); nothing was saved.
    case notSaved(detail: String)
    /// A plan that changes the blocks of a meeting that has started or ended: its agenda is
    /// what live mode recorded against.
    case agendaAlreadyHeld(series: String, number: Int)
    /// Live mode was asked for a series that is not (or no longer) in the database.
    case seriesMissing(id: String)
    /// Live mode was asked for a meeting that is not (or no longer) in the database.
    case meetingMissing(id: String)
    /// Live mode was asked for a meeting that has ended, or a record would reopen it.
    case meetingEnded(series: String, number: Int)
    /// Live mode was asked for a meeting while meeting `number` of the same series runs.
    case otherMeetingRunning(series: String, number: Int)
    /// Live mode was asked for the next meeting of a series whose meetings have all ended.
    case seriesFinished(series: String)
    /// A command that only reads (`dialoog report`) was pointed at a file that does not exist.
    case databaseMissing(path: String)
    /// An evaluation was asked for a meeting that has not ended yet.
    case meetingNotEnded(series: String, number: Int)
    /// A follow-up was marked done or open that is no longer there (its signal, evaluation
    /// or series was removed); `id` is the signal's or the meeting's.
    case followUpMissing(id: String)
    /// `--db` names something that is not a regular file (a folder, a FIFO, a device).
    case notAFile(path: String)
    /// A new series whose plan gives meeting `number` a state other than planned: only live
    /// mode starts and ends meetings.
    case planSetsState(series: String, number: Int, state: String)
    /// A value dialoog cannot read or compute with (a state it does not know, a date that is
    /// no date, a number out of range), in `table`.`column` of the row `row` (its id).
    case badValue(path: String, table: String, column: String, row: String, value: String)
    /// A signal, note, prompt use or raised theme to correct or withdraw that is not there,
    /// or was withdrawn already.
    case recordMissing(id: String)

    /// The sysexits code for the command line: 65 for data problems, 73 when a folder cannot
    /// be made, 74 for other input/output failures.
    package var exitCode: Int32 {
        switch self {
        case .newerDatabase, .notDialoog, .damaged, .badValue, .planSetsState, .seriesAlreadyExists,
            .meetingAlreadyHeld, .idInOtherSeries,
            .notSaved, .planChanged, .agendaAlreadyHeld, .meetingEnded, .otherMeetingRunning, .seriesFinished,
            .meetingNotEnded:
            65
        case .seriesMissing, .meetingMissing, .followUpMissing, .recordMissing, .databaseMissing, .notAFile: 66
        case .cannotCreateFolder: 73
        case .cannotOpen, .diskFull: 74
        }
    }
}

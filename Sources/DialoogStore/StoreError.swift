/// Why a database could not be opened. Each case keeps the path and what was found, so the
/// message can quote them and say what to do; the file itself is never changed.
package enum StoreError: Error, Equatable, Sendable {
    /// Written by a newer dialoog: these migrations are unknown to this version.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// A file that is not SQLite, or SQLite without dialoog's tables.
    case notDialoog(path: String)
    /// SQLite, but its pages do not check out.
    case damaged(path: String, detail: String)
    case cannotCreateFolder(path: String, detail: String)
    case cannotOpen(path: String, detail: String)

    /// The sysexits code for the command line: 65 for data problems, 73 when a folder cannot
    /// be made, 74 for other input/output failures.
    package var exitCode: Int32 {
        switch self {
        case .newerDatabase, .notDialoog, .damaged: 65
        case .cannotCreateFolder: 73
        case .cannotOpen: 74
        }
    }
}

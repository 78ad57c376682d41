/// Why an effect did not succeed, as a value that keeps what was found (the series, the path,
/// the kind of error). It travels in the state and is worded when it is drawn, in the language
/// of that moment: after `:taal en` a failure from before the switch reads in English too.
package enum Failure: Error, Equatable, Sendable {
    /// The database refused or could not do what was asked.
    case store(StoreError)
    /// A new series could not be proposed from its methodology.
    case proposal(ProposalProblem)
    /// No shipped content was found; `looked` lists the folders tried, as shown to the user.
    case contentNotFound(looked: [String])
    /// A `--content` folder does not exist.
    case contentFolderMissing(String)
    /// A series has no plan in the database.
    case planMissing
    /// A series has no meeting that has ended yet.
    case nothingToEvaluate
    /// A local help entry was not written: `path` is where, `reason` the system's words.
    case helpFileNotWritten(path: String, reason: String)
    /// The printable plan was not written: `path` is where, `reason` the system's words.
    case printNotWritten(path: String, reason: String)
    /// A bundle was not written or not imported: `path` is the file, `reason` the words of
    /// the command line's refusal (a wrong key, a damaged file), already in the user's language.
    case bundleRefused(path: String, reason: String)
    /// A local help entry holds what cannot be written (a control character in `field`).
    case helpEntryNotWritable(field: String)
    /// A shipped help entry is copied as a local one, never overwritten.
    case helpEntryNotLocal(id: String)
    /// The entry was written, but read back differently: a file with the same id in a later
    /// folder (`--content`) wins, or the file does not say what was saved. `shown` is the file
    /// the program now shows.
    case helpEntryShadowed(id: String, shown: String)
    /// An error of none of dialoog's own kinds (one from SQLite or the file system), kept as
    /// its own description: it has no translation.
    case unexpected(String)
}

extension Failure {
    /// The planner's save was refused because the stored plan changed since it was read.
    package var isPlanChanged: Bool {
        if case .store(.planChanged) = self { return true }
        return false
    }
}

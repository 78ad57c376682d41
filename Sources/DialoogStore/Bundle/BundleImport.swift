/// What an import did (or, with `--dry-run`, would do), series by series.
package struct BundleImport: Equatable, Sendable {
    /// One series as the import met it.
    package struct Entry: Equatable, Sendable {
        package var id: String
        package var name: String
        /// The laptop it came from.
        package var origin: String
        package var revision: Int64
    }

    /// A series changed here since it was last imported and changed at its origin too.
    package struct Conflict: Equatable, Sendable {
        package var entry: Entry
        package var here: Side
        package var bundle: Side
        /// Whether the bundle's version was kept (otherwise this store's).
        package var keptBundle: Bool
    }

    /// What one side holds of a conflicting series.
    package struct Side: Equatable, Sendable {
        package var revision: Int64
        package var meetings: Int
        package var held: Int
        package var evaluations: Int
    }

    /// Which side wins a conflict.
    package enum Preference: String, CaseIterable, Sendable {
        /// The higher revision (the bundle's when equal).
        case newer
        case bundle
        case here
    }

    package var added: [Entry] = []
    package var updated: [Entry] = []
    /// Held here at the same revision already.
    package var unchanged: [Entry] = []
    /// Older than what is held here.
    package var older: [Entry] = []
    /// Erased here or by an erasure record the bundles bring: never brought back.
    package var erasedSeries: [Entry] = []
    package var conflicts: [Conflict] = []
    /// Participants, meetings and series removed by erasure records.
    package var erased = 0
    /// Erasure records this store did not hold yet.
    package var newErasures = 0

    package init() {}

    /// Nothing was added, updated or erased.
    package var changesNothing: Bool {
        added.isEmpty && updated.isEmpty && erased == 0 && newErasures == 0
            && conflicts.allSatisfy { !$0.keptBundle }
    }
}

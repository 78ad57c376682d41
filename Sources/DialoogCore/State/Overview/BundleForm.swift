import Foundation

/// The form over the overzicht that exports the series shown as one bundle, or imports one:
/// the file's path and, for an export, the coordinator's public key (`age1…`); left empty, the
/// key stored on this laptop (`dialoog key new`) is used. There is no unencrypted export here.
package struct BundleForm: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        case export, `import`
    }

    package enum Row: Int, CaseIterable, Equatable, Sendable {
        case path, recipient
    }

    package var kind: Kind
    package var path: TextField
    package var recipient: TextField
    package var row: Row
    /// The names a second Tab found for the path, shown under it until the path changes.
    package var choices: [String] = []
    /// The path a Tab was last pressed on without completing anything: Tab again lists.
    package var tabbed: String?

    package init(kind: Kind, path: String = "", recipient: String = "", row: Row = .path) {
        self.kind = kind
        self.path = TextField(path)
        self.recipient = TextField(recipient)
        self.row = row
    }

    /// The rows the form has: an import asks only for the file.
    package var rows: [Row] { kind == .export ? Row.allCases : [.path] }
}

/// What one bundle brought into the store, for the overzicht's status line: how many series
/// were added, updated and already there, from which laptops (the first 8 characters of
/// their ids), and when (the local time of day, `14:02`).
package struct BundleImported: Equatable, Sendable {
    package var added: Int
    package var updated: Int
    package var unchanged: Int
    package var conflicts: Int
    package var laptops: [String]
    package var time: String

    package init(added: Int, updated: Int, unchanged: Int, conflicts: Int, laptops: [String], time: String) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.conflicts = conflicts
        self.laptops = laptops
        self.time = time
    }
}

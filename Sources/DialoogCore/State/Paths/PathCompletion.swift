/// Tab in a path field: the folder or file name being typed, completed as far as the folder's
/// names agree, as a shell does. `~` stands for the home folder and stays in the text.
/// Pure: the folder's names come from `list`, so tests need no disk (the run loop's effect
/// gives it the real folder).
package struct PathCompletion: Equatable, Sendable {
    /// A name in a folder, and whether it is a folder itself (completed with a `/`).
    package struct Entry: Equatable, Sendable {
        package var name: String
        package var isFolder: Bool

        package init(_ name: String, isFolder: Bool) {
            (self.name, self.isFolder) = (name, isFolder)
        }
    }

    package enum Problem: Equatable, Sendable {
        /// No name in the folder starts so.
        case noMatch
        /// The folder cannot be read (it is not there, or not ours to read); as the user typed it.
        case unreadableFolder(String)
    }

    /// The text Tab was pressed on; an answer for another text is stale.
    package var typed: String
    /// The text after completing (the same when nothing could be added).
    package var text: String
    /// The names that fit, when more than one does (folders end in `/`), in order.
    package var choices: [String]
    package var problem: Problem?

    package init(typed: String, text: String, choices: [String] = [], problem: Problem? = nil) {
        (self.typed, self.text, self.choices, self.problem) = (typed, text, choices, problem)
    }

    /// Completes `typed`; `home` replaces a leading `~` when listing, `list` gives a folder's
    /// names or nil when it cannot be read. Hidden names are offered only when the typed
    /// part starts with a dot.
    package static func complete(_ typed: String, home: String, list: (String) -> [Entry]?) -> PathCompletion {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        if typed == "~" { return PathCompletion(typed: typed, text: "~/") }
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder == "~/" || folder.hasPrefix("~/") { folder = home + folder.dropFirst() }
        guard let entries = list(folder) else {
            return PathCompletion(
                typed: typed, text: typed, problem: .unreadableFolder(folderPart.isEmpty ? "." : folderPart))
        }
        let matches =
            entries
            .filter { $0.name.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        guard let first = matches.first else { return PathCompletion(typed: typed, text: typed, problem: .noMatch) }
        if matches.count == 1 {
            return PathCompletion(typed: typed, text: folderPart + first.name + (first.isFolder ? "/" : ""))
        }
        let common = matches.dropFirst().reduce(first.name) { prefix, entry in
            String(zip(prefix, entry.name).prefix { $0 == $1 }.map(\.0))
        }
        return PathCompletion(
            typed: typed, text: folderPart + (common.count > stem.count ? common : stem),
            choices: matches.map { $0.name + ($0.isFolder ? "/" : "") })
    }
}

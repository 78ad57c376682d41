/// A named action a key can be bound to (tig's "requests"). The keymap refers to these by
/// name, and the `?` help and the README's key table are generated from the same table.
package enum Command: String, CaseIterable, Equatable, Hashable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case help = "help"
    case openCommandLine = "command-line"
    case redraw = "redraw"
    case quit = "quit"
    case closeOverlay = "close"
    case submit = "submit"
    case deleteBackward = "delete-backward"
    case openLibrary = "library"
    case nextTab = "next-tab"
    case previousTab = "previous-tab"
    case open = "open"
    case search = "search"
}

extension Command {
    /// Where a movement command takes a cursor or scroll position that runs from 0 to `last`,
    /// `page` rows at a time; nil for a command that does not move. Every list and page moves
    /// this way.
    package func moved(from position: Int, last: Int, page: Int) -> Int? {
        let target: Int
        switch self {
        case .moveUp: target = position - 1
        case .moveDown: target = position + 1
        case .pageUp: target = position - page
        case .pageDown: target = position + page
        case .moveFirst: target = 0
        case .moveLast: target = last
        default: return nil
        }
        return min(max(target, 0), max(last, 0))
    }
}

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

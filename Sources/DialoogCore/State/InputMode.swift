/// Which part of the keymap applies: a screen, or an overlay on top of it.
package enum InputMode: String, CaseIterable, Equatable, Hashable, Sendable {
    case start
    case library
    case libraryPage
    case librarySearch
    case help
    case commandLine
}

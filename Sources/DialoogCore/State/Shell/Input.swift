/// What a key becomes once the keymap has read it: a command, or text for a field.
package enum Input: Equatable, Sendable {
    case command(Command)
    case text(String)
}

/// What lies over the current screen and takes the keys while it is open.
package enum Overlay: Equatable, Sendable {
    /// The `?` help, scrolled down by `offset` lines.
    case help(offset: Int)
    /// The `:` command line with what has been typed so far.
    case commandLine(TextField)
}

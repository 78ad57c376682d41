/// What a slice asks of the shell besides effects and the status line.
package enum ShellRequest: Equatable, Sendable {
    /// One of the commands every screen has (help, command line, redraw, quit); the shell
    /// does what it does for them and ignores the rest.
    case anyScreen(Command)
    /// Open the `?` help over the current screen.
    case openHelp
    /// Open the `:` command line.
    case openCommandLine
    /// Close the overlay (help or command line).
    case closeOverlay
    case setTheme(ThemeName)
    case setLanguage(Language)
    /// `:muis aan|uit`: use the mouse or leave it to the terminal (to select text).
    case setMouse(Bool)
    /// `:print` on the screen below the command line.
    case print
    case quit
    /// Give a command to the screen under the command line, as its key would (`:undo`).
    case perform(Command)
    /// Go to another feature, with what it needs to open.
    case navigate(Navigation)
}

/// A move to another screen or feature, applied by the root: the slice that asks does not
/// touch the state of the one it opens.
package enum Navigation: Equatable, Sendable {
    case start
    case library
    case planner(seriesId: String)
    case newSeries
    /// The local help form on the bibliotheek's help tab, for the series' municipality, opened
    /// from the planner's meeting editor; saving or leaving the form goes back to the planner
    /// as it was.
    case localHelp(municipality: String)
    /// Back to the planner as it was left for the local help form.
    case backToPlanner
    /// The overzicht, on a tab (nil: the tab it was on); `freshFilter` drops the filters and
    /// period left from an earlier visit ("all follow-ups" from the start screen means all).
    case overview(tab: OverviewTab?, freshFilter: Bool)
    /// The overzicht over every series, its bundle form open (`E` and `I` on the start screen:
    /// the overzicht's own export and import, of all series).
    case bundle(BundleForm.Kind)
    /// Back to the overzicht as it was left, read again for its filter.
    case overviewAsLeft
    /// The series summary; the slice asks for it to be read.
    case summary
    /// The overzicht's screen, back from the summary; the slice asks for it to be read again.
    case overviewScreen

    /// The municipality of `localHelp`, else nil.
    package var municipality: String? {
        if case .localHelp(let municipality) = self { municipality } else { nil }
    }
}

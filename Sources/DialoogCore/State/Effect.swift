/// Work the reducer asks the outside world to do. Effects are values, so tests compare them.
package enum Effect: Equatable, Sendable {
    /// Read the series and their meetings for the start screen.
    case loadSeries
    /// Read methods/ and content/ for the bibliotheek (only when it is first opened).
    case loadLibrary
    /// Repaint every cell, not only the changed ones (Ctrl-L, a theme change).
    case redrawAll
    /// Leave the program.
    case quit
}

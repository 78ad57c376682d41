import Foundation

/// The read-only world a feature slice reduces in: the clock, the terminal's size, the
/// language, the library, the calendar, the help's measured lengths and an id source. The
/// root (`AppState`) builds it from what it holds before every action; a slice reads it and
/// never changes it, so the same actions in the same context give the same state.
package struct Context: Sendable {
    package var now: Date
    package var size: TerminalSize
    package var language: Language
    /// How dates become wall-clock times.
    package var calendar: LocalCalendar
    /// The bibliotheek's content; nil until it has been read.
    package var library: Library?
    /// How many lines the `?` help has for each input mode (measured when it first opens).
    package var helpLength: [InputMode: Int]
    /// The input mode of the screen under an overlay: the one whose keys `?` lists.
    package var helpSubject: InputMode
    /// Where new ids come from: random in the program, sequential in tests and replays.
    package var ids: IdSource
    /// The screen that shows, for a slice that spans two (the overzicht and the summary).
    package var screen: ScreenID

    package init(
        now: Date, size: TerminalSize, language: Language = .nl, calendar: LocalCalendar = .system,
        library: Library? = nil, helpLength: [InputMode: Int] = [:], helpSubject: InputMode = .start,
        ids: IdSource = .random, screen: ScreenID = .start
    ) {
        self.now = now
        self.size = size
        self.language = language
        self.calendar = calendar
        self.library = library
        self.helpLength = helpLength
        self.helpSubject = helpSubject
        self.ids = ids
        self.screen = screen
    }
}

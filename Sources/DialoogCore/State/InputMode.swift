/// Which part of the keymap applies: a screen, or an overlay on top of it.
package enum InputMode: String, CaseIterable, Equatable, Hashable, Sendable {
    case start
    case library
    case libraryPage
    case librarySearch
    case planner
    /// The warnings panel of the planner, with a warning under the cursor.
    case plannerWarnings
    case blockEditor
    /// Typing the title or guidance of a block.
    case blockEditorText
    case promptPicker
    case promptSearch
    case checklist
    /// The meeting editor: date, planned minutes, purpose and help card of a meeting.
    case meetingEditor
    /// Typing the date or purpose of a meeting.
    case meetingEditorText
    /// The new-series form on a field that is chosen, not typed (method, venue, groups).
    case newSeries
    /// The new-series form on a field that is typed (name, dates, ...).
    case newSeriesText
    case help
    case commandLine

    /// Modes in which printable keys are text, not commands.
    package var takesText: Bool {
        switch self {
        case .commandLine, .librarySearch, .blockEditorText, .promptSearch, .newSeriesText, .meetingEditorText: true
        default: false
        }
    }
}

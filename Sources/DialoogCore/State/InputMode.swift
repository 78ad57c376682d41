/// Which part of the keymap applies: a screen, or an overlay on top of it.
package enum InputMode: String, CaseIterable, Equatable, Hashable, Sendable {
    case start
    case library
    case libraryPage
    case librarySearch
    case planner
    /// The warnings panel of the planner, with a warning under the cursor.
    case plannerWarnings
    /// Asking j/n before a block or a meeting is removed.
    case plannerConfirm
    case blockEditor
    /// Typing the title or guidance of a block.
    case blockEditorText
    case promptPicker
    /// Choosing a block's theme or working form by typing part of its name.
    case choicePicker
    case promptSearch
    case checklist
    /// Typing an item of the series' own on the checklist, new or renamed.
    case checklistText
    /// Typing the name the series is saved under as a template.
    case templateName
    /// The meeting editor: date, planned minutes, purpose and help card of a meeting.
    case meetingEditor
    /// Typing the date or purpose of a meeting.
    case meetingEditorText
    /// The new-series form on a field that is chosen, not typed (method, venue, groups).
    case newSeries
    /// The new-series form on a field that is typed (name, dates, ...).
    case newSeriesText
    /// The local help form on a field that is chosen (kind, anonymous), or asking before a discard.
    case localHelp
    /// The local help form on a field that is typed.
    case localHelpText
    // MARK: Live mode
    /// The live screen of a running meeting.
    case live
    case liveAttendance
    /// Typing a nickname, or a count, in the attendance panel.
    case liveAttendanceText
    /// The prompt deck of the current block.
    case liveDeck
    /// The library open over the deck, to take an unplanned prompt.
    case liveDeckLibrary
    /// Typing a search in the library over the deck.
    case liveDeckSearch
    /// Typing a theme the group raised.
    case liveDeckText
    case liveRules
    case liveHelpCard
    /// The help directory, searched from the help card.
    case liveDirectory
    /// Typing a search in the help directory.
    case liveDirectorySearch
    /// "Als iemand iets vertelt".
    case liveDisclosure
    /// Typing a quick note.
    case liveNote
    /// Typing an agreement of the group, over the ground rules.
    case liveAgreement
    case liveSignal
    /// The privacy screen: every key brings the screen back.
    case privacy
    /// Asking before the meeting is closed.
    case liveConfirmEnd
    // MARK: Evaluation, overzicht and summary
    /// The evaluation form, on a field that is chosen or counted.
    case evaluation
    /// Typing an agreement or a raised theme in the evaluation form.
    case evaluationText
    /// Asking before an evaluation opened from the overzicht or a summary is changed.
    case evaluationConfirmEdit
    case overview
    /// The filters of the overzicht.
    case overviewFilter
    /// Setting the coordinator's target.
    case overviewTarget
    /// Typing the file (and for an export the coordinator's key) of a bundle.
    case overviewBundle
    /// The overzicht's Tabellen tab: the figures per municipality, method or organisation.
    case overviewTables
    case summary
    /// A meeting's record over the summary: its signals, notes, prompts and themes.
    case summaryRecords
    /// Asking before a record is withdrawn.
    case summaryRecordsConfirm
    /// The follow-ups list, over the start screen or the overzicht.
    case followUps
    /// The overzicht's review list of raised themes.
    case themeReview
    case help
    case commandLine

    /// Modes in which printable keys are text, not commands.
    package var takesText: Bool {
        switch self {
        case .commandLine, .librarySearch, .blockEditorText, .choicePicker, .promptSearch, .newSeriesText,
            .localHelpText,
            .meetingEditorText, .liveAttendanceText, .liveDeckSearch, .liveDirectorySearch, .liveDeckText, .liveNote,
            .liveAgreement,
            .evaluationText,
            .overviewTarget, .overviewBundle, .checklistText, .templateName:
            true
        default: false
        }
    }
}

import DialoogCore

/// The words of the planner, the block editor, the prompt picker, the checklist and the
/// new-series form. Reached by `localized(_:)` like every catalog; `PlannerText+Dutch.swift` and
/// `PlannerText+English.swift` are exhaustive switches like the main catalog.
package enum PlannerText: Equatable, Sendable {
    // MARK: Mode names of the meeting editor
    case modeMeetingEditor, modeMeetingEditorText

    // MARK: The planner
    case loading
    /// "Bijeenkomst 1", "Extra bijeenkomst 4", "Nazorg".
    case meetingTitle(Meeting.Kind, number: Int)
    /// The label of a meeting in the tab line of a narrow screen: "1", "4", "nazorg".
    case meetingTab(Meeting.Kind, number: Int)
    /// "95 van 90 min".
    case total(minutes: Int, planned: Int?)
    case noBlocks
    case warningsHeading(Int)
    case noWarnings
    /// "1 prompt", "3 prompts".
    case promptCount(Int)

    // MARK: The block editor
    case editorTitle(meeting: String)
    case field(BlockEditor.Row)
    case noTheme
    case noPrompts
    case blockKind(BlockKind)
    case typicalMinutes(Int, Int)

    // MARK: The meeting editor
    case meetingEditorTitle(meeting: String)
    case meetingField(MeetingEditor.Row)
    /// After the date: how to type it.
    case dateFormat
    /// After the planned minutes: what the blocks add up to.
    case agendaMinutes(Int)
    case noPurpose
    /// The heading of the help card, with how many entries are ticked.
    case helpCardHeading(ticked: Int)
    /// Beside the heading: the key that fills the card from the meeting's themes.
    case refillHint
    /// After the acute line's name: it is on every card.
    case alwaysOnTop
    case noHelpEntries

    // MARK: The prompt picker
    case pickerTitle(block: String)
    case scopeTheme(String)
    case scopeAll
    case scopeMeeting
    case searchScope(String)
    case promptKind(PromptKind)
    /// "bijeenkomst 2" or "bijeenkomst 1, 3": where else a prompt is planned.
    case usedIn([Int])
    /// "gebruikt in 1" or "gebruikt in 1, 2": the held meetings that used a prompt (`Ledger`).
    case usedEarlier([Int])
    /// The planner's meeting view: themes the group raised itself in earlier meetings.
    case raisedByGroup([String])
    case chosen
    case noPromptsHere
    case forGroups([TargetGroup])

    // MARK: The checklist
    case checklistTitle(done: Int, of: Int)

    // MARK: The new-series form
    case newSeriesTitle
    case formLabel(NewSeriesForm.Field)
    case formHint(NewSeriesForm.Field)
    case chooseCount(choose: Int, chosen: Int)
    case fromMethod(String)
    case datePlaceholder

    // MARK: Messages
    case notice(PlanNotice)
    case proposalProblem(ProposalProblem)
    case planMissing
}

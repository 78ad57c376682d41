import DialoogCore
import Foundation

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
    /// The block panel's labels: the method's questions and the warnings about the block.
    case panelQuestions
    case panelWarnings
    /// The block panel's last row when the block needs more: how many lines more.
    case panelMore(Int)

    // MARK: The block editor
    case editorTitle(meeting: String)
    case field(BlockEditor.Row)
    case noTheme
    case noPrompts
    case blockKind(BlockKind)
    case typicalMinutes(Int, Int)
    /// On a number field, above the keys: the range, and how to type or step it. `typing`
    /// while a number is typed; `now` is the value it replaces.
    case numberHint(ClosedRange<Int>, now: Int?, typing: Bool)

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

    // MARK: The type-ahead list of themes and working forms
    case choiceTitle(ChoicePicker.Subject)
    /// Before what has been typed: "Zoek: ".
    case choiceFilter
    // MARK: Editing a series' details
    case detailsTitle
    /// Below the municipality being typed: the spelling in use, and the key that takes it.
    case municipalityInUse(String)
    case saveDetails
    case saveDetailsHint
    case noChoices

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

    // MARK: Templates
    /// Before the name typed for `S`: "Bewaren als sjabloon: ".
    case templateNameLabel
    /// On the title line of the new-series form: the template its agenda comes from.
    case fromTemplate(name: String, meetings: Int)

    // MARK: The new-series form
    case newSeriesTitle
    case formLabel(NewSeriesForm.Field)
    case formHint(NewSeriesForm.Field)
    case chooseCount(choose: Int, chosen: Int)
    case fromMethod(String)
    case datePlaceholder
    /// While a date is typed: what it will be, "→ dinsdag 22 december 2026, 19:30".
    case datePreview(LocalCalendar.Parts)
    /// What is wrong with a typed date.
    case dateProblem(DutchDate.Problem)

    // MARK: Messages
    case notice(PlanNotice)
    /// What is wrong with a typed number.
    case numberProblem(NumberEntry.Problem)
    /// A change as undo names it: "blok ‘Kennismaking’".
    case change(PlanChange)
    case proposalProblem(ProposalProblem)
    case planMissing
}

extension PlannerText {
    /// A date being typed, read back: what it will be, or what is wrong with it.
    static func dateReading(_ reading: Result<Date, DutchDate.Problem>, calendar: LocalCalendar) -> PlannerText {
        switch reading {
        case .success(let date): .datePreview(calendar.parts(of: date))
        case .failure(let problem): .dateProblem(problem)
        }
    }

    /// Numbers as a sentence lists them: "3", "2 en 3", "1, 2 en 3" (`and` is the language's word).
    static func numbers(_ numbers: [Int], and: String) -> String {
        let words = numbers.map(String.init)
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// The days of the week in full, from Monday (`LocalCalendar`'s weekday 2, so index
    /// `(weekday + 5) % 7`), as a date is read back while it is typed.
    static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

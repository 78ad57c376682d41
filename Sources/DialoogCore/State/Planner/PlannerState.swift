import Foundation

/// What the planner shows: the series' plan, the block under the cursor, its warnings, and
/// the panel open over it (block editor, prompt picker, checklist, meeting editor, or the
/// warnings list).
package struct PlannerState: Equatable, Sendable {
    /// The series being planned; its plan may still be on its way.
    package var seriesId: String?
    /// Nil until the plan has been read.
    package var plan: SeriesPlan?
    /// The cursor: an index into `plan.meetings`, and into that meeting's blocks.
    package var meeting = 0
    package var block = 0
    /// `PlanRules.check` of the plan, computed again whenever the plan or library changes.
    package var warnings: [PlanWarning] = []
    /// What the series' meetings recorded so far: marks in the pickers, the group's own
    /// themes, and the "opnieuw" warnings counted from what was used.
    package var ledger = Ledger()
    package var editor: BlockEditor?
    /// `A`: the block to add after the cursor, chosen from the method's agenda or the working forms.
    package var adding: ChoicePicker?
    /// `T`: the topic to give the meeting under the cursor, from the method's list.
    package var topic: ChoicePicker?
    package var picker: PromptPicker?
    /// The meeting editor of the meeting under the cursor.
    package var meetingEditor: MeetingEditor?
    /// The checklist is open, with this item under the cursor: an index into the seven
    /// items of the sources, then the series' own (`plan.ownChecklist`).
    package var checklist: Int?
    /// An own item of the checklist being typed, new or renamed.
    package var checklistTyping: ChecklistTyping?
    /// The warnings list has the keys, with this warning (in `orderedWarnings`) under the cursor.
    package var warningSelection: Int?
    /// `e`: the series' details in the new-series form's fields (`NewSeriesForm(editing:)`).
    package var details: NewSeriesForm?
    /// The municipalities the store's series have, for the details form's suggestion.
    package var knownMunicipalities: [String] = []
    /// `S`: the name the series is saved under as a template, being typed.
    package var templateName: TextField?
    /// A removal waiting for j or n.
    package var confirming: PlannerConfirmation?
    /// The plans before the last changes, newest last: `u` and `:undo` put them back.
    package var undo: [PlannerUndo] = []

    /// How many changes undo remembers.
    package static let undoDepth = 100

    package init(seriesId: String? = nil) {
        self.seriesId = seriesId
    }

    /// Which part of the keymap applies on the planner.
    package var inputMode: InputMode {
        if confirming != nil { return .plannerConfirm }
        if templateName != nil { return .templateName }
        if let details { return details.inputMode }
        if let picker { return picker.typing ? .promptSearch : .promptPicker }
        if adding != nil || topic != nil { return .choicePicker }
        if let editor {
            if editor.choosing != nil { return .choicePicker }
            return editor.typing == nil ? .blockEditor : .blockEditorText
        }
        if let meetingEditor { return meetingEditor.typing == nil ? .meetingEditor : .meetingEditorText }
        if checklist != nil { return checklistTyping == nil ? .checklist : .checklistText }
        if warningSelection != nil { return .plannerWarnings }
        return .planner
    }

    /// The type-ahead list open now: the block to add, the meeting's topic, or the block
    /// editor's theme or form.
    package var choosing: ChoicePicker? {
        get { adding ?? topic ?? editor?.choosing }
        set {
            if adding != nil {
                adding = newValue
            } else if topic != nil {
                topic = newValue
            } else {
                editor?.choosing = newValue
            }
        }
    }

    /// The meeting under the cursor.
    package var currentMeeting: MeetingPlan? {
        guard let plan, plan.meetings.indices.contains(meeting) else { return nil }
        return plan.meetings[meeting]
    }

    /// The block under the cursor.
    package var currentBlock: PlanBlock? {
        guard let meeting = currentMeeting, meeting.blocks.indices.contains(block) else { return nil }
        return meeting.blocks[block]
    }

    /// The warnings as the panel lists them: those of the meeting under the cursor first, then
    /// the other meetings' in plan order, then those about the whole series.
    package var orderedWarnings: [PlanWarning] {
        let number = currentMeeting?.meeting.number
        let here = warnings.filter { $0.meeting != nil && $0.meeting == number }
        let elsewhere = warnings.filter { $0.meeting != nil && $0.meeting != number }
        return here + elsewhere + warnings.filter { $0.meeting == nil }
    }

    /// The numbers of the meetings still to come where `prompt` is planned, not counting the
    /// block under the cursor; a number appears once. A meeting that was held counts by what
    /// it used (`meetingsThatUsed`), not by its plan.
    package func meetingsUsing(_ prompt: String) -> [Int] {
        guard let plan else { return [] }
        var numbers: [Int] = []
        for (m, meetingPlan) in plan.meetings.enumerated() where ledger.entry(meetingPlan.meeting.id)?.held != true {
            for (b, planBlock) in meetingPlan.blocks.enumerated()
            where !(m == meeting && b == block) && planBlock.prompts.contains(prompt) {
                if !numbers.contains(meetingPlan.meeting.number) { numbers.append(meetingPlan.meeting.number) }
            }
        }
        return numbers
    }

    /// The numbers of the meetings before the one under the cursor that used `prompt`,
    /// planned or not (`Ledger`).
    package func meetingsThatUsed(_ prompt: String) -> [Int] {
        guard let id = currentMeeting?.meeting.id else { return [] }
        return ledger.used(before: id)[prompt] ?? []
    }

    /// The themes the group raised itself in the meetings before the one under the cursor:
    /// a suggestion for its plan.
    package var raisedBefore: [Ledger.Raised] {
        guard let id = currentMeeting?.meeting.id else { return [] }
        return ledger.raised(before: id)
    }
}

/// The text of an own checklist item being typed: a new one (`item` nil) or the one with id
/// `item` renamed.
package struct ChecklistTyping: Equatable, Sendable {
    package var item: String?
    package var field: TextField

    package init(item: String? = nil, text: String = "") {
        self.item = item
        self.field = TextField(text)
    }
}

/// A removal the planner asks about before it happens.
package enum PlannerConfirmation: Equatable, Sendable {
    /// `x`: the block under the cursor.
    case removeBlock
    /// `X`: the extra or aftercare meeting under the cursor.
    case removeMeeting
    /// `D`: the whole series, for good (`dialoog erase series`); no undo.
    case eraseSeries
    /// `C`: a copy of the series to give it again (`SeriesPlan.duplicate`).
    case duplicateSeries
    /// `S`: the template `name` is there already; j writes over it.
    case replaceTemplate(name: String)
}

/// One step back: the plan as it was before `change`, and where the cursor stood.
package struct PlannerUndo: Equatable, Sendable {
    package var change: PlanChange
    package var before: SeriesPlan
    package var meeting: Int
    package var block: Int
}

/// The block editor: one row per field, then one per prompt of the block.
package struct BlockEditor: Equatable, Sendable {
    package enum Row: Equatable, Sendable {
        case title, kind, form, theme, minutes, guidance, materials
        case prompt(Int)

        /// A field whose value is typed rather than chosen.
        package var isText: Bool { self == .title || self == .guidance || self == .materials }
        /// A field whose number is typed (Enter) as well as changed by ←→ and +/-.
        package var isNumber: Bool { self == .minutes }
    }

    /// An index into `rows(promptCount:)`.
    package var row = 0
    /// The title or guidance being typed; nil when not typing.
    package var field: TextField?
    /// The theme or working form being chosen by type-ahead.
    package var choosing: ChoicePicker?
    /// The text being typed; setting it puts the cursor at its end.
    package var typing: String? {
        get { field?.text }
        set { field = newValue.map { TextField($0) } }
    }

    package init(row: Int = 0, typing: String? = nil) {
        self.row = row
        self.field = typing.map { TextField($0) }
    }

    package static let fields: [Row] = [.title, .kind, .form, .theme, .minutes, .guidance, .materials]

    package static func rows(promptCount: Int) -> [Row] {
        fields + (0..<promptCount).map(Row.prompt)
    }

    package func current(promptCount: Int) -> Row {
        let rows = Self.rows(promptCount: promptCount)
        return rows[min(max(row, 0), rows.count - 1)]
    }
}

/// The meeting editor: the meeting's date, planned minutes and purpose, then one row per help
/// entry its help card may hold (`Library.helpChoices`).
package struct MeetingEditor: Equatable, Sendable {
    package enum Row: Equatable, Sendable {
        case date, minutes, purpose
        /// An index into the listed help entries.
        case help(Int)
    }

    /// An index into `rows(helpCount:)`.
    package var row = 0
    /// The date or purpose being typed; nil when not typing.
    package var field: TextField?
    /// The text being typed; setting it puts the cursor at its end.
    package var typing: String? {
        get { field?.text }
        set { field = newValue.map { TextField($0) } }
    }

    package init(row: Int = 0, typing: String? = nil) {
        self.row = row
        self.field = typing.map { TextField($0) }
    }

    package static let fields: [Row] = [.date, .minutes, .purpose]
    /// The minutes a meeting may be planned for, and the step ←→ change them by.
    package static let minuteRange = 15...480
    package static let minuteStep = 5

    package static func rows(helpCount: Int) -> [Row] {
        fields + (0..<helpCount).map(Row.help)
    }

    package func current(helpCount: Int) -> Row {
        let rows = Self.rows(helpCount: helpCount)
        return rows[min(max(row, 0), rows.count - 1)]
    }

    /// A date typed in the meeting editor, as the Dutch write it (`DutchDate`); without a
    /// time, the time the meeting has.
    package static func date(_ text: String, current: Date?, today: Date, calendar: LocalCalendar) -> Result<
        Date, DutchDate.Problem
    > {
        let time = current.map { calendar.parts(of: $0) }.map { (hour: $0.hour, minute: $0.minute) }
        return DutchDate.moment(text, today: today, calendar: calendar, fallback: time)
    }

    /// `2026-12-01 19:30`, as the date is typed; empty for a meeting without a date.
    package static func dateText(_ date: Date?, calendar: LocalCalendar) -> String {
        date.map { PlanFile.wallClock($0, calendar) } ?? ""
    }
}

/// The prompt picker for the block under the cursor: the prompts of its theme suited to the
/// group, every theme's, or the results of a search over all prompts.
package struct PromptPicker: Equatable, Sendable {
    package enum Scope: Equatable, Sendable {
        /// The block's theme (or, without one, the opening and closing questions).
        case theme
        /// Every theme, still suited to the group.
        case all
    }

    package var scope: Scope = .theme
    /// A search over all prompts; nil when the scope's list is shown.
    package var search: TextField?
    package var typing = false
    package var selection = 0

    /// The search's text; setting it puts the cursor at its end.
    package var query: String? {
        get { search?.text }
        set { search = newValue.map { TextField($0) } }
    }

    /// Applies a text edit to the search and reports whether its text changed, so the
    /// selection can go back to the first result.
    package mutating func edit(_ edit: TextEdit) -> Bool {
        var field = search ?? TextField()
        let before = field.text
        field.apply(edit)
        search = field
        if field.text != before { selection = 0 }
        return field.text != before
    }

    package init(scope: Scope = .theme, query: String? = nil, typing: Bool = false, selection: Int = 0) {
        self.scope = scope
        self.search = query.map { TextField($0) }
        self.typing = typing
        self.selection = selection
    }

    /// The prompts the picker lists for `block` of a series for `groups`, best first.
    package func prompts(for block: PlanBlock, groups: [TargetGroup], library: Library) -> [Prompt] {
        if let query, !query.trimmingCharacters(in: .whitespaces).isEmpty {
            return library.search(query).filter { $0.kind == .prompt }.compactMap { library.prompt($0.id) }
        }
        switch scope {
        case .theme:
            return library.pickablePrompts(theme: block.theme, groups: groups)
        case .all:
            // The library keeps its themes from cold to hot.
            let themes = library.themes.map { Optional($0.id) }
            return ([nil] + themes).flatMap { library.pickablePrompts(theme: $0, groups: groups) }
        }
    }
}

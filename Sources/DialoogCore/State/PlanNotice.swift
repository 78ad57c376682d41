/// What the status line says about a plan or the new-series form. The TUI words it.
package enum PlanNotice: Equatable, Sendable {
    /// The plan could not be read; the planner went back to the start screen.
    case loadFailed(Failure)
    /// The last edit could not be stored; what is on screen was not saved.
    case saveFailed(Failure)
    /// The series could not be made or stored.
    case createFailed(Failure)
    /// A new series has been made with its proposed plan.
    case created(name: String)
    case aftercareExists
    /// Only extra and aftercare meetings that have not been held can be removed.
    case meetingStays
    /// The meeting is running or has been held: its plan stays as it was.
    case meetingHeld(number: Int)
    case titleRequired
    /// The printable plan is being written.
    case printing
    /// The printable plan was written to `path`.
    case printed(path: String)
    /// The printable plan could not be written.
    case printFailed(Failure)
    /// `:print` where there is nothing to print (only the planner prints).
    case nothingToPrint
    /// The date typed in the meeting editor cannot be read; nothing changed.
    case badMeetingDate(String, DutchDate.Problem)
    /// The first of several problems, and how many more there are (each said at its field).
    indirect case andMore(PlanNotice, more: Int)
    /// A number typed into a number field is not a whole number in its range; nothing changed.
    case badNumber(NumberEntry.Problem)
    /// Asking before the block with this title is removed (j/n).
    case confirmRemoveBlock(title: String)
    /// Asking before this extra or aftercare meeting is removed (j/n).
    case confirmRemoveMeeting(Meeting.Kind, number: Int)
    /// What went, and that `u` brings it back.
    case removed(PlanChange)
    /// Undo put the plan back as it was before `change`; `left` more changes can be undone.
    case undone(PlanChange, left: Int)
    case nothingToUndo
    /// The series' details were changed and stored; `u` puts the old ones back.
    case detailsSaved(name: String)
    /// An own checklist item typed empty or longer than `max` characters; the field stays.
    case badChecklistItem(max: Int)
    /// `r` or `x` on one of the seven items of the sources: only own items change.
    case checklistItemFixed
    /// `D`: asking before the series named `name` is erased for good (j/n).
    case confirmEraseSeries(name: String)
    /// `n` to erasing the series: it stays as it was.
    case nothingErased
    /// The series named `name` is erased, with all it recorded.
    case seriesErased(name: String)
    /// The series could not be erased; nothing was.
    case eraseFailed(Failure)
    /// `C`: asking before a copy of the series named `name` is made (j/n).
    case confirmDuplicateSeries(name: String)
    /// `n` to the copy: nothing is made.
    case nothingDuplicated
    /// The copy is stored as `name` and open in the planner.
    case seriesDuplicated(name: String)
    /// The copy could not be stored; nothing was.
    case duplicateFailed(Failure)
    /// `T` on a meeting without a topic to swap (no theme on its kennis or kern blocks, or,
    /// for a method where the group chooses, no block the group chose).
    case noTopic(number: Int)
    /// The topic was swapped to `name` in these meetings; `u` puts the old one back.
    case topicSwapped(name: String, meetings: [Int])
    // MARK: Templates
    /// `S`: the typed name cannot name a template (`TemplateName`); the field stays.
    case badTemplateName(max: Int)
    /// A template called `name` is there already: written over only on j.
    case confirmReplaceTemplate(name: String)
    /// Esc on the name, or n to replacing `name` (nil: nothing named yet): nothing written.
    case templateKept(name: String?)
    /// The series is saved as the template `name`, the file at `path`.
    case templateSaved(name: String, path: String, replaced: Bool)
    /// The template could not be written to `path`, for `reason`; nothing was.
    case templateNotWritten(path: String, reason: String)
    /// `s` in the new-series form, and `folder` holds no template yet.
    case noTemplates(folder: String)
    /// The template `name` is read into the form: the new series gets its `meetings` meetings.
    case templateChosen(name: String, meetings: Int)
    /// Another method was chosen: the template `name` (of the method before) is let go.
    case templateDropped(name: String)
    /// The template could not be read: its first mistake (`file:line: message`), and how many more.
    case templateUnreadable(Diagnostic, more: Int)
    /// The template's method `method` is not in the bibliotheek.
    case templateMethodUnknown(name: String, method: String)
    // MARK: The new-series form
    /// The bibliotheek has no methodologies (yet): nothing to make a series from.
    case noMethods
    case nameRequired
    case badGroupSize(NumberEntry.Problem)
    /// Esc on a form with something typed in it: asking before it is thrown away.
    case confirmDiscardForm
    /// Meeting `meeting`'s date, typed as `text`, cannot be read as a date and time.
    case badDate(meeting: Int, text: String, DutchDate.Problem)
    /// Meeting `meeting` comes before the meeting before it.
    case datesOutOfOrder(meeting: Int)
    /// The method lets the group choose `choose` options; `chosen` are ticked.
    case choiceCount(choose: Int, chosen: Int)

    /// A failure (not a mistake in what was typed).
    package var isFailure: Bool {
        switch self {
        case .loadFailed, .saveFailed, .createFailed, .printFailed, .eraseFailed, .duplicateFailed,
            .templateNotWritten, .templateUnreadable:
            true
        default: false
        }
    }
}

/// A change to a plan, as undo and the status line name it.
package enum PlanChange: Equatable, Sendable {
    case removeBlock(title: String)
    case removeMeeting(Meeting.Kind, number: Int)
    /// `e`: the series' details (name, gespreksleiders, groups, size, venue, municipality).
    case details
    /// An item of the series' own checklist.
    case removeChecklistItem(text: String)
    /// `T`: meeting `number` got the topic `name`.
    case swapTopic(number: Int, name: String)
    /// Any other edit: a field, the minutes, a prompt, the order, the checklist, the help card.
    case edit
}

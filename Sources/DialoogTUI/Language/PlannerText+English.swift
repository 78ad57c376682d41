import DialoogCore
import DialoogPrint

extension PlannerText {
    package var english: String {
        switch self {
        case .modeMeetingEditor: "edit meeting"
        case .modeMeetingEditorText: "meeting, typing"

        case .loading: "Reading the plan…"
        case .meetingTitle(let kind, let number):
            switch kind {
            case .regular: "Meeting \(number)"
            case .extra: "Extra meeting \(number)"
            case .aftercare: "Aftercare"
            }
        case .meetingTab(let kind, let number): kind == .aftercare ? "aftercare" : "\(number)"
        case .total(let minutes, let planned):
            planned.map { "total \(minutes) of \($0) min" } ?? "total \(minutes) min"
        case .noBlocks: "No blocks yet: a adds one."
        case .warningsHeading(let count): "WARNINGS (\(count))"
        case .noWarnings: "No warnings: the plan follows the principles."

        case .promptCount(let count): count == 1 ? "1 prompt" : "\(count) prompts"
        case .panelQuestions: "Questions"
        case .panelWarnings: "Mind"
        case .panelMore(let count):
            count == 1 ? "1 more line: Enter opens the block" : "\(count) more lines: Enter opens the block"
        case .editorTitle(let meeting): "Block · \(meeting)"
        case .field(let row):
            switch row {
            case .title: "Title"
            case .kind: "Kind"
            case .form: "Working form"
            case .theme: "Theme"
            case .minutes: "Minutes"
            case .guidance: "Guidance"
            case .materials: "Materials"
            case .prompt: "Prompts"
            }
        case .noTheme: "no theme"
        case .noPrompts: "No prompts yet: p picks them."
        case .blockKind(let kind):
            switch kind {
            case .welkom: "welcome"
            case .spelregels: "ground rules"
            case .terugblik: "look back"
            case .kennis: "knowledge"
            case .kern: "core"
            case .pauze: "break"
            case .afsluiting: "closing"
            }
        case .typicalMinutes(let min, let max): "usually \(min)-\(max) min"

        case .numberHint(let range, let now, let typing):
            typing
                ? "Type a number from \(range.lowerBound) to \(range.upperBound)"
                    + (now.map { " (now \($0))" } ?? "") + "; Enter keeps it, Esc leaves it as it was."
                : "←→ change it; Enter to type a number from \(range.lowerBound) to \(range.upperBound)."
        case .meetingEditorTitle(let meeting): "Edit · \(meeting)"
        case .meetingField(let row):
            switch row {
            case .date: "Date"
            case .minutes: "Length"
            case .purpose: "Purpose"
            case .help: "Help card"
            }
        case .dateFormat: "d-m-yyyy hh:mm, like tue 22 dec 19:30; empty: no date"
        case .agendaMinutes(let minutes): "the blocks take \(minutes) min"
        case .noPurpose: "no purpose yet"
        case .helpCardHeading(let ticked): "Help card · \(ticked) ticked"
        case .refillHint: "r fills it from the themes"
        case .alwaysOnTop: "always on top"
        case .noHelpEntries: "The library has no help entries."

        case .choiceTitle(let subject):
            switch subject {
            case .theme: "Choose a theme"
            case .form: "Choose a working form"
            case .block: "Add a block from the method or a working form"
            case .topic: "Swap the meeting’s topic"
            case .template: "Start from a template"
            }
        case .detailsTitle: "SERIES DETAILS"
        case .municipalityInUse(let name): "already in use: \(name) · Ctrl-T takes it"
        case .saveDetails: "Save"
        case .saveDetailsHint: "Enter saves the details; u in the planner brings back the previous ones."
        case .choiceFilter: "Type to search: "
        case .noChoices: "Nothing found; Backspace removes a letter."
        case .pickerTitle(let block): "Prompts · \(block)"
        case .scopeTheme(let theme): "theme \(theme)"
        case .scopeAll: "all themes"
        case .scopeMeeting: "opening and closing"
        case .searchScope(let query): "search: \(query)"
        case .promptKind(let kind):
            switch kind {
            case .stelling: "statement"
            case .vraag: "question"
            case .casus: "case"
            case .huiswerk: "homework"
            case .woordweb: "word web"
            case .opening: "opening"
            case .afsluiting: "closing"
            }
        case .usedIn(let numbers): "meeting " + numbers.map(String.init).joined(separator: ", ")
        case .usedEarlier(let numbers): "used in " + numbers.map(String.init).joined(separator: ", ")
        case .raisedByGroup(let themes): "The group raised itself: " + themes.joined(separator: "; ")
        case .chosen: "chosen"
        case .noPromptsHere: "No prompts for this theme and group. Tab shows all themes, / searches everywhere."
        case .forGroups(let groups): "for " + groups.map { PlanText.groupName($0).english }.joined(separator: ", ")

        case .checklistTitle(let done, let total): "Preparation · \(done) of \(total) done"

        case .newSeriesTitle: "NEW SERIES"
        case .templateNameLabel: "Save as template: "
        case .fromTemplate(let name, let meetings):
            "from template ‘\(name)’ (\(meetings) meeting\(meetings == 1 ? "" : "s"))"
        case .formLabel(let field):
            switch field {
            case .method: "Methodology"
            case .name: "Name"
            case .organisation: "Organisation"
            case .municipality: "Municipality"
            case .facilitator(let index): "Facilitator \(index + 1)"
            case .venue: "Venue"
            case .languages: "Languages"
            case .groups: "Group"
            case .groupSize: "Group size"
            case .date(let index): "Meeting \(index + 1)"
            case .groupChoice: "The group's choice"
            case .create: "Make the proposal"
            }
        case .formHint(let field):
            switch field {
            case .method: "←→ chooses the methodology; the series gets its three meetings. s: start from a template."
            case .name: "A name for the group, like Vrouwengroep Schilderswijk. No participants' names."
            case .organisation: "Leave empty for the methodology's organisation."
            case .municipality: "The municipality: local help entries go on the help card."
            case .facilitator: "Name or initials, as they choose; for a duo the second goes on the line below."
            case .venue: "←→ chooses where the meetings take place."
            case .languages: "Languages of the meetings, with commas, like tr, nl."
            case .groups: "←→ chooses, Space ticks or unticks; more than one is fine."
            case .groupSize:
                "How many participants you expect (\(NewSeriesForm.groupSizeRange.lowerBound) to \(NewSeriesForm.groupSizeRange.upperBound)); may be empty."
            case .date:
                "Like 8-12 19:30, tue 15 dec 19:30 or 22-12-2026 19:30; no time: the one before's; may be empty."
            case .groupChoice: "←→ chooses, Space ticks or unticks; dialoog orders them cold to hot."
            case .create: "Enter makes a proposal for the meetings; adjust it afterwards."
            }
        case .chooseCount(let choose, let chosen): "choose \(choose) · \(chosen) chosen"
        case .fromMethod(let organisation): "\(organisation) (from the methodology)"
        case .datePlaceholder: "d-m hh:mm"
        case .datePreview(let parts):
            "→ \(PlannerText.englishWeekdays[(parts.weekday + 5) % 7]) \(parts.day) \(PlannerText.englishMonths[(parts.month + 11) % 12]) \(parts.year), "
                + String(format: "%d:%02d", parts.hour, parts.minute)
        case .dateProblem(let problem):
            switch problem {
            case .empty: "Type a date, like 8-12 19:30."
            case .unknownWord(let word): "‘\(word)’ is not a day, month, date or time."
            case .missingDate: "There is no day and month in it, like 8-12 or 8 dec."
            case .noSuchDate(let day, let month, let year):
                "\(day)-\(month)\(year.map { "-\($0)" } ?? "") does not exist."
            case .badTime(let text): "‘\(text)’ is not a time; type 0:00 to 23:59, like 19:30."
            case .weekdayMismatch(let typed, let actual):
                "That date is a \(PlannerText.englishWeekdays[(actual + 5) % 7]), not a \(PlannerText.englishWeekdays[(typed + 5) % 7])."
            case .missingTime: "Add a time, like 19:30."
            case .noSuchTime: "That time does not exist that day: the clocks go forward an hour."
            }

        case .notice(let notice):
            switch notice {
            case .loadFailed(let failure): "The plan could not be read: \(failure.english)"
            case .saveFailed(let failure): "Not saved: \(failure.english)"
            case .createFailed(let failure): "The series was not made: \(failure.english)"
            case .created(let name): "\(name) has been made, with a proposal. Adjust it as you like."
            case .aftercareExists: "There is an aftercare meeting already."
            case .meetingStays: "Only an extra or aftercare meeting that has not been held can be removed."
            case .meetingHeld(let number):
                "Meeting \(number) is running or has been held: what happened is recorded against this plan, so it stays as it was."
            case .titleRequired: "A block needs a title."
            case .printing: "Writing the printable plan…"
            case .printed(let path): "Printable plan: \(path) — open it in your browser and print."
            case .printFailed(let failure): "Plan not printed: \(failure.english)"
            case .nothingToPrint: "Nothing to print here; :print works in the planner and the overzicht."
            case .badMeetingDate(let text, let problem): "‘\(text)’: \(PlannerText.dateProblem(problem).english)"
            case .badNumber(let problem): PlannerText.numberProblem(problem).english
            case .confirmRemoveBlock(let title): "Remove block ‘\(title)’? j: yes · n: no"
            case .confirmRemoveMeeting(let kind, let number):
                "Remove \(PlannerText.meetingTitle(kind, number: number).english), with all its blocks? j: yes · n: no"
            case .removed(let change): "Removed: \(PlannerText.change(change).english). u brings it back."
            case .undone(let change, let left):
                "Put back: \(PlannerText.change(change).english)."
                    + (left > 0 ? " \(left) more step\(left == 1 ? "" : "s") to undo with u." : "")
            case .confirmEraseSeries(let name):
                "Erase the series ‘\(TextWidth.truncate(name, to: 20))’? It cannot be undone. j: yes · n: no"
            case .nothingErased: "Nothing erased; the series stays."
            case .seriesErased(let name): "The series ‘\(name)’ is erased; only an erasure record with its id is kept."
            case .eraseFailed(let failure): "Not erased: \(failure.english)"
            case .confirmDuplicateSeries(let name):
                "Copy ‘\(TextWidth.truncate(name, to: 20))’, without dates and records? j: yes · n: no"
            case .nothingDuplicated: "No copy made."
            case .seriesDuplicated(let name): "Copy ‘\(name)’ made and opened; add its dates (m)."
            case .duplicateFailed(let failure): "No copy made: \(failure.english)"
            case .badChecklistItem(let max):
                "Type what needs arranging, at most \(max) characters; Esc leaves it as it was."
            case .checklistItemFixed:
                "The seven items from the sources stay; a adds an item of your own, r and x work on your own items."
            case .detailsSaved(let name): "Details of ‘\(name)’ saved. u brings back the previous ones."
            case .noTopic(let number):
                "Meeting \(number) has no topic to swap: give a core block a theme first."
            case .topicSwapped(let name, let meetings):
                "Topic now ‘\(name)’ (meeting \(PlannerText.numbers(meetings, and: "and"))), with new prompts. u brings it back."
            case .nothingToUndo: "Nothing left to undo."
            case .badTemplateName(let max):
                "A template is named like a file: not empty, no ‘/’, not starting with a dot, at most \(max) characters."
            case .confirmReplaceTemplate(let name):
                "A template ‘\(TextWidth.truncate(name, to: 30))’ exists. Replace it with this series? y: yes · n: no"
            case .templateKept(let name):
                name.map { "Template ‘\($0)’ stays as it was; nothing saved." } ?? "Nothing saved as a template."
            case .templateSaved(let name, let path, let replaced):
                "Template ‘\(name)’ \(replaced ? "replaced" : "saved"): \(path). Start from it with n and s on the start screen."
            case .templateNotWritten(let path, let reason):
                "Template not saved in \(path): \(reason). The series stays as it is."
            case .noTemplates(let folder):
                "There are no templates in \(folder) yet. Save a series as a template with S in the planner."
            case .templateChosen(let name, let meetings):
                "Template ‘\(name)’ chosen: its agenda of \(meetings) meeting\(meetings == 1 ? "" : "s") goes in. Fill in name and dates."
            case .templateDropped(let name):
                "Another method chosen: the template ‘\(name)’ no longer applies; s chooses one again."
            case .templateUnreadable(let diagnostic, let more):
                diagnostic.english + (more > 0 ? " (and \(more) more mistake\(more == 1 ? "" : "s"))" : "")
                    + " The form stays as it was."
            case .templateMethodUnknown(let name, let method):
                "The template ‘\(name)’ is for the method ‘\(method)’, which is not in the bibliotheek."
            case .confirmDiscardForm: "Throw away what you filled in? Esc: yes; any other key: back to the form."
            case .noMethods: "There are no methodologies to choose from yet (dialoog check)."
            case .nameRequired: "Give the series a name."
            case .badGroupSize(let problem):
                PlannerText.numberProblem(problem).english + " The group size may also stay empty."
            case .badDate(let meeting, let text, let problem):
                "Meeting \(meeting), ‘\(text)’: \(PlannerText.dateProblem(problem).english)"
            case .andMore(let notice, let more):
                PlannerText.notice(notice).english + " (and \(more) more at the fields marked !)"
            case .datesOutOfOrder(let meeting): "Meeting \(meeting) does not come after the meeting before it."
            case .choiceCount(let choose, let chosen):
                "The group chooses \(choose); \(chosen) \(chosen == 1 ? "is" : "are") ticked now."
            }
        case .proposalProblem(let problem):
            switch problem {
            case .unknownMethod(let id): "the methodology '\(id)' is not in the library."
            case .choiceNeeded(let choose, let options):
                "the group chooses \(choose) of: \(options.joined(separator: ", "))."
            case .unknownOption(let name, let options):
                "'\(name)' is not a choice of this methodology; choose from \(options.joined(separator: ", "))."
            }
        case .numberProblem(let problem):
            switch problem {
            case .notANumber(let text):
                text.isEmpty ? "Type a number, digits only." : "‘\(text)’ is not a number; type digits only."
            case .outOfRange(let text, let range):
                "\(text) will not do: type a number from \(range.lowerBound) to \(range.upperBound)."
            }
        case .change(let change):
            switch change {
            case .removeBlock(let title): "block ‘\(title)’"
            case .removeMeeting(let kind, let number): PlannerText.meetingTitle(kind, number: number).english
            case .details: "the series' details"
            case .removeChecklistItem(let text): "preparation item ‘\(text)’"
            case .swapTopic(let number, let name): "topic ‘\(name)’ of meeting \(number)"
            case .edit: "the last change"
            }
        case .planMissing: "this series is not (or no longer) in the data."
        }
    }
}

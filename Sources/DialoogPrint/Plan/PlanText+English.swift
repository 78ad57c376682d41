import DialoogCore

extension PlanText {
    package var english: String {
        switch self {
        case .organisation: "Organisation"
        case .method: "Methodology"
        case .municipality: "Municipality"
        case .facilitators: "Facilitator(s)"
        case .venue: "Venue"
        case .languages: "Language"
        case .groups: "Group"
        case .groupSize: "Expected group size"
        case .groupChoice: "Chosen by the group"
        case .meetingsLabel: "Meetings"
        case .seriesID: "Id"
        case .checklistHeading: "Preparation"
        case .checklistDone(let done, let total): "\(done) of \(total) done"
        case .preparation(let item):
            switch item {
            case .sleutelpersonen: "Key persons and self-organisations approached"
            case .locatie: "The venue is familiar and discreet"
            case .groepssamenstelling: "Group mixed on purpose by age and gender"
            case .taal: "Language arranged: mother tongue or an interpreter"
            case .vertrouwelijkheid: "Opening words on confidentiality and where it ends"
            case .hulplijst: "Local help list printed"
            case .gemeente: "Municipality informed, where that was agreed"
            }
        case .venueName(let venue):
            switch venue {
            case nil: "not chosen yet"
            case .buurthuis: "community centre"
            case .moskee: "mosque"
            case .huiskamer: "living room"
            case .school: "school"
            case .sportclub: "sports club"
            case .anders: "other"
            }
        case .groupName(let group):
            switch group {
            case .vrouwen: "women"
            case .mannen: "men"
            case .gemengd: "mixed"
            case .jongeren: "young people"
            case .ouders: "parents"
            case .nieuwkomers: "newcomers"
            case .moeders: "mothers"
            case .vaders: "fathers"
            case .ouderen: "older people"
            case .lhbt: "LGBT people"
            }
        case .meetingHeading(let kind, let number):
            switch kind {
            case .regular: "Meeting \(number)"
            case .extra: "Extra meeting"
            case .aftercare: "Aftercare meeting"
            }
        case .noDateYet: "no date yet"
        case .purpose: "Purpose"
        case .agenda: "Agenda"
        case .minutes(let minutes): "\(minutes) min"
        case .totalMinutes(let total, let planned):
            planned.map { "\(total) of \($0) minutes" } ?? "\(total) minutes"
        case .heldState(.planned, let present): "planned, \(present) present"
        case .heldState(.running, let present): "running, \(present) present"
        case .heldState(.ended, let present): "ended, \(present) present"
        case .form(let name): "working form: \(name)"
        case .materials(let text): "Materials: \(text)"
        case .chosenByGroup: "chosen by the group"
        case .questions: "Questions"
        case .prompts: "Ready to use"
        case .groundRules: "Ground rules"
        case .helpCard: "Help card"
        case .helpCardFooter: "Acute danger: call 112. You refer; you do not become the helper."
        case .warningsHeading(let count): count == 1 ? "1 warning" : "\(count) warnings"
        case .hint: "Hint: "
        case .noWarnings: "No warnings."
        case .cliSeriesAbstract: "Series: create one, look at them."
        case .cliSeriesNewAbstract: "Create a series with a proposal of three meetings from the methodology."
        case .cliSeriesListAbstract: "List all series."
        case .cliSeriesShowAbstract: "Show a series with its meetings."
        case .cliPlanAbstract: "A series' plan: print it, check it, share it."
        case .cliPlanShowAbstract: "The plan to print: agenda with times, questions, ground rules and help card."
        case .cliPlanCheckAbstract: "Warnings about the plan (exit 0 without, 1 with warnings)."
        case .cliPlanExportAbstract: "Write the plan as YAML to stdout, to read in on another laptop."
        case .cliPlanImportAbstract: "Read a plan file; on any mistake nothing changes."
        case .cliOptionMethod: "The methodology (id, see 'dialoog methods')."
        case .cliOptionName: "The series' name, for example the group and the neighbourhood."
        case .cliOptionOrganisation: "The organisation (by default the methodology's)."
        case .cliOptionMunicipality: "The municipality."
        case .cliOptionFacilitator: "Facilitator, by name or initials; twice for a duo."
        case .cliOptionVenue: "Kind of venue: buurthuis, moskee, huiskamer, school, sportclub or anders."
        case .cliOptionLanguages: "Language or languages, comma-separated: tr,nl."
        case .cliOptionGroups:
            "Who the group is, comma-separated: vrouwen, mannen, gemengd, jongeren, ouders, nieuwkomers."
        case .cliOptionSize: "Expected number of participants."
        case .cliOptionDates: "Start of the meetings, comma-separated: 2026-12-01T19:30,2026-12-08T19:30."
        case .cliOptionChoose: "The themes the group chooses (Kezban, Mudawwanah), comma-separated."
        case .cliOptionMeeting: "Only this meeting."
        case .cliOptionPlanFormat: "md, text, html (to print from a browser) or json."
        case .cliSeriesArgument: "The series: id, start of the id, or name."
        case .cliPlanFileArgument: "The plan file (YAML)."
        case .seriesCreated(let name, let id): "Series '\(name)' created (\(id))."
        case .noSeries: "No series yet. Create one with 'dialoog series new'."
        case .seriesNotFound(let reference): "No series found for '\(reference)'; 'dialoog series list' shows them."
        case .seriesAmbiguous(let reference, let matches):
            "'\(reference)' matches more series: \(matches.joined(separator: ", ")); give more of the id."
        case .badDates(let text): "'\(text)' is not a date with a time; write 2026-12-01T19:30."
        case .datesInClockGap(let text):
            "'\(text)' does not exist on the clock: that night the clock goes forward an hour. Choose another time."
        case .tooManyDates(let count): "\(count) dates given; a series has three."
        case .badGroup(let text, let allowed):
            "unknown group '\(text)'; choose from \(allowed.joined(separator: ", "))."
        case .badVenue(let text, let allowed):
            "unknown venue '\(text)'; choose from \(allowed.joined(separator: ", "))."
        case .choiceNeeded(let method, let choose, let options):
            "In \(method) the group chooses \(choose == 1 ? "one theme" : "\(choose) themes"): give --choose with "
                + "\(options.map { "'\($0)'" }.joined(separator: ", "))."
        case .unknownOption(let option, let options):
            "'\(option)' is not a choice of this methodology; choose from \(options.map { "'\($0)'" }.joined(separator: ", "))."
        case .noSuchMeeting(let number, let available):
            "Meeting \(number) does not exist; there are \(available.map(String.init).joined(separator: ", "))."
        case .planImported(let name, let id, let meetings): "Plan '\(name)' imported (\(id)), \(meetings) meetings."
        case .planNotImported(let count): "\(count == 1 ? "1 mistake" : "\(count) mistakes"); nothing was imported."
        case .planFileUnreadable(let path): "Cannot read '\(path)'."
        case .planFileNotUTF8(let path):
            "'\(path)' is not UTF-8 text; save it as UTF-8 (in Notepad: Save as, encoding UTF-8)."
        case .planReplaced(let name, let id, let was):
            was == name
                ? "Plan of '\(name)' updated (\(id)): the previous plan was replaced."
                : "Plan of '\(was)' replaced by '\(name)' (\(id)): the previous plan was replaced."
        case .nameRequired: "--name must not be empty: give the series a name."
        case .badSize(let size): "--size is \(size); give a number of participants from 1 to 500."
        case .controlCharacterOption(let option):
            "\(option) holds a control character (such as ESC or NUL); that is not text. Type the value again."
        case .optionTooLong(let option, let max): "\(option) is too long; dialoog keeps at most \(max) characters."
        case .planIncomplete(let regular, let aftercare):
            "A plan needs the regular meetings 1, 2 and 3, each once, and at most one aftercare meeting (found: \(regular.isEmpty ? "none" : regular.map(String.init).joined(separator: ", ")); aftercare: \(aftercare)). Nothing was imported."
        case .seriesAlreadyRunning(let name):
            "Series '\(name)' has begun; a plan does not replace meetings that already ran."
        case .warningsFound(let count): count == 1 ? "1 warning." : "\(count) warnings."
        }
    }
}

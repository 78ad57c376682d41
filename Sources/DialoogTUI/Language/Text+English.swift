import DialoogCore

extension Text {
    var english: String {
        switch self {
        case .appName: "dialoog"
        case .tagline: "for dialogue facilitators"
        case .upcomingHeading: "UPCOMING MEETINGS"
        case .seriesHeading(let count): "SERIES (\(count))"
        case .noUpcoming: "No meeting with a date is planned."
        case .loading: "Reading series…"
        case .emptyTitle: "No series yet"
        case .emptyExplanation:
            "A series is one group that follows three meetings, from cold to hot themes: "
                + "from raising children and living in two cultures to self-determination and violence. "
                + "Once there are series, the next meeting stands here at the top."
        case .emptyNextSteps:
            "Press n for a new series (or type dialoog series new), b for the library and ? for "
                + "every key. :theme light|dark|mono picks the colours; dialoog --help shows the commands."
        case .databaseLabel(let path): "Data: \(path)"
        case .meetingNumber(let kind, let number, let total):
            switch kind {
            case .regular: "meeting \(number)/\(total)"
            case .extra: "extra meeting"
            case .aftercare: "aftercare meeting"
            }
        case .held(let held, let total): "\(held)/\(total) held"
        case .completed: "completed"
        case .noDate: "no date yet"
        case .today: "today"
        case .tomorrow: "tomorrow"
        case .weekday(let n): ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(n - 1) % 7]
        case .month(let n):
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(n - 1) % 12]

        case .helpTitle(let mode): "Keys · \(Text.modeName(mode).english)"
        case .helpFooter: "Esc, q or ? closes this help · ↑↓ scrolls"
        case .group(let group):
            switch group {
            case .moving: "Moving"
            case .general: "General"
            case .commandLine: "Command line"
            case .meeting: "Meeting"
            case .planning: "Planning"
            case .evaluation: "Evaluating"
            }
        case .hint(let command):
            switch command {
            case .moveUp, .moveDown: "choose"
            case .pageUp, .pageDown: "page"
            case .moveFirst, .moveLast: "first/last"
            case .help: "help"
            case .openCommandLine: "command"
            case .redraw: "redraw"
            case .quit: "quit"
            case .closeOverlay: "close"
            case .submit: "run"
            case .deleteBackward: "delete"
            case .openLibrary: "library"
            case .nextTab, .previousTab: "tab"
            case .open: "open"
            case .search: "search"
            case .previousMeeting, .nextMeeting: "choose"
            case .addBlock: "add"
            case .removeBlock: "remove"
            case .moveBlockUp, .moveBlockDown: "move"
            case .duplicateBlock: "duplicate"
            case .moreMinutes, .fewerMinutes: "minutes"
            case .pickPrompts: "prompts"
            case .checklist: "checklist"
            case .warnings: "warnings"
            case .addMeeting: "extra"
            case .addAftercare: "aftercare"
            case .removeMeeting: "remove meeting"
            case .edit: "edit"
            case .removePrompt: "take off"
            case .toggle: "tick"
            case .allThemes: "all themes"
            case .editMeeting: PlannerText.hintEditMeeting.english
            case .refillHelpCard: PlannerText.hintRefillHelpCard.english
            case .newSeries: "new"
            case .nextField, .previousField: "field"
            case .previousChoice, .nextChoice: "choice"
            case .confirm: "confirm"
            case .runMeeting, .toggleTimer, .nextBlock, .previousBlock, .attendance, .promptDeck, .groundRules,
                .helpCard, .note, .signal, .privacyScreen, .undo, .endMeeting, .leaveLive, .addParticipant, .countMode,
                .responseOpen, .responseMixed, .responseResistance, .responseSilence, .raiseTheme:
                LiveText.hint(command).english
            case .evaluate, .stepBack, .stepForward, .toggleField, .editField, .increase, .decrease, .score1, .score2,
                .score3, .score4, .score5, .clearValue,
                .removeLine, .planIntervisie, .closeEvaluation:
                EvaluationText.hint(command).english
            case .openOverview, .showFollowUps, .filter, .clearFilters, .sort, .setTarget, .removeTarget, .markDone,
                .markOpen:
                OverviewText.hint(command).english
            }
        case .helpMoveUp: "one line up"
        case .helpMoveDown: "one line down"
        case .helpPageUp: "one screen up"
        case .helpPageDown: "one screen down"
        case .helpMoveFirst: "to the beginning"
        case .helpMoveLast: "to the end"
        case .helpHelp: "this help with the keys"
        case .helpCommandLine: "type a command (:q, :help, :theme)"
        case .helpRedraw: "redraw the screen"
        case .helpQuit: "leave dialoog"
        case .helpClose: "close without doing anything"
        case .helpSubmit: "run the typed command"
        case .helpDeleteBackward: "erase the last character"
        case .helpOpenLibrary: "open the library: methodologies, themes, help, terms"
        case .helpNextTab: "next tab"
        case .helpPreviousTab: "previous tab"
        case .helpOpen: "open what is under the cursor"
        case .helpSearch: "search the whole library (ids, texts, translations)"
        case .commandLineHint: "Enter runs · Esc cancels · :q  :help  :theme light|dark|mono  :lang nl"
        case .keysColumn: "Key"
        case .actionColumn: "What it does"
        case .modeName(let mode):
            switch mode {
            case .start: "start screen"
            case .help: "help"
            case .commandLine: "command line"
            case .library: "library"
            case .libraryPage: "library page"
            case .librarySearch: "search"
            case .planner: "planner"
            case .plannerWarnings: "warnings"
            case .blockEditor: "edit block"
            case .blockEditorText: "typing text"
            case .promptPicker: "pick prompts"
            case .promptSearch: "search prompts"
            case .checklist: "preparation"
            case .meetingEditor: PlannerText.modeMeetingEditor.english
            case .meetingEditorText: PlannerText.modeMeetingEditorText.english
            case .newSeries: "new series"
            case .newSeriesText: "new series, typing"
            case .live, .liveAttendance, .liveAttendanceText, .liveDeck, .liveDeckLibrary, .liveDeckSearch,
                .liveDeckText, .liveRules, .liveHelpCard, .liveNote, .liveSignal, .privacy, .liveConfirmEnd:
                LiveText.modeName(mode).english
            case .evaluation, .evaluationText: EvaluationText.modeName(mode).english
            case .overview, .overviewFilter, .overviewTarget, .summary, .followUps: OverviewText.modeName(mode).english
            }

        case .status(let status):
            switch status {
            case .unknownCommand(let word): "Unknown command ':\(word)'. Type :help to see what works."
            case .themeChanged(let theme): "Colours: \(Text.themeName(theme).english)."
            case .unknownTheme(let word):
                word.isEmpty
                    ? "Which theme? Type :theme light, :theme dark or :theme mono."
                    : "Unknown theme '\(word)'. Choose light, dark or mono."
            case .languageChanged(let language): "Language: \(Text.languageName(language).english)."
            case .unknownLanguage(let word): "Unknown language '\(word)'. Choose nl or en."
            case .loadFailed(let message): "The series could not be read: \(message)"
            case .libraryProblems(let count): Text.libraryProblems(count).english
            case .libraryFailed(let message): "Library cannot be read (dialoog check says why): \(message)"
            case .terminalNotUTF8: Text.notUTF8.english
            case .plan(let notice): PlannerText.notice(notice).english
            case .live(let notice): LiveText.notice(notice).english
            case .evaluation(let notice): EvaluationText.notice(notice).english
            case .overview(let notice): OverviewText.notice(notice).english
            }
        case .themeName(let theme):
            switch theme {
            case .dark: "dark"
            case .light: "light"
            case .mono: "monochrome"
            }
        case .languageName(let language):
            switch language {
            case .nl: "Dutch"
            case .en: "English"
            }

        case .tooSmall(let size): "The window is too small (\(size.width)×\(size.height))."
        case .tooSmallAdvice(let minimum):
            "dialoog needs at least \(minimum.width)×\(minimum.height). "
                + "Make the window larger or the font smaller; nothing is lost."

        case .cliAbstract: "A companion for facilitators of dialogue meetings."
        case .cliDiscussion:
            "Without a command, dialoog opens the full-screen program. Its data lives in one "
                + "SQLite file, by default $XDG_DATA_HOME/dialoog/dialoog.sqlite "
                + "(or ~/.local/share/dialoog/dialoog.sqlite)."
        case .cliOptionDatabase: "The database file (default: in the XDG data folder)."
        case .cliOptionLanguage: "The language of the screens: nl or en (default: from LANG)."
        case .cliKeysAbstract: "Lists the keys of every screen, from the same table as the ? help."
        case .cliOptionFormat: "Output: text or md."
        case .alreadyOpen(let path):
            "dialoog is already open on \(path), in another window or terminal. Go there, or close it first: two "
                + "windows on one meeting would overwrite each other's records."
        case .notATerminal:
            "dialoog is a full-screen program and needs a terminal for input and output. "
                + "Start it in a terminal window, or see dialoog --help for the commands "
                + "that work without a screen."
        case .notUTF8: "No UTF-8: accents simplified. Set LANG=en_GB.UTF-8."
        case .unknownLanguageOption(let value): "Unknown language '\(value)'. Choose nl or en."
        case .badClock(let value):
            "DIALOOG_NOW='\(value)' is not a time. Write it as 2026-12-01T19:30:00, or leave it out."
        case .terminalFailed(let term):
            "The terminal '\(term)' cannot be started. Set TERM to for example xterm-256color."
        case .cliRunAbstract: "Start or resume a meeting in the full-screen program (live mode)."
        case .cliRunMeeting: "The meeting's number (default: the one running, else the next)."

        case .cliOptionContent:
            "An extra folder with methods/ and content/ (repeatable); replaces what has the same id."
        case .contentNotFound(let looked):
            "The folders methods/ and content/ were not found. Looked in: \(looked.joined(separator: ", ")). "
                + "Set DIALOOG_SHARE to the folder that holds them, or install dialoog again with make install."
        case .contentFolderMissing(let path): "The folder \(path) (--content) does not exist."
        case .checkPathMissing(let path): "\(path) does not exist; give a file or folder to check."
        case .cliCheckAbstract: "Checks methods/ and content/ and reports every mistake as file:line: message."
        case .cliCheckPaths: "Files or folders to check (default: the shipped folders and your own)."
        case .cliMethodsAbstract: "Shows the methodologies of the seven organisations."
        case .cliMethodsListAbstract: "Every methodology: organisation, name and summary."
        case .cliMethodsShowAbstract: "One methodology in full: goal, chain of change, phases, meetings, rules."
        case .cliMethodID: "The methodology's id, for example htib or kezban; basis for the common base."
        case .cliContentAbstract: "Counts and searches the themes, prompts, help entries and terms."
        case .cliContentStatsAbstract: "Numbers of prompts per kind, theme and temperature."
        case .cliContentSearchAbstract: "Searches ids, texts and translations; every word must occur."
        case .cliQuery: "What to look for."
        case .cliOptionFormatJSON: "Output: text or json."
        case .cliFilterTheme: "Only this theme (id)."
        case .cliFilterTemperature: "Only this temperature: koud, lauw, warm or heet."
        case .cliFilterKind: "Only this kind: stelling, vraag, casus, huiswerk, woordweb, opening, afsluiting."
        case .cliFilterGroup: "Only suited to: ouders, jongeren, vrouwen, mannen, nieuwkomers, gemengd."
        case .checkClean(let files, let methods, let themes, let prompts, let help, let terms):
            "\(files) files are fine: \(methods) methodologies, \(themes) themes, \(prompts) prompts, "
                + "\(help) help entries, \(terms) terms."
        case .checkProblems(let problems, let files):
            "\(problems) \(problems == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files"). "
                + "Fix them and run dialoog check again."
        case .checkReplaces(let file, let replaces): "\(file) replaces \(replaces)"
        case .contentProblemsWarning(let count):
            "Note: \(count) \(count == 1 ? "problem" : "problems") in the content; dialoog check shows them."
        case .noResults(let query): "Nothing found for '\(query)'."
        case .resultCount(let count): "\(count) \(count == 1 ? "result" : "results")"
        case .statsHeading(let heading):
            switch heading {
            case .library: "Library"
            case .kinds: "Prompts per kind"
            case .themes: "Prompts per theme"
            case .temperatures: "Prompts per temperature"
            }
        case .libraryTitle: "Library"
        case .commonBaseTitle: "Common base"
        case .helpLegend: "! acute · ? source over 12 months old: check number and hours"
        case .commonBaseSummary: "working forms, ground rules, socratic principles, tips and cautions"
        case .pagePosition(let first, let last, let total): "lines \(first)-\(last) of \(total)"
        case .libraryTab(let tab):
            switch tab {
            case .methods: "Methodologies"
            case .themes: "Themes"
            case .help: "Help"
            case .glossary: "Terms"
            }
        case .libraryHeading(let heading): heading.english
        case .planner(let text): text.english
        case .live(let text): text.english
        case .evaluation(let text): text.english
        case .overview(let text): text.english
        case .meetingHeading(let number, let minutes): "Meeting \(number) · \(minutes) min"
        case .groupSize(let min, let max): "\(min) to \(max) participants"
        case .aftercareAfter(let weeks): "After about \(weeks) weeks"
        case .groupChooses(let count): "The group chooses \(count):"
        case .origin(let file, let replaces):
            replaces.map { "From \(file), replaces \($0)" } ?? "From \(file)"
        case .source(let ref):
            "\(ref.document), \(ref.section)" + (ref.lines.map { ", lines \($0)" } ?? "")
        case .promptKindName(let kind):
            switch kind {
            case .stelling: "Statements"
            case .vraag: "Questions"
            case .casus: "Cases (What if…?)"
            case .huiswerk: "Homework"
            case .woordweb: "Word web"
            case .opening: "Opening questions"
            case .afsluiting: "Closing questions"
            }
        case .temperatureName(let temperature):
            switch temperature {
            case .koud: "cold"
            case .lauw: "lukewarm"
            case .warm: "warm"
            case .heet: "hot"
            }
        case .anonymity(let value):
            switch value {
            case .ja: "Anonymous: yes"
            case .nee: "Anonymous: no"
            case .deels: "Anonymous: partly"
            }
        case .professionalsOnly: "For professionals only"
        case .checkedOn(let date): "Checked: \(date)"
        case .checkedOutdated(let date): "Checked: \(date), over 12 months ago: check before use"
        case .hitKind(let kind):
            switch kind {
            case .methodology: "methodology"
            case .theme: "theme"
            case .prompt: "prompt"
            case .help: "help"
            case .term: "term"
            }
        case .searchLabel: "Search: "
        case .libraryLoading: "Reading the library…"
        case .libraryProblems(let count):
            "\(count) \(count == 1 ? "problem" : "problems") in the content: run dialoog check"
        case .libraryEmpty: "Nothing here yet."
        case .minutesShort(let minutes): "\(minutes) min"
        case .minutesRange(let min, let max): "\(min)-\(max) min"

        case .storeNewerDatabase(let path, let unknown):
            "\(path) was updated by a newer version of dialoog "
                + "(unknown steps: \(unknown.joined(separator: ", "))). "
                + "This version leaves the file alone; install the latest dialoog to open it."
        case .storeNotDialoog(let path):
            "\(path) is not a dialoog database. The file was not touched; "
                + "choose another file with --db, or move this one away."
        case .storeDamaged(let path, let detail):
            "\(path) is damaged (\(detail)). The file was not touched; "
                + "restore a backup or start with a new file through --db."
        case .storeCannotCreateFolder(let path, let detail):
            "The folder \(path) cannot be created (\(detail)). Choose another place with --db."
        case .storeCannotOpen(let path, let detail):
            "\(path) cannot be opened (\(detail)). Check the permissions of the file and its folder."
        case .storeSeriesAlreadyExists(let id, let name):
            "There is already a series with id \(id) ('\(name)'). Nothing was saved; "
                + "give the new series an id of its own, or change the existing series."
        case .storeIdInOtherSeries(let id, let series):
            "id '\(id)' already belongs to the series '\(series)'; remove the line with this id and the block or meeting gets a new one. Nothing was saved."
        case .storeNotSaved(let detail): "The database refused the change (\(detail)); nothing was saved."
        case .storeMeetingAlreadyHeld(let series, let number):
            "Meeting \(number) of '\(series)' has already started or been held and cannot leave the plan. "
                + "Nothing was saved; keep the meeting in the plan."
        case .storeAgendaAlreadyHeld(let series, let number):
            "Meeting \(number) of '\(series)' has already started or been held; its blocks no longer change. "
                + "Nothing was saved; put that meeting's agenda back as it was."
        case .storeSeriesMissing(let id): "There is no series with id \(id); 'dialoog series list' shows them."
        case .storeMeetingMissing(let id):
            "There is no meeting with id \(id); perhaps it was taken out of the plan. 'dialoog series show' shows them."
        case .storeMeetingEnded(let series, let number):
            "Meeting \(number) of '\(series)' has ended and does not open again; "
                + "'dialoog series show' shows what was recorded."
        case .storeOtherMeetingRunning(let series, let number):
            "Meeting \(number) of '\(series)' is still running; close it before another meeting starts."
        case .storeSeriesFinished(let series):
            "Every meeting of '\(series)' has ended; add an extra meeting in the planner to carry on."
        case .storeDatabaseMissing(let path):
            "There is no database at \(path). Is the path after --db right? Without --db dialoog uses its own database."
        case .storeMeetingNotEnded(let series, let number):
            "Meeting \(number) of '\(series)' has not been closed yet; close it first, then evaluate it."
        case .storeFollowUpMissing(let id):
            "There is no follow-up for \(id) any more; perhaps the signal, the evaluation or the series was removed. "
                + "Nothing was saved."
        case .storePlanSetsState(let series, let number, let state):
            "The plan gives meeting \(number) of the new series '\(series)' the state '\(state)'; only the "
                + "program itself starts and closes meetings. Nothing was saved; remove the 'state' line."
        case .storeNotAFile(let path):
            "\(path) is not a regular file (but a folder, pipe or device). It was not touched; choose a database file with --db."
        case .storeBadValue(let path, let table, let column, let row, let value):
            "\(path) holds a value this dialoog cannot read: '\(value)' in \(table).\(column), row \(row). "
                + "The file was not touched; restore a backup, or open it with the dialoog that wrote it."

        // MARK: dialoog demo and dialoog report
        case .cliDemoAbstract: "Loads demo data so every screen is filled; --remove takes it out again."
        case .cliDemoScale: "About this many meetings, for speed measurements (for example 10000)."
        case .cliDemoRemove: "Removes every demo series; your own series stay."
        case .cliDemoScaleOutOfRange(let value, let maximum): "--scale \(value): choose a number from 3 to \(maximum)."
        case .cliDemoRemoveWithScale: "--remove and --scale do not go together: choose one."
        case .demoLoaded(let series, let meetings, let held, let participants, let evaluations):
            "Demo data loaded: \(series) series, \(meetings) meetings (\(held) held), "
                + "\(participants) participants under a nickname, \(evaluations) evaluations."
        case .demoReplaced(let count):
            "The \(count) demo series from before were replaced; your own series were not touched."
        case .demoTargetSet(let meetings, let year):
            "No target was set; the demo target is \(meetings) meetings in \(year). Change it in the overview."
        case .demoHowToRemove:
            "The series are marked as demo: dialoog report counts them only with --include-demo. "
                + "To remove them: dialoog demo --remove"
        case .demoRemoved(let count):
            "\(count) demo series removed, with everything in them; your own series were not touched."
        case .demoNothingToRemove: "There are no demo series in this database; nothing changed."
        case .demoLocked(let path):
            "dialoog is open on \(path), in another window or terminal. Close it first: the demo replaces "
                + "series that screen may be showing. Nothing changed."
        case .demoNoMethods:
            "The library has none of the methodologies the demo uses; dialoog check shows what is wrong."
        case .cliReportAbstract: "A report on the meetings: text, CSV, JSON or Markdown, without names."
        case .cliReportDiscussion:
            "Counts the same figures as the overview, with the same filters. Demo series count only with "
                + "--include-demo. People are distinct nicknames or a headcount; the report names no "
                + "participants and no facilitators."
        case .cliReportOrganisation: "Only series of this organisation (for example HTIB)."
        case .cliReportMethod: "Only series with this methodology (id, for example kezban)."
        case .cliReportMunicipality: "Only series in this municipality."
        case .cliReportFacilitator: "Only series of this facilitator, as written in the series."
        case .cliReportPeriod: "A year (2026), quarter (2026-Q4) or month (2026-11)."
        case .cliReportFrom: "From this day (YYYY-MM-DD)."
        case .cliReportTo: "Up to and including this day (YYYY-MM-DD)."
        case .cliReportIncludeDemo: "Count the demo series too."
        case .cliReportFormat: "Output: text, csv (one row per meeting), json or md (for the municipality)."
        case .cliReportOutput: "Write to this file (readable only by you) instead of the screen."
        case .reportBadPeriod(let value):
            "--period '\(value)' is not a period. Write a year (2026), a quarter (2026-Q4) or a month (2026-11)."
        case .reportBadDate(let option, let value):
            "\(option) '\(value)' is not a date. Write it as YYYY-MM-DD, for example 2026-11-30."
        case .reportPeriodWithDates: "--period and --from/--to do not go together: choose a period or two dates."
        case .reportEmptyRange(let from, let to): "--from \(from) is after --to \(to); nothing falls between them."
        case .reportOnlyDemo:
            "Only demo series match; dialoog report --include-demo counts them."
        case .reportWritten(let path): "Report written to \(path)."
        case .reportCannotWrite(let path, let detail):
            "\(path) cannot be written (\(detail)). Choose another place with --output."
        case .reportNotAFile(let path):
            "\(path) is not a regular file (but a folder, pipe or device) and stays as it is. "
                + "Choose a new or existing file with --output."
        }
    }
}

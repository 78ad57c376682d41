import DialoogCore

extension Text {
    package var english: String {
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

        case .helpTitle(let mode): "Keys · \(Text.modeName(mode).english)"
        case .helpFooter: "Esc, q or ? closes this help · ↑↓ scrolls"
        case .helpAbove(let count): "\(count) \(count == 1 ? "line" : "lines") above"
        case .helpBelow(let count): "\(count) more \(count == 1 ? "line" : "lines") below"
        case .group(let group):
            switch group {
            case .moving: "Moving"
            case .general: "General"
            case .commandLine: "Command line"
            case .typing: "Typing"
            case .meeting: "Meeting"
            case .planning: "Planning"
            case .evaluation: "Evaluating"
            }
        case .commandLineHint: "Enter runs · Esc cancels · :q  :help  :theme light|dark|mono  :lang nl"
        case .spaceKey: "Space"
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
            case .plannerConfirm: "remove?"
            case .blockEditor: "edit block"
            case .blockEditorText: "typing text"
            case .promptPicker: "pick prompts"
            case .choicePicker: "choose and search"
            case .promptSearch: "search prompts"
            case .checklist: "preparation"
            case .checklistText: "typing a preparation item"
            case .templateName: "typing the template's name"
            case .meetingEditor: PlannerText.modeMeetingEditor.english
            case .meetingEditorText: PlannerText.modeMeetingEditorText.english
            case .newSeries: "new series"
            case .localHelp: "local entry"
            case .localHelpText: "local entry, typing"
            case .newSeriesText: "new series, typing"
            case .live: "meeting"
            case .liveAttendance: "attendance"
            case .liveAttendanceText: "attendance, typing"
            case .liveDeck: "prompts"
            case .liveDeckLibrary: "prompt from the library"
            case .liveDeckSearch: "searching the library"
            case .liveDeckText: "typing the group's theme"
            case .liveRules: "ground rules"
            case .liveHelpCard: "help card"
            case .liveDirectory: "help card: searching all help"
            case .liveDirectorySearch: "help card: typing a search"
            case .liveDisclosure: "when someone tells you something"
            case .liveNote: "note"
            case .liveAgreement: "typing an agreement"
            case .liveSignal: "signal"
            case .privacy: "privacy screen"
            case .liveConfirmEnd: "closing"
            case .evaluation: "evaluation"
            case .evaluationText: "evaluation, typing"
            case .evaluationConfirmEdit: "evaluation, edit?"
            case .overview: "overview"
            case .overviewFilter: "filters"
            case .overviewTarget: "target"
            case .overviewBundle: "bundle"
            case .overviewTables: "tables"
            case .summary: "series at a glance"
            case .summaryRecords: "recorded in the meeting"
            case .summaryRecordsConfirm: "withdraw?"
            case .followUps: "follow-ups"
            case .themeReview: "reviewing own themes"
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
            case .pathCompletion(.noMatch): "No folder or file starts like that."
            case .pathCompletion(.unreadableFolder(let folder)): "Folder \(folder) is not there or cannot be read."
            case .mouseChanged(let on):
                on ? "Mouse on: scrolling and clicking choose." : "Mouse off: the terminal selects text again."
            case .unknownMouse(let word):
                word.isEmpty ? "Mouse on or off? Type :mouse on or :mouse off." : "Unknown '\(word)'. Choose on or off."
            case .preferencesUnreadable(let path, let problem):
                "\(path)\(problem.line > 0 ? ":\(problem.line)" : ""): \(Text.preferencesProblem(problem.reason).english); preferences not used, the file is left as it is."
            case .preferencesNotSaved(let path, let reason):
                "Preferences not saved in \(path) (\(reason)); they hold until you quit."
            case .loadFailed(let failure): "The series could not be read: \(failure.english)"
            case .libraryProblems(let count): Text.libraryProblems(count).english
            case .libraryFailed(let failure): "Library cannot be read (dialoog check says why): \(failure.english)"
            case .terminalNotUTF8: Text.notUTF8.english
            case .plan(let notice): PlannerText.notice(notice).english
            case .live(let notice): LiveText.notice(notice).english
            case .evaluation(let notice): EvaluationText.notice(notice).english
            case .overview(let notice): OverviewText.notice(notice).english
            case .localHelp(let notice): LocalHelpText.notice(notice).english
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

        case .notUTF8: "No UTF-8: accents simplified. Set LANG=en_GB.UTF-8."
        case .preferencesProblem(let reason):
            switch reason {
            case .notASetting: "not 'name = value'"
            case .unknownKey(let key): "unknown preference '\(key)' (theme, language or mouse)"
            case .badValue(let key, let value): "'\(value)' is not a value for \(key)"
            case .cannotRead(let reason): "cannot be read (\(reason))"
            case .notText: "not text (UTF-8)"
            }

        case .contentNotFound(let looked):
            "The folders methods/ and content/ were not found. Looked in: \(looked.joined(separator: ", ")). "
                + "Set DIALOOG_SHARE to the folder that holds them, or install dialoog again with make install."
        case .contentFolderMissing(let path): "The folder \(path) (--content) does not exist."
        case .noResults(let query): "Nothing found for '\(query)'."
        case .resultCount(let count): "\(count) \(count == 1 ? "result" : "results")"
        case .libraryTitle: "Library"
        case .helpLegend: "! acute · ? source over 12 months old · a new local entry · e edit"
        case .commonBaseSummary: "working forms, ground rules, socratic principles, tips and cautions"
        case .pagePosition(let first, let last, let total): "lines \(first)-\(last) of \(total)"
        case .libraryTab(let tab):
            switch tab {
            case .methods: "Methodologies"
            case .themes: "Themes"
            case .help: "Help"
            case .glossary: "Terms"
            }
        case .anonymity(let value):
            switch value {
            case .ja: "Anonymous: yes"
            case .nee: "Anonymous: no"
            case .deels: "Anonymous: partly"
            }
        case .professionalsOnly: "For professionals only"
        case .hitKind(let kind):
            switch kind {
            case .methodology: "methodology"
            case .passage: "passage"
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
            "cannot open or write: \(detail); check the permissions of the file and its folder (\(path))"
        case .storePlanChanged(let series):
            "the plan of '\(series)' was changed elsewhere meanwhile (dialoog plan import?); "
                + "your change was not saved, the planner shows the plan as it is stored now"
        case .storeDiskFull(let path):
            "the disk is full; free some space and try again (\(path))"
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
        case .storeRecordMissing(let id):
            "There is no signal, note, prompt use or raised theme with id \(id), or it was withdrawn already. "
                + "Nothing was changed; 'dialoog meeting records' shows the ids."
        case .storePlanSetsState(let series, let number, let state):
            "The plan gives meeting \(number) of the new series '\(series)' the state '\(state)'; only the "
                + "program itself starts and closes meetings. Nothing was saved; remove the 'state' line."
        case .storeNotAFile(let path):
            "\(path) is not a regular file (but a folder, pipe or device). It was not touched; choose a database file with --db."
        case .storeBadValue(let path, let table, let column, let row, let value):
            "Unreadable value '\(value)' in \(table).\(column), row \(row) of \(path): this dialoog never writes it. "
                + "The file was not touched; restore a backup, or open it with the dialoog that wrote it."
        case .helpFileNotWritten(let path, let reason): "cannot write \(path): \(reason)"
        case .printNotWritten(let path, let reason): "cannot write \(path): \(reason)"
        case .bundleRefused(_, let reason): reason
        case .helpEntryNotWritable(let field): "a text in '\(field)' holds a control character"
        case .helpEntryShadowed(let id, let shown):
            "\(id) was saved, but dialoog shows \(shown): a file with the same name in a later folder wins"
        case .helpEntryNotLocal(let id): "\(id) is shipped with dialoog and is not overwritten; make a local copy of it"

        // MARK: dialoog demo and dialoog report
        }
    }
}

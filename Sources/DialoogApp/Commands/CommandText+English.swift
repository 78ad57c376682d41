import DialoogCore
import DialoogTUI

extension CommandText {
    package var english: String {
        switch self {
        case .cliTargetAbstract: "The programme's targets: add them, list them with their progress, remove them."
        case .cliTargetAddAbstract:
            "Sets a target: a number of meetings held, series completed or people reached in a period."
        case .cliTargetListAbstract: "Lists every target with how far it has come, counted as the reports count."
        case .cliTargetRemoveAbstract: "Removes a target (its number from dialoog target list)."
        case .cliTargetFigure: "What counts: meetings (held), series (completed) or people (reached)."
        case .cliTargetAmount: "The number the target asks for, 1 to 100,000."
        case .cliTargetOrganisation: "Only this organisation's series (default: all)."
        case .cliTargetMunicipality: "Only the series in this municipality (default: all)."
        case .cliTargetId: "The target's number, as dialoog target list shows it."
        case .targetBadFigure(let value): "'\(value)' is not a figure for a target. Choose meetings, series or people."
        case .targetBadAmount(let value, let maximum):
            "'\(value)' is not an amount for a target. Give a whole number from 1 to \(maximum)."
        case .targetNeedsPeriod:
            "A target has a period: --period (2026, 2026-Q4, 2026-11) or --from and --to together "
                + "(for example --from 2018-01-01 --to 2023-12-31)."
        case .targetUnsafeText(let option): "\(option) contains control characters; type the name without them."
        case .targetTextTooLong(let option, let maximum): "\(option) is longer than \(maximum) characters."
        case .targetBadId(let value): "'\(value)' is not a target number. dialoog target list shows the numbers."
        case .targetAdded(let id): "Target #\(id) is set."
        case .targetRemoved(let id): "Target #\(id) is removed."
        case .targetNotFound(let id): "There is no target #\(id). dialoog target list shows the numbers."
        case .noTargets: "No targets yet. Set one with dialoog target add."
        case .keysColumn: "Key"
        case .actionColumn: "What it does"
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
        case .unknownLanguageOption(let value): "Unknown language '\(value)'. Choose nl or en."
        case .badClock(let value):
            "DIALOOG_NOW='\(value)' is not a time. Write it as 2026-12-01T19:30:00, or leave it out."
        case .municipalitySpelling(let typed, let existing):
            "Municipality '\(typed)' is written '\(existing)' in other series. Write it that way (--municipality "
                + "'\(existing)') so they count together in the overview and in reports."
        case .badZone(let value):
            "DIALOOG_TZ='\(value)' is not a time zone this machine knows (such as Europe/Brussels); "
                + "dates are told in Europe/Amsterdam time."
        case .terminalFailed(let term):
            "The terminal '\(term)' cannot be started. Set TERM to for example xterm-256color."
        case .cliRunAbstract: "Start or resume a meeting in the full-screen program (live mode)."
        case .cliRunMeeting: "The meeting's number (default: the one running, else the next)."
        case .cliOptionContent:
            "An extra folder with methods/ and content/ (repeatable); replaces what has the same id."
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
        case .cliFilterGroup:
            "Only suited to: ouders, moeders, vaders, jongeren, vrouwen, mannen, nieuwkomers, ouderen, lhbt, "
                + "gemengd."
        case .checkClean(let files, let methods, let themes, let prompts, let help, let terms):
            "\(files) files are fine: \(methods) methodologies, \(themes) themes, \(prompts) prompts, "
                + "\(help) help entries, \(terms) terms."
        case .checkProblems(let problems, let files):
            "\(problems) \(problems == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files"). "
                + "Fix them and run dialoog check again."
        case .checkReplaces(let file, let replaces): "\(file) replaces \(replaces)"
        case .checkWarnings(let count):
            "\(count) \(count == 1 ? "warning" : "warnings"): the Dutch text changed after it was translated; "
                + "until the translation is updated, dialoog shows the Dutch there."
        case .contentProblemsWarning(let count):
            "Note: \(count) \(count == 1 ? "problem" : "problems") in the content; dialoog check shows them."
        case .statsHeading(let heading):
            switch heading {
            case .library: "Library"
            case .kinds: "Prompts per kind"
            case .themes: "Prompts per theme"
            case .temperatures: "Prompts per temperature"
            case .translations: "Translated (texts per language and kind)"
            }
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
            "The series are marked as demo: the overview counts them only with 'show demo' (f), "
                + "dialoog report only with --include-demo. "
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
                + "participants and no facilitators. Series are called organisation · municipality · "
                + "number; themes groups raised appear only as a library theme or when the coordinator "
                + "released them in the overview."
        case .cliReportOrganisation: "Only series of this organisation (for example HTIB)."
        case .cliReportMethod: "Only series with this methodology (id, for example kezban)."
        case .cliReportMunicipality: "Only series in this municipality."
        case .cliReportFacilitator: "Only series of this facilitator, as written in the series."
        case .cliReportPeriod: "A year (2026), quarter (2026-Q4) or month (2026-11)."
        case .cliReportFrom: "From this day (YYYY-MM-DD)."
        case .cliReportTo: "Up to and including this day (YYYY-MM-DD)."
        case .cliReportIncludeDemo: "Count the demo series too."
        case .cliReportWithSeriesNames:
            "Name series by their own name instead of organisation · municipality · number (for internal use only)."
        case .cliReportFormat:
            "Output: text, csv (one row per meeting), json, md or html (for the municipality, to print)."
        case .cliReportExcel:
            "With --format csv: a file Dutch Excel and LibreOffice open right "
                + "(semicolons, UTF-8 with a BOM, period and filters on top)."
        case .reportExcelNeedsCSV: "--excel goes with --format csv: add --format csv or leave out --excel."
        case .cliReportCompare:
            "previous: the key figures beside those of the period before, of the same length, with the difference "
                + "(text, md, json and html; csv stays one row per meeting of the chosen period)."
        case .reportCompareNeedsPeriod:
            "--compare previous needs a period with a start and an end: give --period, or --from and --to."
        case .reportCompareNoPrevious:
            "This period has no period of the same length before it (too early, or longer than a hundred years); "
                + "choose a shorter or later period."
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
        case .reportNotAFile(let path):
            "\(path) is not a regular file (but a folder, pipe or device) and stays as it is. "
                + "Choose a new or existing file with --output."
        case .reportCannotWrite(let path, let detail):
            "\(path) cannot be written (\(detail)). Choose another place with --output."
        case .cliMeetingAbstract: "Look at, correct or withdraw what was recorded in a meeting, afterwards."
        case .cliMeetingRecordsAbstract:
            "Shows the signals, notes, prompts used and raised themes of a meeting, with their ids."
        case .cliMeetingWithdrawAbstract:
            "Withdraws a recorded signal, note, prompt or theme: it no longer counts anywhere; the date stays visible."
        case .cliMeetingCorrectAbstract:
            "Corrects a recorded signal (--category, --response), prompt (--response) or note/theme (--text)."
        case .cliMeetingNumber: "The number of the meeting."
        case .cliRecordID: "The id from 'dialoog meeting records' (its start is enough if only one fits)."
        case .cliOptionCategory: "The kind of signal, for example huiselijk-geweld or anders."
        case .cliOptionResponse:
            "For a signal: hulpkaart, onder-vier-ogen, coordinator, veilig-thuis-advies, warme-verwijzing or acuut-112; for a prompt: open, gemengd, weerstand, stilte or geen."
        case .cliOptionText: "The corrected text of a note or raised theme."
        case .entriesNone(let meeting): "Nothing was recorded in meeting \(meeting)."
        case .entryWithdrawnDone(let id): "Withdrawn: \(id). It no longer counts in any overview."
        case .entryCorrectedDone(let id): "Corrected: \(id)."
        case .entryAmbiguous(let prefix, let count):
            "'\(prefix)' fits \(count) records; give more characters of the id from 'dialoog meeting records'."
        case .entryCorrectionNeeded(let kind):
            switch kind {
            case .signal: "For a signal, give --category, --response or both."
            case .promptUse: "For a prompt, give --response (open, gemengd, weerstand, stilte or geen)."
            case .note, .raisedTheme: "Give the corrected text with --text."
            }
        case .entryBadValue(let option, let value, let allowed):
            "\(option) '\(value)' does not fit here; choose from: \(allowed.joined(separator: ", "))."
        case .entryBadText(let max):
            "--text must be 1 to \(max) characters long, without control characters. Nothing was changed."
        }
    }
}

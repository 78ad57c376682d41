import Foundation

extension AppState {
    /// Applies one action and returns the effects it asks for. Pure: no clock, no I/O.
    package mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .launched:
            return [.loadSeries, .loadFollowUps, .openLive(launchLive ?? .resume)]
        case .tick(let date):
            now = date
            return []
        case .resized(let newSize):
            size = newSize
            clampSelection()
            return []
        case .seriesLoaded(let overviews):
            let selectedId = selectedSeries?.id
            series = SeriesOverview.startOrder(overviews)
            seriesLoaded = true
            selection = selectedId.flatMap { id in series.firstIndex { $0.id == id } } ?? selection
            clampSelection()
            return []
        case .loadFailed(let failure):
            status = .loadFailed(failure)
            seriesLoaded = true
            return []
        case .insertText(let text):
            if case .commandLine(let typed) = overlay {
                overlay = .commandLine(text: typed + text)
            } else if inputMode == .librarySearch {
                libraryState.query = (libraryState.query ?? "") + text
                libraryState.resultSelection = 0
            } else if screen == .planner {
                typeInPlanner(text)
            } else if inputMode == .newSeriesText {
                typeInNewSeries(text)
            } else if screen == .live {
                typeInLive(text)
            } else if screen == .evaluation {
                typeInEvaluation(text)
            } else if screen == .overview || screen == .summary {
                typeInOverview(text)
            }
            return []
        case .command(let command):
            return perform(command)
        case .libraryLoaded(let library, let problems):
            self.library = library
            libraryState.problems = problems
            status = problems > 0 ? .libraryProblems(problems) : nil
            refreshWarnings()
            return []
        case .libraryFailed(let failure):
            status = .libraryFailed(failure)
            // Live mode and the evaluation form go on without the library: the plan's own words
            // (or the prompts' ids) are on screen. The overzicht and the summary show ids instead
            // of theme names and prompt texts.
            if screen != .live, screen != .evaluation, screen != .overview, screen != .summary { screen = .start }
            return []
        case .pageLaidOut(let lines, let focusLine):
            libraryState.pageLines = lines
            if let focusLine {
                // A line of context above the prompt, as far as the page allows.
                libraryState.scroll = max(0, focusLine - 1)
                libraryState.focus = nil
            }
            libraryState.scroll = min(libraryState.scroll, maxPageScroll)
            return []
        case .helpLaidOut(let mode, let lines):
            helpLength[mode] = lines
            return []
        case .planLoaded(let plan):
            receivePlan(plan)
            return []
        case .planSaved:
            return []
        case .planFailed(let failure):
            planFailed(failure)
            return []
        case .liveLoaded(let meeting):
            return enterLive(meeting)
        case .liveFailed(let failure):
            status = .live(.openFailed(failure))
            return []
        case .liveSaved(let record):
            live.saved = record
            live.undoing = nil
            return []
        case .liveSaveFailed(let failure):
            return liveSaveFailed(failure)
        case .evaluationLoaded(let subject):
            return receiveEvaluation(subject)
        case .evaluationSaved(let saved):
            return evaluationSaved(saved)
        case .evaluationFailed(let failure):
            return evaluationFailed(failure)
        case .overviewLoaded(let overview, let choices):
            return receiveOverview(overview, choices: choices)
        case .summaryLoaded(let summary):
            return receiveSummary(summary)
        case .overviewFailed(let failure):
            return overviewFailed(failure)
        case .followUpsLoaded(let due):
            return receiveFollowUps(due)
        }
    }

    private mutating func perform(_ command: Command) -> [Effect] {
        // The privacy screen comes first, from every panel of live mode, typing or not.
        if command == .privacyScreen, screen == .live, live.meeting != nil {
            live.hidden = true
            return []
        }
        switch inputMode {
        case .commandLine: return performInCommandLine(command)
        case .help: return performInHelp(command)
        case .start: return performOnStart(command)
        case .library: return performInLibraryList(command)
        case .libraryPage: return performOnLibraryPage(command)
        case .librarySearch: return performInLibrarySearch(command)
        case .planner: return performInPlanner(command)
        case .plannerWarnings: return performInWarnings(command)
        case .blockEditor: return performInBlockEditor(command)
        case .blockEditorText: return performInBlockEditorText(command)
        case .promptPicker: return performInPromptPicker(command)
        case .promptSearch: return performInPromptSearch(command)
        case .checklist: return performInChecklist(command)
        case .meetingEditor: return performInMeetingEditor(command)
        case .meetingEditorText: return performInMeetingEditorText(command)
        case .newSeries, .newSeriesText: return performInNewSeries(command)
        case .live: return performInLive(command)
        case .liveAttendance, .liveAttendanceText: return performInAttendance(command)
        case .liveDeck, .liveDeckLibrary, .liveDeckSearch, .liveDeckText: return performInDeck(command)
        case .liveRules, .liveHelpCard: return performInLiveReading(command)
        case .liveNote: return performInNote(command)
        case .liveSignal: return performInSignal(command)
        case .privacy:
            live.hidden = false
            return []
        case .liveConfirmEnd: return performInConfirmEnd(command)
        case .evaluation, .evaluationText: return performInEvaluation(command)
        case .overview, .overviewFilter, .overviewTarget, .summary, .followUps: return performInOverview(command)
        }
    }

    // MARK: - Start screen

    private mutating func performOnStart(_ command: Command) -> [Effect] {
        status = nil
        if let row = command.moved(from: selection, last: series.count - 1, page: pageSize) {
            selection = row
            return []
        }
        switch command {
        case .openLibrary:
            screen = .library
            return library == nil ? [.loadLibrary] : []
        case .open:
            guard let id = selectedSeries?.id else { return [] }
            return openPlanner(seriesId: id)
        case .newSeries:
            return openNewSeries()
        case .runMeeting:
            guard let id = selectedSeries?.id else { return [] }
            return [.openLive(.series(id: id))]
        case .evaluate: return evaluateLatest()
        // MARK: Overzicht
        case .openOverview: return openOverview()
        case .showFollowUps:
            // "All follow-ups" from the start screen means all: a filter left from an earlier
            // visit would hide some under the start screen's own count.
            overviewState.filter = OverviewFilter()
            overviewState.period = .all
            return openOverview(on: .followUps)
        default: return performOnAnyScreen(command)
        }
    }

    /// The commands every screen has: help, the command line, redraw and quit.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        switch command {
        case .help: overlay = .help(offset: 0)
        case .openCommandLine: overlay = .commandLine(text: "")
        case .redraw: return [.redrawAll]
        case .quit:
            isQuitting = true
            return [.quit]
        default: break
        }
        return []
    }

    /// Rows a page key moves: the list area of the start screen, roughly.
    private var pageSize: Int { max(1, size.height - 10) }

    private mutating func clampSelection() {
        selection = min(max(selection, 0), max(series.count - 1, 0))
    }

    // MARK: - Help overlay

    private mutating func performInHelp(_ command: Command) -> [Effect] {
        guard case .help(let offset) = overlay else { return [] }
        let visible = Self.helpVisibleRows(in: size)
        let last = max(0, (helpLength[helpSubject] ?? 0) - visible)
        if let moved = command.moved(from: offset, last: last, page: visible) {
            overlay = .help(offset: moved)
            return []
        }
        switch command {
        case .help, .closeOverlay, .quit: overlay = nil
        case .redraw: return [.redrawAll]
        case .openCommandLine: overlay = .commandLine(text: "")
        default: break
        }
        return []
    }

    /// How many lines of help fit: the help box leaves the title row, its own frame and
    /// footer, and the hint row. The help overlay draws exactly this many.
    package static func helpVisibleRows(in size: TerminalSize) -> Int {
        max(1, size.height - 5)
    }

    /// The mode whose keys the help lists: the screen under the overlay.
    package var helpSubject: InputMode {
        switch screen {
        case .start: .start
        case .library: libraryState.page == nil ? .library : .libraryPage
        case .planner: plannerState.inputMode
        case .newSeries: newSeries?.field.isText == true ? .newSeriesText : .newSeries
        case .live: live.inputMode
        case .evaluation: evaluation?.inputMode ?? .evaluation
        case .overview, .summary: overviewState.inputMode(on: screen)
        }
    }

    // MARK: - Command line

    private mutating func performInCommandLine(_ command: Command) -> [Effect] {
        guard case .commandLine(let typed) = overlay else { return [] }
        switch command {
        case .closeOverlay:
            overlay = nil
        case .deleteBackward:
            // Backspace on an empty line leaves it, as in vi.
            overlay = typed.isEmpty ? nil : .commandLine(text: String(typed.dropLast()))
        case .submit:
            overlay = nil
            return run(TypedCommand.parse(typed))
        case .redraw:
            return [.redrawAll]
        default:
            break
        }
        return []
    }

    private mutating func run(_ parsed: Result<TypedCommand?, TypedCommand.Problem>) -> [Effect] {
        switch parsed {
        case .success(nil):
            return []
        case .success(.quit):
            isQuitting = true
            return [.quit]
        case .success(.help):
            overlay = .help(offset: 0)
            return []
        case .success(.theme(let name)):
            theme = name
            status = .themeChanged(name)
            return [.redrawAll]
        case .success(.language(let newLanguage)):
            language = newLanguage
            status = .languageChanged(newLanguage)
            return []
        case .failure(.unknownCommand(let word)):
            status = .unknownCommand(word)
        case .failure(.unknownTheme(let word)):
            status = .unknownTheme(word)
        case .failure(.unknownLanguage(let word)):
            status = .unknownLanguage(word)
        }
        return []
    }
}

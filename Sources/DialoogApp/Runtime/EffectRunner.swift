import DialoogCore
import DialoogFiles
import DialoogPrint
import DialoogStore
import DialoogTUI
import Foundation
import Synchronization

/// Carries out the effects that touch the outside world and answers with actions.
package struct EffectRunner {
    package let database: AppDatabase
    /// Reads the bibliotheek's content; read only when the bibliotheek is first opened, so
    /// the start screen never waits for it.
    package let loadContent: () throws(CLIError) -> LoadedContent

    /// When stored things happen (a checklist item done); the run loop's clock.
    package let clock: any AppClock
    /// Which days are today and overdue, and the months of the overzicht's chart.
    package let calendar: LocalCalendar
    /// The user's content folder (`$XDG_CONFIG_HOME/dialoog`), where local help entries are
    /// written; nil when there is none to write to (tests that do not save entries).
    package let userContentFolder: String?
    /// Where the printable plan is written (`$XDG_DATA_HOME/dialoog/print`); nil when there is
    /// nowhere to write (tests that do not print).
    package let printFolder: String?
    /// Where templates are kept (`$XDG_DATA_HOME/dialoog/sjablonen`, `TemplateFolder`); nil
    /// when there is none (tests that do not save templates).
    package let templateFolder: String?
    /// The environment whose `displayPath` shows a written file to the user (`~/.config/...`).
    package let environment: AppEnvironment?
    /// Where `:theme`, `:taal` and `:muis` are remembered; nil when they must not be written
    /// (a file that could not be read at start, and tests that write nothing).
    package let preferencesPath: String?
    /// The library as last read, so a new series is proposed from what the screen shows.
    let read = LibraryCache()
    /// The overzichten read while the store did not change: a return from a drill-down or to a
    /// filter seen before shows at once.
    package let overviews = OverviewCache()
    /// The bibliotheek being read in the background since the start, for the first
    /// `.loadLibrary` (`LibraryPrefetch`); nil where nothing reads ahead (the tests).
    let prefetch: LibraryPrefetch?

    package init(
        database: AppDatabase, clock: any AppClock = SystemClock(),
        calendar: LocalCalendar = .system, userContentFolder: String? = nil, printFolder: String? = nil,
        templateFolder: String? = nil, environment: AppEnvironment? = nil, preferencesPath: String? = nil,
        prefetch: LibraryPrefetch? = nil,
        loadContent: @escaping () throws(CLIError) -> LoadedContent = { () throws(CLIError) in
            throw CLIError.contentNotFound(looked: [])
        }
    ) {
        self.database = database
        self.clock = clock
        self.calendar = calendar
        self.userContentFolder = userContentFolder
        self.printFolder = printFolder
        self.templateFolder = templateFolder
        self.environment = environment
        self.preferencesPath = preferencesPath
        self.loadContent = loadContent
        self.prefetch = prefetch
    }

    /// Runs `effect` and returns what happened as actions for the reducer. Effects the run
    /// loop handles itself (redraw, quit) return nothing here.
    /// Whether the overzicht for `filter` is kept and the store unchanged since: it shows at once.
    package func overviewIsKept(_ filter: OverviewFilter) -> Bool {
        database.overviewIsKept(filter, today: calendar.startOfDay(clock.now()), cache: overviews)
    }

    package func run(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadSeries:
            do {
                return [.seriesLoaded(try database.seriesOverviews())]
            } catch {
                return [.loadFailed(failure(error))]
            }
        case .loadLibrary:
            do {
                let loaded = try prefetch?.take()?.get() ?? loadContent()
                read.library.withLock { $0 = loaded.library }
                return [.libraryLoaded(loaded.library, problems: loaded.errorCount)]
            } catch {
                return [.libraryFailed(failure(error))]
            }
        case .loadPlan(let seriesId):
            do {
                guard let plan = try database.plan(seriesId: seriesId) else {
                    return [.planFailed(.planMissing)]
                }
                return [.planLoaded(plan), .ledgerLoaded(seriesId: seriesId, try database.ledger(seriesId: seriesId))]
            } catch {
                return [.planFailed(failure(error))]
            }
        case .savePlan(let plan):
            do {
                // The planner's plan: not over one that changed since it was read.
                try database.savePlan(plan, now: clock.now(), expecting: plan.revision)
                return [.planSaved]
            } catch {
                return [.planFailed(failure(error))]
            }
        case .createSeries(let series, let starts, let language):
            return create(series, starts: starts, language: language)
        case .openLive(let request):
            do {
                // Nothing to resume is the usual start of the program, not a failure.
                return try database.openLive(request).map { [.liveLoaded($0)] } ?? []
            } catch {
                return [.liveFailed(failure(error))]
            }
        case .saveLive(let record):
            do {
                try database.saveLive(record)
                return [.liveSaved(record)]
            } catch {
                return [.liveSaveFailed(failure(error))]
            }
        case .loadEvaluation(let meetingId):
            do {
                guard let subject = try database.evaluationSubject(meetingId: meetingId) else {
                    return [.evaluationFailed(.store(.meetingMissing(id: meetingId)))]
                }
                return [.evaluationLoaded(subject)]
            } catch {
                return [.evaluationFailed(failure(error))]
            }
        case .loadLatestEvaluation(let seriesId):
            do {
                guard let subject = try database.evaluationSubject(latestOf: seriesId) else {
                    return [.evaluationFailed(.nothingToEvaluate)]
                }
                return [.evaluationLoaded(subject)]
            } catch {
                return [.evaluationFailed(failure(error))]
            }
        case .saveEvaluation(let evaluation, let raisedThemes):
            do {
                try database.saveEvaluation(evaluation, raisedThemes: raisedThemes)
                return [.evaluationSaved(evaluation)]
            } catch {
                return [.evaluationFailed(failure(error))]
            }
        case .loadOverview(let filter):
            do {
                let today = calendar.startOfDay(clock.now())
                let found = try database.overview(
                    filter, today: today, calendar: calendar,
                    release: ThemeRelease(library: read.library.withLock { $0 }), cache: overviews)
                return [.overviewLoaded(found.overview, choices: found.choices)]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .loadSummary(let seriesId):
            do {
                guard let summary = try database.seriesSummary(seriesId: seriesId) else {
                    return [.overviewFailed(.store(.seriesMissing(id: seriesId)))]
                }
                return [.summaryLoaded(summary)]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .loadMeetingEntries(let meetingId):
            do {
                return [.meetingEntriesLoaded(meetingId: meetingId, try database.meetingEntries(meetingId: meetingId))]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .withdrawEntry(let id, let meetingId, let seriesId):
            do {
                let entry = try database.withdrawEntry(id: id, now: clock.now())
                var answers: [Action] = []
                if let summary = try database.seriesSummary(seriesId: seriesId) {
                    answers.append(.summaryLoaded(summary))
                }
                let entries = try database.meetingEntries(meetingId: meetingId)
                return answers + [.meetingEntriesLoaded(meetingId: meetingId, entries), .entryWithdrawn(entry)]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .loadFollowUps:
            return loadFollowUps()
        case .setFollowUp(let id, let doneAt):
            do {
                try database.setFollowUp(id, doneAt: doneAt)
                return loadFollowUps()
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .setTarget(let target):
            do {
                try database.setTarget(target)
                return []
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .loadThemeReviews:
            do {
                let release = ThemeRelease(library: read.library.withLock { $0 })
                return [.themeReviewsLoaded(try database.themeReviews(release: release))]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .reviewTheme(let item, let approved):
            do {
                try database.reviewTheme(item, approved: approved, at: clock.now())
                return []
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .loadOpenFollowUps:
            do {
                return [.followUpsLoaded(try database.followUps())]
            } catch {
                return [.overviewFailed(failure(error))]
            }
        case .saveLocalHelp(let entry):
            return saveLocalHelp(entry)
        case .saveTemplate, .listTemplates, .readTemplate, .createSeriesFromTemplate:
            return runTemplate(effect)
        case .printPlan(let plan, let language):
            return printPlan(plan, language: language)
        case .exportReport(let filter, let language):
            return exportReport(filter, language: language)
        case .exportBundle(let seriesIds, let path, let recipient, let language):
            return exportBundle(seriesIds: seriesIds, path: path, recipient: recipient, language: language)
        case .importBundle(let path, let language):
            return importBundle(path: path, language: language)
        case .completePath(let typed):
            return [
                .pathCompleted(
                    PathCompletion.complete(typed, home: environment?.home ?? NSHomeDirectory(), list: Self.folder))
            ]
        case .savePreferences(let preferences):
            guard let path = preferencesPath else { return [] }
            guard let reason = PreferencesFile.write(preferences, to: path) else { return [] }
            return [.preferencesNotSaved(path: environment?.displayPath(path) ?? path, reason: reason)]
        case .duplicateSeries(let plan, let language):
            // The old name shortened, when it must be, so that "(kopie)" stays readable.
            let name = TemplateText.copyName(plan.series.name.limited(to: Limits.name - 10)).localized(language)
            let copy = plan.duplicate(name: name, now: clock.now())
            do {
                try database.insertPlan(copy, now: clock.now())
                return [.seriesDuplicated(name: copy.series.name, id: copy.series.id)]
            } catch {
                return [.seriesDuplicateFailed(failure(error))]
            }
        case .eraseSeries(let id, let name):
            // The same erasure as `dialoog erase series`: secure_delete, a record, the WAL emptied.
            do {
                try database.erase(.series, id: id, at: clock.now())
                return [.seriesErased(name: name)]
            } catch {
                return [.seriesEraseFailed(failure(error))]
            }
        case .redrawAll, .quit, .setMouse:
            return []
        }
    }

    /// Writes a local help entry into the user's folder, then reads the content again so the
    /// entry is on every screen, card and printed plan at once.
    func displayPath(_ path: String) -> String {
        environment?.displayPath(path) ?? path
    }

    private func saveLocalHelp(_ entry: HelpEntry) -> [Action] {
        guard let folder = userContentFolder else {
            return [.localHelpFailed(.helpFileNotWritten(path: "$XDG_CONFIG_HOME/dialoog", reason: "-"))]
        }
        let path: String
        do {
            path = try LocalHelpFile.save(entry, in: folder)
        } catch {
            switch error {
            case .entry(.controlCharacter(let field)), .entry(.empty(let field)):
                return [.localHelpFailed(.helpEntryNotWritable(field: field))]
            case .entry(.badID(let id)), .notLocal(let id):
                return [.localHelpFailed(.helpEntryNotLocal(id: id))]
            case .file(let path, let reason):
                return [.localHelpFailed(.helpFileNotWritten(path: displayPath(path), reason: reason))]
            }
        }
        do {
            let loaded = try loadContent()
            read.library.withLock { $0 = loaded.library }
            let reloaded = [Action.libraryLoaded(loaded.library, problems: loaded.errorCount)]
            // What the program shows must be what was saved: a `--content` folder read after
            // the user's own can hold a file with the same id, and that one wins.
            var shown = loaded.library.help.first { $0.id == entry.id }
            shown?.origin = entry.origin
            guard shown == entry else {
                let file = loaded.library.help.first { $0.id == entry.id }?.origin.file ?? displayPath(path)
                return reloaded + [.localHelpFailed(.helpEntryShadowed(id: entry.id, shown: file))]
            }
            return reloaded + [.localHelpSaved(entry, path: displayPath(path))]
        } catch {
            return [.libraryFailed(failure(error))]
        }
    }

    /// Writes the printable plan as HTML into the print folder, with the nicknames live mode
    /// recorded on its attendance sheets, and answers with the path.
    private func printPlan(_ plan: SeriesPlan, language: Language) -> [Action] {
        guard let folder = printFolder else {
            return [.planPrintFailed(.printNotWritten(path: "$XDG_DATA_HOME/dialoog/print", reason: "-"))]
        }
        do {
            let library: Library
            if let cached = read.library.withLock({ $0 }) {
                library = cached
            } else {
                library = try loadContent().library
                read.library.withLock { $0 = library }
            }
            var live: [String: LiveMeeting] = [:]
            for meeting in plan.meetings {
                live[meeting.id] = try database.liveMeeting(meetingId: meeting.id)
            }
            let now = clock.now()
            let html = PlanPrinting.html(
                plan, meetings: nil, library: library, live: live, language: language, calendar: calendar, now: now)
            let day = calendar.parts(of: now)
            let stamp = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            let path = try PrintFile.write(
                html, base: PrintFile.baseName(kind: "plan", name: plan.series.name, day: stamp), in: folder)
            return [.planPrinted(path: displayPath(path))]
        } catch let problem as PrintFile.Problem {
            return [.planPrintFailed(.printNotWritten(path: displayPath(problem.path), reason: problem.reason))]
        } catch {
            return [.planPrintFailed(failure(error))]
        }
    }

    /// Writes the overzicht's figures for `filter` as the HTML report `dialoog report --format
    /// html` writes, into the print folder, and answers with the path. Without the library
    /// (it could not be read) prompts and themes show by their ids.
    private func exportReport(_ filter: OverviewFilter, language: Language) -> [Action] {
        guard let folder = printFolder else {
            return [.overviewFailed(.printNotWritten(path: "$XDG_DATA_HOME/dialoog/print", reason: "-"))]
        }
        do {
            let now = clock.now()
            let meetings = try database.meetingFigures(filter)
            let overview = try database.overview(filter, today: calendar.startOfDay(now), calendar: calendar)
            var library = read.library.withLock { $0 }
            if library == nil, let loaded = try? loadContent().library {
                read.library.withLock { $0 = loaded }
                library = loaded
            }
            var report = Report(
                overview: overview, meetings: meetings, generatedAt: now, calendar: calendar, language: language,
                library: library)
            report.landed = try database.landedPrompts(meetingIds: meetings.map(\.meetingId))
            let html = ReportHTML.render(report, version: DialoogVersion.current)
            let day = calendar.parts(of: now)
            let stamp = String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            let path = try PrintFile.write(
                html, base: PrintFile.baseName(kind: "rapport", name: report.periodWords, day: stamp), in: folder)
            return [.reportExported(path: displayPath(path))]
        } catch let problem as PrintFile.Problem {
            return [.overviewFailed(.printNotWritten(path: displayPath(problem.path), reason: problem.reason))]
        } catch {
            return [.overviewFailed(failure(error))]
        }
    }

    /// The follow-ups due within a week (and every overdue one), for the start screen.
    private func loadFollowUps() -> [Action] {
        do {
            let horizon = calendar.startOfDay(clock.now()).addingTimeInterval(8 * 86_400)
            return [.followUpsLoaded(try database.followUps(dueBefore: horizon))]
        } catch {
            return [.loadFailed(failure(error))]
        }
    }

    /// Makes the proposal for a new series, stores it in one transaction, and answers with the
    /// series as stored (and the start screen's list, which now holds it).
    private func create(_ series: Series, starts: [Date?], language: Language) -> [Action] {
        do {
            let library = try currentLibrary()
            let plan = try SeriesProposal.make(
                series: series, library: library.localized(to: language), starts: starts)
            try database.insertPlan(plan, now: clock.now())
            let stored = try database.plan(seriesId: plan.id) ?? plan
            return [.seriesLoaded(try database.seriesOverviews()), .planLoaded(stored)]
        } catch {
            return [.planFailed(failure(error))]
        }
    }

    /// The library as the screen shows it: the one read last, else read now.
    func currentLibrary() throws(CLIError) -> Library {
        if let cached = read.library.withLock({ $0 }) { return cached }
        let library = try loadContent().library
        read.library.withLock { $0 = library }
        return library
    }

    /// What went wrong, as a value the screen words in the language it is drawn in.
    func failure(_ error: any Error) -> Failure {
        switch error {
        case let problem as ProposalProblem: .proposal(problem)
        case let store as StoreError: .store(store)
        case let cli as CLIError: cli.failure ?? .unexpected("\(cli)")
        // A row that could not be decoded: a value changed under the running program.
        default: database.badValue().map(Failure.store) ?? .unexpected("\(error)")
        }
    }
}

/// The library the runner read last, shared by the copies of the runner.
final class LibraryCache: Sendable {
    let library = Mutex<Library?>(nil)
}

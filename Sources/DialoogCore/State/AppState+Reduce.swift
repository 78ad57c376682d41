import Foundation

extension AppState {
    /// Applies one action and returns the effects it asks for. Pure: no clock, no I/O, no
    /// random ids (they come from `ids`). Keys and typed text go to the slice that has the keys
    /// (`route`); the results of effects go to the slice they belong to.
    package mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .launched:
            return [.loadSeries, .loadFollowUps, .openLive(launchLive ?? .resume)]
        case .tick(let date):
            now = date
            return []
        case .resized(let newSize):
            size = newSize
            start.clampSelection()
            return []
        case .seriesLoaded(let overviews):
            start.receive(overviews)
            return []
        case .loadFailed(let failure):
            status = .loadFailed(failure)
            start.loaded = true
            return []
        case .insertText(let text):
            return route(.text(text))
        case .command(let command):
            return route(.command(command))
        case .libraryLoaded(let library, let problems):
            writtenLibrary = library
            self.library = library.localized(to: language)
            libraryState.problems = problems
            status = problems > 0 ? .libraryProblems(problems) : nil
            plannerState.refreshWarnings(library: self.library)
            return []
        case .libraryFailed(let failure):
            status = .libraryFailed(failure)
            // Live mode and the evaluation form go on without the library: the plan's own words
            // (or the prompts' ids) are on screen. The overzicht and the summary show ids instead
            // of theme names and prompt texts.
            if screen != .live, screen != .evaluation, screen != .overview, screen != .summary { screen = .start }
            return []
        case .localHelpSaved(let entry, let path):
            libraryState.saved(entry, in: library)
            if libraryState.returnsToPlanner { _ = apply(.go(.backToPlanner)) }
            status = .localHelp(.saved(path: path))
            return []
        case .localHelpFailed(let failure):
            // The form stays as it was, so nothing typed is lost; the status says why.
            libraryState.form?.saving = false
            status = .localHelp(.notSaved(failure))
            return []
        case .pathCompleted(let completion):
            return pathCompleted(completion)
        case .preferencesNotSaved(let path, let reason):
            status = .preferencesNotSaved(path: path, reason: reason)
            return []
        case .pageLaidOut(let lines, let focusLine):
            libraryState.laidOut(lines: lines, focusLine: focusLine, in: size)
            return []
        case .helpLaidOut(let mode, let lines):
            helpLength[mode] = lines
            return []
        case .planLoaded(let plan):
            receivePlan(plan)
            return []
        case .ledgerLoaded(let seriesId, let ledger):
            guard screen == .planner, plannerState.seriesId == seriesId else { return [] }
            plannerState.ledger = ledger
            plannerState.refreshWarnings(library: library)
            return []
        case .planSaved:
            // The store moved the plan's revision one up with this save.
            if screen == .planner { plannerState.plan?.revision += 1 }
            return []
        case .planFailed(let failure):
            return planFailed(failure)
        case .planPrinted(let path):
            status = .plan(.printed(path: path))
            return []
        case .planPrintFailed(let failure):
            status = .plan(.printFailed(failure))
            return []
        case .reportExported(let path):
            status = .overview(.exported(path: path))
            return []
        case .bundleExported(let path, let series, let meetings):
            status = .overview(.bundleExported(path: path, series: series, meetings: meetings))
            return []
        case .bundleImported(let imported):
            status = .overview(.bundleImported(imported))
            return [.loadOverview(overviewState.filter)]
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
        case .meetingEntriesLoaded(let meetingId, let entries):
            return receiveEntries(entries, meetingId: meetingId)
        case .entryWithdrawn(let entry):
            return entryWithdrawn(entry)
        case .overviewFailed(let failure):
            return overviewFailed(failure)
        case .followUpsLoaded(let due):
            return receiveFollowUps(due)
        case .themeReviewsLoaded(let items):
            return receiveThemeReviews(items)
        case .seriesErased(let name):
            status = .plan(.seriesErased(name: name))
            return []
        case .seriesEraseFailed(let failure):
            status = .plan(.eraseFailed(failure))
            return []
        case .seriesDuplicated(let name, let id):
            // The planner opens the copy; the start screen lists it.
            status = .plan(.seriesDuplicated(name: name))
            return [.loadSeries, .loadPlan(seriesId: id)]
        case .seriesDuplicateFailed(let failure):
            status = .plan(.duplicateFailed(failure))
            return []
        case .templateSaved, .templateExists, .templateNotSaved, .templatesListed, .templateRead,
            .templateUnreadable:
            return receiveTemplate(action)
        }
    }

    /// The read-only world the slices reduce in, as it is now.
    package var context: Context {
        Context(
            now: now, size: size, language: language, calendar: calendar, library: library,
            helpLength: helpLength, helpSubject: helpSubject, ids: ids, screen: screen)
    }
}

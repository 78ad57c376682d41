/// The root applies what a slice asks for: the status line, the shell's own commands, and
/// navigation between features — the only place one feature's request changes another's state.
extension AppState {
    mutating func apply(_ outcome: Outcome) -> [Effect] {
        switch outcome.status {
        case .keep: break
        case .clear: status = nil
        case .show(let shown): status = shown
        }
        var effects = outcome.effects
        for request in outcome.requests { effects += apply(request) }
        return effects
    }

    private mutating func apply(_ request: ShellRequest) -> [Effect] {
        switch request {
        case .anyScreen(let command): return performOnAnyScreen(command)
        case .openHelp: overlay = .help(offset: 0)
        case .openCommandLine: overlay = .commandLine(TextField())
        case .closeOverlay: overlay = nil
        case .setTheme(let name):
            theme = name
            preferences.theme = name
            return [.savePreferences(preferences)]
        case .setLanguage(let newLanguage):
            language = newLanguage
            library = writtenLibrary?.localized(to: newLanguage)
            preferences.language = newLanguage
            return [.savePreferences(preferences)]
        case .setMouse(let on):
            preferences.mouse = on
            return [.setMouse(on), .savePreferences(preferences)]
        case .print:
            // The planner's agenda prints the plan, the overzicht's tabs their report;
            // elsewhere the status says there is nothing to print.
            if screen == .planner, plannerState.inputMode == .planner { return route(.command(.printPlan)) }
            if screen == .overview, [.overview, .followUps].contains(inputMode) {
                return route(.command(.exportReport))
            }
            status = .plan(.nothingToPrint)
            return []
        case .quit:
            isQuitting = true
            return [.quit]
        case .navigate(let navigation): return navigate(navigation)
        // The command line is closed by now (its close comes first), so the screen has the keys.
        case .perform(let command): return route(.command(command))
        }
        return []
    }

    /// The commands every screen has: help, the command line, redraw and quit.
    mutating func performOnAnyScreen(_ command: Command) -> [Effect] {
        switch command {
        case .help: overlay = .help(offset: 0)
        case .openCommandLine: overlay = .commandLine(TextField())
        case .redraw: return [.redrawAll]
        case .quit:
            isQuitting = true
            return [.quit]
        default: break
        }
        return []
    }

    private mutating func navigate(_ navigation: Navigation) -> [Effect] {
        // The new-series form, the planner's state and the evaluation form live only while
        // their screen shows; the planner waits while a local help entry is made from it.
        switch screen {
        case .planner where navigation.municipality != nil: break
        case .newSeries: newSeries = nil
        case .planner: plannerState = PlannerState()
        case .evaluation: evaluation = nil
        default: break
        }
        switch navigation {
        case .start:
            screen = .start
            return []
        case .overviewAsLeft:
            screen = .overview
            return [.loadOverview(overviewState.filter)]
        case .summary:
            screen = .summary
            return []
        case .overviewScreen:
            screen = .overview
            return []
        case .library:
            screen = .library
            return library == nil ? [.loadLibrary] : []
        case .localHelp(let municipality):
            screen = .library
            let parts = calendar.parts(of: now)
            libraryState.tab = .help
            libraryState.page = nil
            libraryState.typing = false
            libraryState.query = nil
            libraryState.form = LocalHelpForm(
                municipality: municipality, today: ContentDate(year: parts.year, month: parts.month, day: parts.day))
            libraryState.returnsToPlanner = true
            return library == nil ? [.loadLibrary] : []
        case .backToPlanner:
            libraryState.returnsToPlanner = false
            libraryState.form = nil
            screen = plannerState.plan == nil ? .start : .planner
            return []
        case .planner(let seriesId):
            return openPlanner(seriesId: seriesId)
        case .newSeries:
            // Its methods come from the library, read now if needed.
            screen = .newSeries
            var form = NewSeriesForm()
            form.knownMunicipalities = knownMunicipalities
            newSeries = form
            status = nil
            return library == nil ? [.loadLibrary] : []
        case .overview(let tab, let freshFilter):
            if freshFilter {
                overviewState.filter = .counted
                overviewState.period = .all
            }
            return openOverview(on: tab)
        case .bundle(let kind):
            overviewState.filter = OverviewFilter()
            overviewState.period = .all
            let effects = openOverview(on: .series)
            overviewState.panel = .bundle(BundleForm(kind: kind))
            return effects
        }
    }
}

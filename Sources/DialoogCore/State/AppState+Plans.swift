import Foundation

/// The root's part of the planner: opening it (a navigation), and applying a plan that was read,
/// made or failed to be — which may also close the new-series form and move the start
/// screen's cursor, so it belongs to the root and not to the planner's slice.
extension AppState {
    /// Opens the planner on a series: its plan is read, and the library too when it has not
    /// been read yet (the planner needs its themes and prompts).
    mutating func openPlanner(seriesId: String) -> [Effect] {
        screen = .planner
        plannerState = PlannerState(seriesId: seriesId)
        return (library == nil ? [.loadLibrary] : []) + [.loadPlan(seriesId: seriesId)]
    }

    /// A plan arrived: for the series the planner is opening, or for the series just made.
    mutating func receivePlan(_ plan: SeriesPlan) {
        guard screen == .planner || screen == .newSeries else { return }
        if screen == .newSeries {
            status = .plan(.created(name: plan.series.name))
            newSeries = nil
            screen = .planner
            plannerState = PlannerState(seriesId: plan.id)
        } else if plannerState.plan?.id != plan.id {
            plannerState = PlannerState(seriesId: plan.id)
        }
        plannerState.plan = plan
        // The details form suggests the spellings in use (a fresh planner state has none yet).
        plannerState.knownMunicipalities = knownMunicipalities
        plannerState.clampCursor()
        plannerState.refreshWarnings(library: library)
        // Back on the start screen, the cursor stands on this series.
        start.select(seriesId: plan.id)
    }

    /// The municipalities of the series on the start screen, each spelling once, in the
    /// order they come: what the forms suggest while a municipality is typed.
    var knownMunicipalities: [String] {
        var names: [String] = []
        for name in start.series.compactMap(\.series.municipality) where !names.contains(name) { names.append(name) }
        return names
    }

    mutating func planFailed(_ failure: Failure) -> [Effect] {
        switch screen {
        case .newSeries:
            status = .plan(.createFailed(failure))
        case .planner where plannerState.plan == nil:
            status = .plan(.loadFailed(failure))
            screen = .start
            plannerState = PlannerState()
        case .planner where failure.isPlanChanged:
            // Changed under the planner (a plan import): say so and show the stored plan.
            status = .plan(.saveFailed(failure))
            return plannerState.plan.map { [.loadPlan(seriesId: $0.id)] } ?? []
        default:
            status = .plan(.saveFailed(failure))
        }
        return []
    }
}

import DialoogCore
import DialoogStore

/// Carries out the effects that touch the outside world and answers with actions.
package struct EffectRunner {
    package let database: AppDatabase

    package init(database: AppDatabase) {
        self.database = database
    }

    /// Runs `effect` and returns what happened as actions for the reducer. Effects the run
    /// loop handles itself (redraw, quit) return nothing here.
    package func run(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadSeries:
            do {
                return [.seriesLoaded(try database.seriesOverviews())]
            } catch {
                return [.loadFailed("\(error)")]
            }
        case .redrawAll, .quit:
            return []
        }
    }
}

import DialoogCore
import DialoogStore

/// Carries out the effects that touch the outside world and answers with actions.
package struct EffectRunner {
    package let database: AppDatabase
    /// Reads the bibliotheek's content; read only when the bibliotheek is first opened, so
    /// the start screen never waits for it.
    package let loadContent: () throws(CLIError) -> LoadedContent

    /// The language of messages that come from outside the catalog's reach (a missing folder).
    package let language: Language

    package init(
        database: AppDatabase, language: Language = .nl,
        loadContent: @escaping () throws(CLIError) -> LoadedContent = { () throws(CLIError) in
            throw CLIError.contentNotFound(looked: [])
        }
    ) {
        self.database = database
        self.language = language
        self.loadContent = loadContent
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
        case .loadLibrary:
            do {
                let loaded = try loadContent()
                return [.libraryLoaded(loaded.library, problems: loaded.diagnostics.count)]
            } catch {
                return [.libraryFailed(error.message(language))]
            }
        case .redrawAll, .quit:
            return []
        }
    }
}

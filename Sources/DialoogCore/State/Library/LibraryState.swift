/// The tabs of the bibliotheek.
package enum LibraryTab: Int, CaseIterable, Equatable, Sendable {
    case methods, themes, help, glossary
}

/// A page of the bibliotheek that opens from a row.
package enum LibraryPage: Equatable, Sendable {
    case commonBase
    case method(String)
    case theme(String)
    /// Opening or closing questions, which belong to no theme.
    case meetingPrompts(PromptKind)
    case help(String)
    case term(String)
    /// "Als iemand iets vertelt": first on the help tab.
    case disclosure
}

/// What the bibliotheek shows: a tab's list or the results of a search, and maybe an open page.
package struct LibraryState: Equatable, Sendable {
    package var tab: LibraryTab = .methods
    /// The row under the cursor, per tab, so switching tabs keeps each place.
    package var selection: [LibraryTab: Int] = [:]
    /// The search being typed or shown; nil when the tab's own list is shown.
    package var search: TextField?
    /// The search's text; setting it puts the cursor at its end.
    package var query: String? {
        get { search?.text }
        set { search = newValue.map { TextField($0) } }
    }
    package var typing = false
    package var resultSelection = 0
    package var page: LibraryPage?
    package var scroll = 0
    /// The laid-out length of the open page, measured by the run loop after drawing.
    package var pageLines = 0
    /// Mistakes found in the content when it was read; the status line keeps saying so.
    package var problems = 0
    /// A prompt opened from the search results: its page scrolls to it once laid out.
    package var focus: String?
    /// A passage opened from the search results: its page scrolls to where these texts stand
    /// (`Passage.anchors`) once laid out.
    package var anchors: [String] = []
    /// The form adding or editing a local help entry, over the help tab.
    package var form: LocalHelpForm?
    /// The form was opened from the planner: closing or saving it goes back there.
    package var returnsToPlanner = false

    package init() {}

    /// The rows of the current list: the search results when there is a query, else the tab.
    package func rows(in library: Library) -> [LibraryPage] {
        if let query { return library.search(query).map { Self.page(for: $0, in: library) } }
        switch tab {
        case .methods: return (library.base == nil ? [] : [.commonBase]) + library.methods.map { .method($0.id) }
        case .themes:
            return library.themes.map { .theme($0.id) } + [.meetingPrompts(.opening), .meetingPrompts(.afsluiting)]
        case .help: return (library.disclosure == nil ? [] : [.disclosure]) + library.help.map { .help($0.id) }
        case .glossary: return library.glossary.map { .term($0.term) }
        }
    }

    package var currentSelection: Int {
        get { query == nil ? selection[tab] ?? 0 : resultSelection }
        set {
            if query == nil { selection[tab] = newValue } else { resultSelection = newValue }
        }
    }

    /// The page a search hit opens: a prompt opens its theme (or the opening/closing questions).
    package static func page(for hit: SearchHit, in library: Library) -> LibraryPage {
        switch hit.kind {
        case .methodology: .method(hit.id)
        case .passage: hit.passage?.method.map { .method($0) } ?? .commonBase
        case .theme: .theme(hit.id)
        case .help: .help(hit.id)
        case .term: .term(hit.id)
        case .prompt:
            library.prompt(hit.id).map { prompt in prompt.theme.map { .theme($0) } ?? .meetingPrompts(prompt.kind) }
                ?? .theme(hit.id)
        }
    }
}

/// Everything dialoog knows from `methods/` and `content/`, after overrides, in reading order:
/// methodologies by organisation, themes from cold to hot, prompts as written, the acute help
/// line first.
package struct Library: Equatable, Sendable {
    package var methods: [Methodology] = []
    package var base: CommonBase?
    package var themes: [Theme] = []
    package var prompts: [Prompt] = []
    package var help: [HelpEntry] = []
    package var glossary: [GlossaryTerm] = []
    /// The folded words of every item for `search`, made once by the loader.
    package var searchIndex: [[String]] = []

    package init() {}

    package func method(_ id: String) -> Methodology? { methods.first { $0.id == id } }
    package func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    package func workingForm(_ id: String) -> WorkingForm? { base?.workingForms.first { $0.id == id } }
    package func prompt(_ id: String) -> Prompt? { prompts.first { $0.id == id } }
    package func prompts(theme id: String) -> [Prompt] { prompts.filter { $0.theme == id } }

    /// The help card for some themes: the acute line on top, then the entries for those themes.
    package func helpCard(themes ids: [String]) -> [HelpEntry] {
        help.filter(\.acute) + help.filter { !$0.acute && !Set($0.themes).isDisjoint(with: ids) }
    }
}

/// The library and every problem found while reading it.
package struct LoadedContent: Sendable {
    package var library: Library
    package var diagnostics: [Diagnostic]
    package var fileCount: Int
}

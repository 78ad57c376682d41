/// Everything dialoog knows from `methods/` and `content/`, after overrides, in reading order:
/// methodologies by organisation, themes from cold to hot, prompts as written, the acute help
/// line first.
package struct Library: Equatable, Sendable {
    package var methods: [Methodology] = []
    /// The group variants of the methods' agendas (`methods/variants/`), one file per method.
    package var variants: [MethodVariants] = []
    package var base: CommonBase?
    package var themes: [Theme] = []
    package var prompts: [Prompt] = []
    package var help: [HelpEntry] = []
    package var glossary: [GlossaryTerm] = []
    /// What to do when someone discloses (`content/als-iemand-iets-vertelt.yaml`), if present.
    package var disclosure: DisclosureGuide?
    /// The folded words of every item for `search`, made once by the loader.
    package var searchIndex: [[String]] = []
    /// Every translation catalog's entries; `localized(to:)` applies them.
    package var translations = Translations()

    package init() {}

    package func method(_ id: String) -> Methodology? { methods.first { $0.id == id } }
    package func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    package func workingForm(_ id: String) -> WorkingForm? { base?.workingForms.first { $0.id == id } }
    package func prompt(_ id: String) -> Prompt? { prompts.first { $0.id == id } }
    package func prompts(theme id: String) -> [Prompt] { prompts.filter { $0.theme == id } }

    /// The help for some themes, as a theme's page lists it: the acute line and the lines that are
    /// always there on top, then the national entries for those themes, each part by kind.
    package func helpCard(themes ids: [String]) -> [HelpEntry] {
        composeHelpCard(chosen: nil, themes: ids, groups: [], signals: [], municipality: nil).entries
    }
}

/// The library and every problem found while reading it.
package struct LoadedContent: Sendable {
    package var library: Library
    package var diagnostics: [Diagnostic]
    package var fileCount: Int

    /// The problems that are not only warnings (a stale translation is a warning).
    package var errorCount: Int { diagnostics.filter { !$0.isWarning }.count }
}

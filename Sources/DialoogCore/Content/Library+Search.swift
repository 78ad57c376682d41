import Foundation

/// What `content search`, `content stats` and the bibliotheek's `/` narrow prompts by.
package struct ContentFilter: Equatable, Sendable {
    package var theme: String?
    package var temperature: Temperature?
    package var kind: PromptKind?
    package var group: TargetGroup?
    /// A language code: prompts with a translation in it (`nl`: every prompt).
    package var language: String?

    package init(
        theme: String? = nil, temperature: Temperature? = nil, kind: PromptKind? = nil, group: TargetGroup? = nil,
        language: String? = nil
    ) {
        (self.theme, self.temperature, self.kind, self.group, self.language) = (
            theme, temperature, kind, group, language
        )
    }

    package var isEmpty: Bool { self == ContentFilter() }

    package func accepts(_ prompt: Prompt) -> Bool {
        (theme == nil || prompt.theme == theme)
            && (temperature == nil || prompt.temperature == temperature)
            && (kind == nil || prompt.kind == kind)
            && (group == nil || !group!.suitedBy.isDisjoint(with: prompt.groups) || prompt.groups.contains(.gemengd))
            && (language == nil || language == "nl" || prompt.translations[language!] != nil)
    }
}

/// One result of a search over the whole library.
package struct SearchHit: Equatable, Sendable {
    package enum Kind: String, CaseIterable, Sendable {
        case methodology, passage, theme, prompt, help, term
    }

    package var kind: Kind
    /// The item's id; for a passage its method's id, or `basis` for the common base.
    package var id: String
    package var title: String
    package var temperature: Temperature?
    /// Where a passage stands, to say so and to open its page there.
    package var passage: Passage? = nil
}

/// How many prompts have one kind, theme or temperature.
package struct Tally: Equatable, Sendable {
    package var name: String
    package var count: Int

    package init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// Counts for `content stats`.
package struct ContentStats: Equatable, Sendable {
    package var prompts: Int
    package var byKind: [Tally]
    package var byTheme: [Tally]
    package var byTemperature: [Tally]
    package var methodologies: Int
    package var themes: Int
    package var helpEntries: Int
    package var terms: Int
    /// How much of each kind of content each language has, over the whole library.
    package var translations: [TranslationCoverage] = []
    /// Per theme, how many prompts are written for each group (not counting `gemengd`), over
    /// the whole library: a theme a method plans for a group should have at least 4.
    package var byThemeAndGroup: [String: [String: Int]] = [:]
}

extension Library {
    package func prompts(matching filter: ContentFilter) -> [Prompt] {
        prompts.filter(filter.accepts)
    }

    /// Every word of `query` must begin a word (case and accents ignored) of the item's id, text
    /// or translations, or for a prompt its kind, temperature, working form and groups, so that
    /// "stelling ouders koud" lists cold statements for parents. "eer" finds "eer" and
    /// "eergerelateerd", not "meer". The passages of the methods and the common base (a rule, an
    /// agenda block, a working form) are searched too. With a filter, only
    /// prompts (and, for a theme filter, help entries and the theme itself) can match. In reading
    /// order: methodologies, themes, prompts, help, terms, and last the passages (many, and
    /// what one looks up least often, so they never push a theme out of view).
    package func search(_ query: String, filter: ContentFilter = ContentFilter()) -> [SearchHit] {
        let query = Self.words(query)
        let passages = self.passages
        let index =
            searchIndex.count == methods.count + passages.count + themes.count + prompts.count + help.count
                + glossary.count
            ? searchIndex : Self.index(of: self)
        var position = 0
        /// The next item's words contain every query word as the start of a word.
        func matches() -> Bool {
            defer { position += 1 }
            let haystack = index[position]
            return query.allSatisfy { word in haystack.contains { $0.hasPrefix(word) } }
        }
        // The language narrows prompts to those translated; everything else falls back to
        // Dutch text by text, so it stays findable.
        var unlanguaged = filter
        unlanguaged.language = nil
        let onlyPrompts = filter.kind != nil || filter.group != nil
        var hits: [SearchHit] = []
        for method in methods where matches() && unlanguaged.isEmpty {
            hits.append(.init(kind: .methodology, id: method.id, title: "\(method.organisation.short): \(method.name)"))
        }
        for theme in themes
        where matches() && !onlyPrompts && (filter.theme == nil || filter.theme == theme.id)
            && (filter.temperature == nil || filter.temperature == theme.temperature)
        {
            hits.append(.init(kind: .theme, id: theme.id, title: theme.name, temperature: theme.temperature))
        }
        for prompt in prompts where matches() && filter.accepts(prompt) {
            let title = filter.language.flatMap { prompt.translations[$0] } ?? prompt.text
            hits.append(.init(kind: .prompt, id: prompt.id, title: title, temperature: prompt.temperature))
        }
        for entry in help
        where matches() && !onlyPrompts && filter.temperature == nil
            && (filter.theme == nil || entry.themes.contains(filter.theme!))
        {
            hits.append(.init(kind: .help, id: entry.id, title: entry.name))
        }
        for term in glossary where matches() && unlanguaged.isEmpty {
            hits.append(.init(kind: .term, id: term.term, title: term.term))
        }
        for passage in passages where matches() && unlanguaged.isEmpty {
            hits.append(.init(kind: .passage, id: passage.method ?? "basis", title: passage.name, passage: passage))
        }
        return hits
    }

    /// The searchable words of every item, in the order `search` walks them. Folding accents
    /// is the slow part of a search, so the loader does it once (`searchIndex`).
    package static func index(of library: Library) -> [[String]] {
        let fields: [[String]] =
            library.methods.map { [$0.id, $0.name, $0.organisation.name, $0.organisation.short, $0.summary] }
            + library.themes.map { [$0.id, $0.name, $0.description] }
            + library.prompts.map {
                [$0.id, $0.text, $0.kind.rawValue, $0.temperature.rawValue, $0.form] + $0.groups.map(\.rawValue)
                    + $0.translations.values.sorted()
            }
            + library.help.map { [$0.id, $0.name, $0.what, $0.forWhom] }
            + library.glossary.map { [$0.term, $0.text] }
            + library.passages.map(\.texts)
        return fields.map { $0.flatMap(words) }
    }

    /// The help directory searched as the bibliotheek searches: every word of `query` must begin
    /// a word (case and accents ignored) of an entry's id, name, what, for whom, kind or
    /// municipality. Entries whose name matches come first; then as a card orders them (by
    /// `HelpKind`, then as the files are). An empty query lists every entry.
    package func searchHelp(_ query: String) -> [HelpEntry] {
        let query = Self.words(query)
        func matches(_ fields: [String?]) -> Bool {
            let haystack = fields.compactMap { $0 }.flatMap(Self.words)
            return query.allSatisfy { word in haystack.contains { $0.hasPrefix(word) } }
        }
        let found = help.enumerated().compactMap { offset, entry -> (byName: Bool, offset: Int, entry: HelpEntry)? in
            guard !query.isEmpty else { return (true, offset, entry) }
            let byName = matches([entry.id, entry.name])
            guard
                byName
                    || matches([
                        entry.id, entry.name, entry.what, entry.forWhom, entry.kind.rawValue, entry.municipality,
                    ])
            else { return nil }
            return (byName, offset, entry)
        }
        // What the name says first ("veilig" is Veilig Thuis before 112, whose text says "veilig").
        return found.sorted { a, b in
            (a.byName ? 0 : 1, a.entry.kind, a.offset) < (b.byName ? 0 : 1, b.entry.kind, b.offset)
        }.map(\.entry)
    }

    package func stats(_ filter: ContentFilter = ContentFilter()) -> ContentStats {
        let chosen = prompts(matching: filter)
        let byKind = PromptKind.allCases.map { kind in
            Tally(name: kind.rawValue, count: chosen.filter { $0.kind == kind }.count)
        }
        var byTheme = themes.map { theme in Tally(name: theme.id, count: chosen.filter { $0.theme == theme.id }.count) }
        let loose = chosen.filter { $0.theme == nil }.count
        if loose > 0 { byTheme.append(Tally(name: "-", count: loose)) }
        let byTemperature = Temperature.allCases.map { t in
            Tally(name: t.rawValue, count: chosen.filter { $0.temperature == t }.count)
        }
        return ContentStats(
            prompts: chosen.count, byKind: byKind, byTheme: byTheme.filter { $0.count > 0 || filter.theme == nil },
            byTemperature: byTemperature, methodologies: methods.count, themes: themes.count, helpEntries: help.count,
            terms: glossary.count, translations: translationCoverage(), byThemeAndGroup: promptsPerThemeAndGroup())
    }

    /// Per theme, the prompts written for each group label other than `gemengd`.
    package func promptsPerThemeAndGroup() -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for theme in themes {
            let onTheme = prompts(theme: theme.id)
            counts[theme.id] = Dictionary(
                uniqueKeysWithValues: TargetGroup.allCases.filter { $0 != .gemengd }.map { group in
                    (group.rawValue, onTheme.filter { $0.groups.contains(group) }.count)
                })
        }
        return counts
    }

    /// The words of a text, lowercased and without accents; ids split at their hyphens.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}

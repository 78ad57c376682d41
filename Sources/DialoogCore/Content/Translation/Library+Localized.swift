/// How much of one kind of content one language has.
package struct TranslationCoverage: Equatable, Sendable {
    package var language: String
    package var kind: ContentKind
    package var translated: Int
    package var total: Int
}

extension Library {
    /// The library as a reader of `language` sees it: every text with a translation replaced by
    /// it, every other text left Dutch. Dutch is the library itself.
    package func localized(to language: Language) -> Library {
        switch language {
        case .nl: self
        case .en: localized(toCode: language.rawValue)
        }
    }

    /// The library in the language with this code (`en`, `tr`, ...), falling back to Dutch text
    /// by text.
    package func localized(toCode code: String) -> Library {
        var copy = self
        func translate<T: ContentTexts>(_ item: inout T, source: String) {
            item.visitTexts { text in
                if let found = translations.lookup(text, in: source, language: code) { text = found }
            }
        }
        for index in copy.methods.indices { translate(&copy.methods[index], source: Self.source(of: methods[index])) }
        for index in copy.variants.indices {
            translate(&copy.variants[index], source: Self.source(of: variants[index]))
        }
        if copy.base != nil { translate(&copy.base!, source: Self.commonBaseSource) }
        for index in copy.themes.indices { translate(&copy.themes[index], source: Self.source(of: themes[index])) }
        for index in copy.prompts.indices {
            let prompt = prompts[index]
            copy.prompts[index].text =
                translations.lookup(prompt.text, in: Self.source(of: prompt), language: code) ?? prompt.text
            copy.prompts[index].followUp = prompt.followUp.map {
                translations.lookup($0, in: Self.source(of: prompt), language: code) ?? $0
            }
        }
        for index in copy.help.indices { translate(&copy.help[index], source: Self.source(of: help[index])) }
        for index in copy.glossary.indices {
            translate(&copy.glossary[index], source: Self.glossarySource)
            copy.glossary[index].see = glossary[index].see.map {
                translations.lookup($0, in: Self.glossarySource, language: code) ?? $0
            }
        }
        if var guide = copy.disclosure {
            translate(&guide, source: Self.disclosureSource)
            copy.disclosure = guide
        }
        copy.searchIndex = Library.index(of: copy)
        return copy
    }

    /// For each language that has any translation (and always English), how many texts of each
    /// kind it has, in the order `content stats` lists them.
    package func translationCoverage() -> [TranslationCoverage] {
        let languages = Set(translations.languages).union([Language.en.rawValue]).sorted()
        return languages.flatMap { code in
            func count<T: ContentTexts>(_ items: [(T, String)], kind: ContentKind) -> TranslationCoverage {
                var total = 0
                var translated = 0
                for (item, source) in items {
                    for text in item.texts {
                        total += 1
                        if translations.lookup(text, in: source, language: code) != nil { translated += 1 }
                    }
                }
                return TranslationCoverage(language: code, kind: kind, translated: translated, total: total)
            }
            let disclosure = count(disclosure.map { [($0, Self.disclosureSource)] } ?? [], kind: .disclosure)
            let prompts = count(prompts.map { ($0, Self.source(of: $0)) }, kind: .prompt)
            var methodology = count(methods.map { ($0, Self.source(of: $0)) }, kind: .methodology)
            let variants = count(self.variants.map { ($0, Self.source(of: $0)) }, kind: .methodology)
            methodology.translated += variants.translated
            methodology.total += variants.total
            return [
                methodology,
                count(base.map { [($0, Self.commonBaseSource)] } ?? [], kind: .commonBase),
                count(themes.map { ($0, Self.source(of: $0)) }, kind: .theme),
                prompts,
                count(help.map { ($0, Self.source(of: $0)) }, kind: .helpEntry),
                count(glossary.map { ($0, Self.glossarySource) }, kind: .term),
                disclosure,
            ]
        }
    }

    /// The Dutch texts still without a translation in `code`, by source file, in every file of
    /// the library: what a reader of that language would still see in Dutch.
    package func untranslated(in code: String) -> [String: [String]] {
        var found: [String: [String]] = [:]
        func check<T: ContentTexts>(_ item: T, source: String) {
            for text in item.texts where translations.lookup(text, in: source, language: code) == nil {
                found[source, default: []].append(text)
            }
        }
        for method in methods { check(method, source: Self.source(of: method)) }
        for file in variants { check(file, source: Self.source(of: file)) }
        if let base { check(base, source: Self.commonBaseSource) }
        for theme in themes { check(theme, source: Self.source(of: theme)) }
        for prompt in prompts { check(prompt, source: Self.source(of: prompt)) }
        for entry in help { check(entry, source: Self.source(of: entry)) }
        for term in glossary { check(term, source: Self.glossarySource) }
        if let disclosure { check(disclosure, source: Self.disclosureSource) }
        return found
    }

    // MARK: - The source file of each item, as a catalog's `source` names it

    static let commonBaseSource = "methods/basis"
    static let glossarySource = "content/begrippen"
    static let disclosureSource = "content/als-iemand-iets-vertelt"
    static func source(of method: Methodology) -> String { "methods/\(method.id)" }
    static func source(of variants: MethodVariants) -> String { "methods/variants/\(variants.method)" }
    static func source(of theme: Theme) -> String { "content/themes/\(theme.id)" }
    static func source(of entry: HelpEntry) -> String { "content/hulp/\(entry.id)" }
    /// Prompt files hold many prompts; the file's name says which catalog is theirs.
    static func source(of prompt: Prompt) -> String { source(of: prompt.origin) }
    /// The catalog source of the prompts file at `origin`.
    static func source(of origin: ContentOrigin) -> String {
        let name = origin.file.split(separator: "/").last.map(String.init) ?? origin.file
        return "content/prompts/" + TranslationCatalog.sourceKey(name)
    }
}

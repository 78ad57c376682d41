/// Collects the translation catalogs and the Dutch texts of the files they translate while the
/// loader reads, and checks them against each other at the end: a `source` no folder has is an
/// error, an entry whose Dutch text its source no longer holds is stale (a warning).
struct CatalogCheck {
    private var catalogs: [TranslationCatalog] = []
    /// Source files that exist, even ones that failed to load.
    private var declared: Set<String> = []
    /// The Dutch texts of each source file, in every layer, as `TranslationCatalog.key`.
    private var texts: [String: Set<String>] = [:]

    mutating func declare(_ source: String) { declared.insert(source) }

    mutating func found(_ strings: [String], in source: String?) {
        guard let source else { return }
        texts[source, default: []].formUnion(strings.map(TranslationCatalog.key))
    }

    mutating func read(_ catalog: TranslationCatalog) { catalogs.append(catalog) }

    /// Every catalog's entries, later layers over earlier ones.
    var translations: Translations {
        var result = Translations()
        for catalog in catalogs { result.add(catalog) }
        return result
    }

    func check() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for catalog in catalogs {
            let source = TranslationCatalog.sourceKey(catalog.source)
            guard declared.contains(source) else {
                let known = declared.sorted().map { $0 + ".yaml" }
                let problem = TranslationProblem.sourceMissing(
                    catalog.source, suggestion: Suggestion.closest(to: catalog.source, in: known))
                found.append(Diagnostic(file: catalog.file, line: catalog.sourceLine, problem: .translation(problem)))
                continue
            }
            let present = texts[source] ?? []
            for entry in catalog.entries where !present.contains(TranslationCatalog.key(entry.dutch)) {
                found.append(
                    Diagnostic(
                        file: catalog.file, line: entry.line,
                        problem: .translation(.stale(entry.dutch, source: catalog.source))))
            }
        }
        return found
    }
}

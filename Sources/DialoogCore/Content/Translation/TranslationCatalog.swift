/// One language's words for one Dutch content file
/// (`translations/<lang>/content/themes/opvoeding.yaml` for `content/themes/opvoeding.yaml`).
/// Each entry is keyed by the Dutch text itself, so a changed Dutch text leaves its entry
/// stale instead of silently wrong.
package struct TranslationCatalog: Equatable, Sendable {
    /// One Dutch text and its translation, with the line of its `nl:` for diagnostics.
    package struct Entry: Equatable, Sendable {
        package var dutch: String
        package var translation: String
        package var line: Int
    }

    package var language: String
    /// The Dutch file, as `content/themes/opvoeding.yaml`.
    package var source: String
    package var entries: [Entry]
    /// The catalog file as the user sees it, for diagnostics.
    package var file: String
    /// The line of `source:`, where a source that does not exist is reported.
    package var sourceLine: Int

    /// The form a Dutch text is compared in: runs of whitespace are one space, the ends trimmed
    /// (a folded `>` block and a one-line string are the same text).
    package static func key(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The source path without its extension (`content/themes/opvoeding`), so `.yml` and
    /// `.yaml` name the same file.
    package static func sourceKey(_ path: String) -> String {
        for suffix in [".yaml", ".yml"] where path.hasSuffix(suffix) { return String(path.dropLast(suffix.count)) }
        return path
    }

    /// Whether a code can name a catalog's language: two or three lowercase letters, not `nl`
    /// (Dutch is the source, never a translation).
    package static func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase } && code != "nl"
    }
}

/// The translations of every loaded catalog: by language, then by source file
/// (`TranslationCatalog.sourceKey`), then by Dutch text (`TranslationCatalog.key`). A later
/// layer's entry replaces an earlier one's.
package struct Translations: Equatable, Sendable {
    package var tables: [String: [String: [String: String]]] = [:]

    package init() {}

    /// Every language some catalog or prompt has, sorted.
    package var languages: [String] { tables.keys.sorted() }

    mutating func add(_ catalog: TranslationCatalog) {
        let source = TranslationCatalog.sourceKey(catalog.source)
        for entry in catalog.entries {
            tables[catalog.language, default: [:]][source, default: [:]][TranslationCatalog.key(entry.dutch)] =
                entry.translation
        }
    }

    /// The translation of `dutch` from the catalog of `source` in `language`, or nil.
    package func lookup(_ dutch: String, in source: String, language: String) -> String? {
        tables[language]?[TranslationCatalog.sourceKey(source)]?[TranslationCatalog.key(dutch)]
    }
}

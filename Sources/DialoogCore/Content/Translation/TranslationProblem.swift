/// What can be wrong in a translation catalog (`translations/<lang>/...yaml`).
package enum TranslationProblem: Equatable, Sendable, Words {
    /// An entry without its Dutch text (`nl:`).
    case missingDutch
    /// The same Dutch text twice in one catalog.
    case duplicateDutch(String, firstAt: String)
    /// A key in an entry, or the catalog's `language:`, that is not the catalog's language.
    case wrongLanguage(found: String, expected: String)
    /// `language:` is not a language code, or names Dutch.
    case badLanguage(String)
    /// `source:` names a Dutch file that no content folder has.
    case sourceMissing(String, suggestion: String?)
    /// `source:` names another file than the one the catalog's place mirrors.
    case sourceElsewhere(source: String, expected: String)
    /// The Dutch text no longer occurs in the source file: it changed after it was translated.
    case stale(String, source: String)

    /// A stale entry is a warning: the Dutch still shows, and nothing is lost.
    package var isWarning: Bool {
        if case .stale = self { return true }
        return false
    }

    package var dutch: String {
        switch self {
        case .missingDutch: "vertaling zonder 'nl': zet de Nederlandse tekst uit het bronbestand erbij"
        case .duplicateDutch(let text, let first):
            "dezelfde Nederlandse tekst staat al bij \(first): '\(Self.short(text))'; laat er één staan"
        case .wrongLanguage(let found, let expected):
            "taalcode '\(found)' hoort niet in deze catalogus voor '\(expected)'; gebruik 'nl' en '\(expected)'"
        case .badLanguage(let code):
            "'language' is '\(code)'; schrijf de code van de vertaaltaal in twee of drie kleine letters (en, tr, ar), niet nl"
        case .sourceMissing(let source, let s):
            "'source' is '\(source)', maar dat bestand bestaat niet\(s.map { " (bedoel je '\($0)'?)" } ?? "")"
        case .sourceElsewhere(let source, let expected):
            "'source' is '\(source)', maar deze catalogus staat op de plek van '\(expected)'; verplaats het bestand of verbeter 'source'"
        case .stale(let text, let source):
            "waarschuwing: '\(Self.short(text))' staat niet meer in \(source); de Nederlandse tekst is veranderd, vertaal opnieuw"
        }
    }

    package var english: String {
        switch self {
        case .missingDutch: "translation without 'nl': add the Dutch text from the source file"
        case .duplicateDutch(let text, let first):
            "the same Dutch text is already at \(first): '\(Self.short(text))'; keep one"
        case .wrongLanguage(let found, let expected):
            "language code '\(found)' does not belong in this catalog for '\(expected)'; use 'nl' and '\(expected)'"
        case .badLanguage(let code):
            "'language' is '\(code)'; write the code of the translation's language in two or three lowercase letters (en, tr, ar), not nl"
        case .sourceMissing(let source, let s):
            "'source' is '\(source)', but there is no such file\(s.map { " (did you mean '\($0)'?)" } ?? "")"
        case .sourceElsewhere(let source, let expected):
            "'source' is '\(source)', but this catalog lies in the place of '\(expected)'; move the file or correct 'source'"
        case .stale(let text, let source):
            "warning: '\(Self.short(text))' no longer occurs in \(source); the Dutch text changed, translate it again"
        }
    }

    /// The start of a long Dutch text, enough to find it.
    private static func short(_ text: String) -> String {
        let flat = TranslationCatalog.key(text)
        return flat.count <= 60 ? flat : String(flat.prefix(57)) + "..."
    }
}

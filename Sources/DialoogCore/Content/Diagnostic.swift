/// One problem in a content file, reported like a compiler does: `file:line: message`.
package struct Diagnostic: Equatable, Sendable {
    /// The file as the user should see it (relative to the folder that was loaded, or as given).
    package var file: String
    /// 1-based; 1 for problems that belong to the whole file.
    package var line: Int
    package var problem: ContentProblem

    package init(file: String, line: Int, problem: ContentProblem) {
        self.file = file
        self.line = max(1, line)
        self.problem = problem
    }

    /// A warning is reported but does not make `dialoog check` fail.
    package var isWarning: Bool { problem.isWarning }
}

extension Diagnostic: Words {
    package var dutch: String { "\(file):\(line): \(problem.dutch)" }
    package var english: String { "\(file):\(line): \(problem.english)" }
}

/// What kind of value a key should hold, for "wrong type" messages.
package enum ValueKind: String, Equatable, Sendable {
    case text, number, bool, list, mapping, date
}

/// What kind of thing an id names, for reference and duplicate messages.
package enum ContentKind: String, Equatable, Sendable, Words {
    case methodology, commonBase, theme, workingForm, caution, prompt, helpEntry, term, meeting, block, disclosure
    /// An item a series added to its preparation checklist (a plan file's `own_checklist`).
    case preparation

    package var dutch: String {
        switch self {
        case .methodology: "methodiek"
        case .commonBase: "gemeenschappelijke basis"
        case .theme: "thema"
        case .workingForm: "werkvorm"
        case .caution: "waarschuwing"
        case .prompt: "prompt"
        case .helpEntry: "hulpadres"
        case .term: "begrip"
        case .meeting: "bijeenkomst"
        case .block: "blok"
        case .preparation: "eigen voorbereidingspunt"
        case .disclosure: "pagina 'Als iemand iets vertelt'"
        }
    }

    package var english: String {
        switch self {
        case .methodology: "methodology"
        case .commonBase: "common base"
        case .theme: "theme"
        case .workingForm: "working form"
        case .caution: "caution"
        case .prompt: "prompt"
        case .helpEntry: "help entry"
        case .term: "term"
        case .meeting: "meeting"
        case .block: "block"
        case .preparation: "own preparation item"
        case .disclosure: "page 'When someone tells you something'"
        }
    }
}

/// Every mistake the loader can report (an `Error` only so a classification can be a `Result`). Messages quote the offending value and say what to do.
package enum ContentProblem: Error, Equatable, Sendable, Words {
    case syntax(String)
    case unreadable(ContentText.Unreadable)
    case unknownFile
    case notAMapping
    case unknownKey(String, suggestion: String?)
    case duplicateKey(String)
    case missingKey(String)
    case emptyValue(String)
    case wrongType(key: String, expected: ValueKind)
    case badValue(key: String, value: String, allowed: [String], suggestion: String?)
    case outOfRange(key: String, value: Int, min: Int, max: Int)
    case minAboveMax(key: String, min: Int, max: Int)
    case badID(String)
    case badDate(key: String, value: String)
    case unknownReference(ContentKind, String, suggestion: String?)
    case duplicateID(ContentKind, String, firstAt: String)
    case duplicateText(String, firstAt: String)
    case meetingsIncomplete(found: [Int])
    case themeRequired(kind: String)
    /// A prompt still has the inline `translations:` field; its words belong in the catalog.
    /// A translation written in the content file (`key`), where only the catalog may hold it.
    case inlineTranslations(key: String, kind: ContentKind, catalog: String)
    case funnelGoesBack(theme: String, its: Temperature, from: Temperature)
    case promptHotterThanTheme(theme: String, its: Temperature, prompt: Temperature)
    case choiceTooLarge(choose: Int, options: Int)
    /// A block's `group_theme` names a choice the method does not have.
    case groupThemeOutOfChoice(value: Int, choose: Int)
    /// A block has both a fixed `theme` and a `group_theme`.
    case themeAndGroupTheme
    /// An id in a plan file that is not a UUID (dialoog writes them; a new line may leave it out).
    case badUUID(String)
    /// A plan file of another format or version than this dialoog reads.
    case planFormat(found: String)
    /// A date with a time of day that cannot be read, or that does not exist on the wall clock.
    case badDateTime(key: String, value: String)
    /// The same number twice where each must differ, such as meeting numbers in a plan.
    case duplicateNumber(key: String, value: Int, firstAt: String)
    /// A help entry's `acute` or `professionals_only` says otherwise than its `kind`.
    case helpKindDisagrees(key: String, kind: String)
    /// A `lokaal-*` help entry without the municipality it is for.
    case localWithoutMunicipality
    /// A local help entry cannot be on every card of every series.
    case alwaysAndMunicipality
    /// The acute line is national.
    case acuteIsNational
    /// A point of the disclosure page without a source line, or one that cannot be read.
    case badSourceLines(String)
    /// A text longer than `Limits` allows for its key.
    case tooLong(key: String, length: Int, max: Int)
    /// More items under `key` than `Limits` allows (blocks in a meeting, meetings in a series).
    case tooMany(key: String, count: Int, max: Int)
    /// A NUL or another control character in a text (a tab or a line break in a block text
    /// is fine).
    case controlCharacter(key: String)
    /// A mistake in a translation catalog, or a stale entry in one.
    case translation(TranslationProblem)
    /// A mistake in a variants file that only the method can show.
    case variant(VariantProblem)
    /// `by: organisatie` without the lines of the source document that describe it.
    case provenanceNeedsSource
    /// `by: dialoog` with a `source`: a proposal of dialoog has no source lines.
    case provenanceSourceWithDialoog
    /// The `source` of an agenda element is not line numbers of the method's source document.
    case badProvenanceLines(String)

    /// Whether the problem is only a warning: it is reported, but the content is still whole.
    package var isWarning: Bool {
        if case .translation(let problem) = self { return problem.isWarning }
        return false
    }

    package var dutch: String {
        let hint = { (s: String?) in s.map { " (bedoel je '\($0)'?)" } ?? "" }
        switch self {
        case .syntax(let problem): return "YAML-fout: \(problem)"
        case .unreadable(.notUTF8): return "kan het bestand niet lezen: het is geen UTF-8-tekst"
        case .unreadable(.noAccess): return "kan het bestand niet lezen: geen leesrechten, of geen gewoon bestand"
        case .unreadable(.folder): return "kan de map niet lezen: geen leesrechten"
        case .unknownFile:
            let places = ContentFile.expectedPlaces
            return "onbekende plek voor een inhoudsbestand; verwacht "
                + places.dropLast().joined(separator: ", ") + " of " + places.last!
        case .notAMapping: return "verwacht sleutels met waarden (key: waarde) op het hoogste niveau"
        case .unknownKey(let key, let s): return "onbekende sleutel '\(key)'\(hint(s))"
        case .duplicateKey(let key): return "sleutel '\(key)' staat twee keer in dezelfde lijst; laat er één staan"
        case .missingKey(let key): return "sleutel '\(key)' ontbreekt"
        case .emptyValue(let key): return "'\(key)' is leeg; vul een waarde in of laat de sleutel weg"
        case .wrongType(let key, let kind):
            let what: String =
                switch kind {
                case .text: "een tekst"
                case .number: "een geheel getal"
                case .bool: "true of false"
                case .list: "een lijst (regels die met '- ' beginnen)"
                case .mapping: "sleutels met waarden"
                case .date: "een datum als JJJJ-MM-DD"
                }
            return "'\(key)' moet \(what) zijn"
        case .badValue(let key, let value, let allowed, let s):
            return "'\(key)' is '\(value)'; kies uit \(allowed.joined(separator: ", "))\(hint(s))"
        case .outOfRange(let key, let value, let min, let max):
            return "'\(key)' is \(value); kies een waarde van \(min) tot en met \(max)"
        case .minAboveMax(let key, let min, let max):
            return "'\(key)': min (\(min)) is groter dan max (\(max))"
        case .badID(let id):
            return "id '\(id)' mag alleen kleine letters, cijfers en '-' bevatten"
        case .badDate(let key, let value): return "'\(key)' is '\(value)'; schrijf een datum als JJJJ-MM-DD"
        case .unknownReference(let kind, let id, let s): return "onbekend(e) \(kind.dutch) '\(id)'\(hint(s))"
        case .duplicateID(let kind, let id, let first):
            return "\(kind.dutch) '\(id)' bestaat al (\(first)); geef een andere id"
        case .duplicateText(let text, let first): return "dezelfde tekst staat al bij \(first): '\(text)'"
        case .meetingsIncomplete(let found):
            let list = found.isEmpty ? "geen" : found.map(String.init).joined(separator: ", ")
            return "een methodiek heeft de bijeenkomsten 1, 2 en 3 elk één keer; gevonden: \(list)"
        case .themeRequired(let kind): return "een prompt van soort '\(kind)' heeft een 'theme' nodig"
        case .inlineTranslations(let key, let kind, let catalog):
            return "'\(key)' staat niet meer bij een \(kind.dutch); zet de vertaling in \(catalog)"
        case .funnelGoesBack(let theme, let its, let from):
            return
                "'\(theme)' is \(its.rawValue) en dit thema \(from.rawValue): leads_to gaat van koud naar heet, niet terug"
        case .promptHotterThanTheme(let theme, let its, let prompt):
            return "deze prompt is \(prompt.rawValue), maar thema '\(theme)' is \(its.rawValue): "
                + "een prompt is nooit heter dan zijn thema"
        case .choiceTooLarge(let choose, let options):
            return "de groep kiest er \(choose), maar er zijn maar \(options) keuzes"
        case .groupThemeOutOfChoice(let value, let choose):
            return choose == 0
                ? "'group_theme' kan alleen in een methodiek met 'group_choice'"
                : "'group_theme' is \(value), maar de groep kiest er \(choose); kies 1 tot \(choose)"
        case .themeAndGroupTheme: return "een blok heeft 'theme' of 'group_theme', niet allebei"
        case .badUUID(let id):
            return "id '\(id)' is geen id van dialoog; laat de regel weg, dan krijgt het een nieuw id"
        case .planFormat(let found):
            return "'format' is '\(found)', maar deze dialoog leest alleen '\(PlanFile.format)'; "
                + "komt het bestand van een nieuwere versie, werk dialoog dan bij"
        case .badDateTime(let key, let value):
            return "'\(key)' is '\(value)'; schrijf een datum en tijd als JJJJ-MM-DD UU:MM, "
                + "bijvoorbeeld 2026-12-01 19:30"
        case .duplicateNumber(let key, let value, let first):
            return "'\(key)' \(value) staat al bij \(first); geef een ander nummer"
        case .helpKindDisagrees(let key, let kind):
            return "'\(key)' past niet bij 'kind: \(kind)'; laat '\(key)' weg, 'kind' zegt genoeg"
        case .localWithoutMunicipality:
            return "een lokaal hulpadres (lokaal-*.yaml) heeft 'municipality' nodig: de gemeente waarvoor het is"
        case .alwaysAndMunicipality:
            return "'always' en 'municipality' gaan niet samen: een lokaal adres staat op de kaarten van zijn gemeente"
        case .acuteIsNational:
            return "het acute nummer (kind: acuut) is landelijk; laat 'municipality' weg"
        case .badSourceLines(let value):
            return "'source' is '\(value)'; schrijf de bronregels als 000:1482-1531 (meer dan één: scheid met ', ')"
        case .tooLong(let key, let length, let max):
            return "'\(key)' is \(length) tekens lang; dialoog bewaart er hoogstens \(max)"
        case .tooMany(let key, let count, let max):
            return "'\(key)' heeft \(count) onderdelen; dialoog bewaart er hoogstens \(max)"
        case .controlCharacter(let key):
            return "'\(key)' bevat een stuurteken (zoals NUL); haal het weg, het is geen tekst"
        case .translation(let problem): return problem.dutch
        case .variant(let problem): return problem.dutch
        case .provenanceNeedsSource:
            return "'by: organisatie' heeft 'source' nodig: de regels van het brondocument van de methodiek "
                + "waar de organisatie dit beschrijft, zoals \"1790-1794\""
        case .provenanceSourceWithDialoog:
            return "'source' hoort niet bij 'by: dialoog': een voorstel van dialoog heeft geen bronregels; "
                + "schrijf 'by: organisatie' als de organisatie dit zelf beschrijft"
        case .badProvenanceLines(let value):
            return "'source' is '\(value)'; schrijf regels van het brondocument van de methodiek, "
                + "zoals \"1790-1794\" (meer dan één: scheid met ', ')"
        }
    }

    package var english: String {
        let hint = { (s: String?) in s.map { " (did you mean '\($0)'?)" } ?? "" }
        switch self {
        case .syntax(let problem): return "YAML error: \(problem)"
        case .unreadable(.notUTF8): return "cannot read the file: it is not UTF-8 text"
        case .unreadable(.noAccess): return "cannot read the file: no permission, or not a regular file"
        case .unreadable(.folder): return "cannot read the folder: no permission"
        case .unknownFile:
            let places = ContentFile.expectedPlaces
            return "not a place for a content file; expected " + places.dropLast().joined(separator: ", ") + " or "
                + places.last!
        case .notAMapping: return "expected keys with values (key: value) at the top level"
        case .unknownKey(let key, let s): return "unknown key '\(key)'\(hint(s))"
        case .duplicateKey(let key): return "key '\(key)' appears twice in the same mapping; keep one"
        case .missingKey(let key): return "missing key '\(key)'"
        case .emptyValue(let key): return "'\(key)' is empty; give a value or leave the key out"
        case .wrongType(let key, let kind):
            let what: String =
                switch kind {
                case .text: "a text"
                case .number: "a whole number"
                case .bool: "true or false"
                case .list: "a list (lines starting with '- ')"
                case .mapping: "keys with values"
                case .date: "a date as YYYY-MM-DD"
                }
            return "'\(key)' must be \(what)"
        case .badValue(let key, let value, let allowed, let s):
            return "'\(key)' is '\(value)'; choose from \(allowed.joined(separator: ", "))\(hint(s))"
        case .outOfRange(let key, let value, let min, let max):
            return "'\(key)' is \(value); choose a value from \(min) to \(max)"
        case .minAboveMax(let key, let min, let max): return "'\(key)': min (\(min)) is above max (\(max))"
        case .badID(let id): return "id '\(id)' may hold only lowercase letters, digits and '-'"
        case .badDate(let key, let value): return "'\(key)' is '\(value)'; write a date as YYYY-MM-DD"
        case .unknownReference(let kind, let id, let s): return "unknown \(kind.english) '\(id)'\(hint(s))"
        case .duplicateID(let kind, let id, let first):
            return "\(kind.english) '\(id)' already exists (\(first)); choose another id"
        case .duplicateText(let text, let first): return "the same text is already at \(first): '\(text)'"
        case .meetingsIncomplete(let found):
            let list = found.isEmpty ? "none" : found.map(String.init).joined(separator: ", ")
            return "a methodology has meetings 1, 2 and 3, each once; found: \(list)"
        case .themeRequired(let kind): return "a prompt of kind '\(kind)' needs a 'theme'"
        case .inlineTranslations(let key, let kind, let catalog):
            return "'\(key)' no longer belongs in a \(kind.english); put the translation in \(catalog)"
        case .funnelGoesBack(let theme, let its, let from):
            return
                "'\(theme)' is \(its.rawValue) and this theme \(from.rawValue): leads_to goes from cold to hot, not back"
        case .promptHotterThanTheme(let theme, let its, let prompt):
            return "this prompt is \(prompt.rawValue), but theme '\(theme)' is \(its.rawValue): "
                + "a prompt is never hotter than its theme"
        case .choiceTooLarge(let choose, let options):
            return "the group chooses \(choose), but there are only \(options) options"
        case .groupThemeOutOfChoice(let value, let choose):
            return choose == 0
                ? "'group_theme' belongs only in a methodology with 'group_choice'"
                : "'group_theme' is \(value), but the group chooses \(choose); use 1 to \(choose)"
        case .themeAndGroupTheme: return "a block has 'theme' or 'group_theme', not both"
        case .badUUID(let id):
            return "id '\(id)' is not a dialoog id; leave the line out and it gets a new one"
        case .planFormat(let found):
            return "'format' is '\(found)', but this dialoog reads only '\(PlanFile.format)'; "
                + "if the file comes from a newer version, update dialoog"
        case .badDateTime(let key, let value):
            return "'\(key)' is '\(value)'; write a date and time as YYYY-MM-DD HH:MM, "
                + "for example 2026-12-01 19:30"
        case .duplicateNumber(let key, let value, let first):
            return "'\(key)' \(value) is already used at \(first); choose another number"
        case .helpKindDisagrees(let key, let kind):
            return "'\(key)' does not fit 'kind: \(kind)'; leave '\(key)' out, 'kind' says enough"
        case .localWithoutMunicipality:
            return "a local help entry (lokaal-*.yaml) needs 'municipality': the municipality it is for"
        case .alwaysAndMunicipality:
            return "'always' and 'municipality' do not go together: a local entry is on the cards of its municipality"
        case .acuteIsNational:
            return "the acute number (kind: acuut) is national; leave 'municipality' out"
        case .badSourceLines(let value):
            return "'source' is '\(value)'; write the source lines as 000:1482-1531 (more than one: separate with ', ')"
        case .tooLong(let key, let length, let max):
            return "'\(key)' is \(length) characters long; dialoog keeps at most \(max)"
        case .tooMany(let key, let count, let max):
            return "'\(key)' has \(count) items; dialoog keeps at most \(max)"
        case .controlCharacter(let key):
            return "'\(key)' holds a control character (such as NUL); remove it, it is no text"
        case .translation(let problem): return problem.english
        case .variant(let problem): return problem.english
        case .provenanceNeedsSource:
            return "'by: organisatie' needs 'source': the lines of the methodology's source document "
                + "where the organisation describes this, such as \"1790-1794\""
        case .provenanceSourceWithDialoog:
            return "'source' does not belong with 'by: dialoog': a proposal of dialoog has no source lines; "
                + "write 'by: organisatie' if the organisation describes this itself"
        case .badProvenanceLines(let value):
            return "'source' is '\(value)'; write lines of the methodology's source document, "
                + "such as \"1790-1794\" (more than one: separate with ', ')"
        }
    }
}

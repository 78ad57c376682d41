import Foundation

/// The form that adds or edits a local help entry for one municipality: what the trainer has
/// typed and chosen so far. Nothing is written until the last line saves it as
/// `content/hulp/lokaal-<municipality>-<name>.yaml` in the user's content folder.
package struct LocalHelpForm: Equatable, Sendable {
    package enum Field: CaseIterable, Equatable, Hashable, Sendable {
        case name, what, forWhom, kind, phone, web, chat, hours, languages, anonymous, checked, municipality
        /// The last line: save the entry.
        case save

        /// A field whose value is typed rather than chosen.
        package var isText: Bool {
            switch self {
            case .kind, .anonymous, .save: false
            default: true
            }
        }
    }

    /// What the trainer typed and chose; compared with how the form started to know whether
    /// Esc would throw anything away.
    package struct Values: Equatable, Sendable {
        package var name = ""
        package var what = ""
        package var forWhom = ""
        package var kind: HelpKind = .slachtoffers
        package var phone = ""
        package var web = ""
        package var chat = ""
        package var hours = ""
        /// Comma-separated language codes.
        package var languages = ""
        package var anonymous: Anonymity?
        /// `YYYY-MM-DD`.
        package var checked = ""
        package var municipality = ""
    }

    /// The kinds a local entry can have, in the order ←→ cycles them: 112 is national.
    package static let kindOrder: [HelpKind] = HelpKind.allCases.filter { $0 != .acuut }
    /// The answers to "anonymous?", nil is "not said".
    package static let anonymityOrder: [Anonymity?] = [nil] + Anonymity.allCases.map(Optional.some)
    /// The source a form-made entry names: the trainer's own check, on the checked date.
    package static let ownCheck = "eigen controle, ingevoerd in dialoog"

    package var values: Values
    /// How the form started.
    package var original: Values
    package var field: Field = .name {
        didSet { if field != oldValue { cursor = nil } }
    }
    /// Where the cursor is in the typed field under focus; nil is after its last character.
    package var cursor: Int?
    /// The entry the form started from: a local entry being edited (its id and file are kept),
    /// or a shipped entry copied as a new local one. Its themes (and for an edit its signals and
    /// source) are kept.
    package var base: HelpEntry?
    /// Esc was pressed on a form with changes: the form asks before throwing them away.
    package var confirmingDiscard = false
    /// The entry was handed to the effect runner; the form waits for its answer.
    package var saving = false
    /// The form is done (thrown away): the bibliotheek closes it.
    package var closing = false

    /// A new, empty entry for `municipality` (the series' or none), checked today.
    package init(municipality: String = "", today: ContentDate) {
        var values = Values()
        values.municipality = municipality
        values.checked = today.description
        self.values = values
        self.original = values
    }

    /// A form for `entry`: an edit in place when it is local, else a new local copy of a shipped
    /// entry, for `municipality`, checked today (its facts must be checked again).
    package init(from entry: HelpEntry, municipality: String = "", today: ContentDate) {
        var values = Values()
        values.name = entry.name
        values.what = entry.what
        values.forWhom = entry.forWhom
        values.kind = entry.kind == .acuut ? .lijn247 : entry.kind
        values.phone = entry.phone ?? ""
        values.web = entry.web ?? ""
        values.chat = entry.chat ?? ""
        values.hours = entry.hours ?? ""
        values.languages = entry.languages.joined(separator: ", ")
        values.anonymous = entry.anonymous
        values.checked = entry.isLocal ? entry.checked.description : today.description
        values.municipality = entry.municipality ?? municipality
        self.values = values
        // A copy starts as a change: Esc asks before throwing it away.
        self.original = entry.isLocal ? values : Values()
        self.base = entry
    }

    /// Whether the form edits a local entry in place (rather than making a new one).
    package var isEdit: Bool { base?.isLocal ?? false }

    /// Whether Esc would throw something away.
    package var hasChanges: Bool { values != original }

    // MARK: - Typed fields

    package func text(of field: Field) -> String? {
        switch field {
        case .name: values.name
        case .what: values.what
        case .forWhom: values.forWhom
        case .phone: values.phone
        case .web: values.web
        case .chat: values.chat
        case .hours: values.hours
        case .languages: values.languages
        case .checked: values.checked
        case .municipality: values.municipality
        case .kind, .anonymous, .save: nil
        }
    }

    package mutating func setText(_ text: String, of field: Field) {
        switch field {
        case .name: values.name = text
        case .what: values.what = text
        case .forWhom: values.forWhom = text
        case .phone: values.phone = text
        case .web: values.web = text
        case .chat: values.chat = text
        case .hours: values.hours = text
        case .languages: values.languages = text
        case .checked: values.checked = text
        case .municipality: values.municipality = text
        case .kind, .anonymous, .save: break
        }
    }

    /// The focused typed field as a text field, with its cursor; nil on a chosen field.
    package var focusedText: TextField? {
        text(of: field).map { TextField($0, cursor: cursor ?? $0.count, limit: Self.limit(field)) }
    }

    /// At most this many characters: a name and a phone number are short, a description is not.
    package static func limit(_ field: Field) -> Int {
        switch field {
        case .name, .municipality: 120
        case .phone: 40
        case .checked: 10
        default: 600
        }
    }

    /// Applies a text edit to the focused typed field.
    package mutating func edit(_ edit: TextEdit) {
        guard var typed = focusedText else { return }
        typed.apply(edit)
        setText(typed.text, of: field)
        cursor = typed.cursor
    }

    // MARK: - Checking and making the entry

    /// What is wrong with the form, and the field to go to.
    package struct Problem: Error, Equatable, Sendable {
        package var notice: LocalHelpNotice
        package var field: Field

        package init(notice: LocalHelpNotice, field: Field) {
            self.notice = notice
            self.field = field
        }
    }

    /// Whether `phone` is written only with digits, spaces, `+` and `-` (and has a digit).
    package static func isPhone(_ phone: String) -> Bool {
        let digit = { (c: Character) in ("0"..."9").contains(c) }
        return phone.contains(where: digit) && phone.allSatisfy { digit($0) || $0 == " " || $0 == "+" || $0 == "-" }
    }

    /// The entry the form describes, or the first problem. `taken` are the ids in the library:
    /// a new entry never takes the id (and so the file) of another one.
    package func entry(today: ContentDate, taken: Set<String>) -> Result<HelpEntry, Problem> {
        let trim = { (text: String) in text.trimmingCharacters(in: .whitespaces) }
        let optional = { (text: String) -> String? in trim(text).isEmpty ? nil : trim(text) }
        let name = trim(values.name)
        let municipality = trim(values.municipality)
        guard !name.isEmpty else { return .failure(Problem(notice: .required(.name), field: .name)) }
        guard !trim(values.what).isEmpty else { return .failure(Problem(notice: .required(.what), field: .what)) }
        guard !trim(values.forWhom).isEmpty else {
            return .failure(Problem(notice: .required(.forWhom), field: .forWhom))
        }
        if let phone = optional(values.phone), !Self.isPhone(phone) {
            return .failure(Problem(notice: .badPhone(phone), field: .phone))
        }
        guard let checked = ContentDate(trim(values.checked)) else {
            return .failure(Problem(notice: .badDate(trim(values.checked)), field: .checked))
        }
        guard checked <= today else { return .failure(Problem(notice: .dateInFuture, field: .checked)) }
        guard !municipality.isEmpty, !HelpEntry.slug(municipality).isEmpty else {
            return .failure(Problem(notice: .required(.municipality), field: .municipality))
        }
        let id: String
        if let base, base.isLocal {
            id = base.id
        } else {
            let stem = HelpEntry.localID(municipality: municipality, name: name)
            var candidate = stem
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(stem)-\(number)"
                number += 1
            }
            id = candidate
        }
        let keepsSource = isEdit && base?.source.document != Self.ownCheck
        let source =
            keepsSource
            ? base!.source : SourceRef(document: Self.ownCheck, section: "nagegaan op \(checked)")
        let entry = HelpEntry(
            id: id, name: name, what: trim(values.what), forWhom: trim(values.forWhom),
            phone: optional(values.phone), web: optional(values.web), hours: optional(values.hours),
            chat: optional(values.chat),
            languages: values.languages.split(separator: ",").map { trim(String($0)) }.filter { !$0.isEmpty },
            anonymous: values.anonymous, kind: values.kind, signals: isEdit ? base?.signals ?? [] : [],
            themes: base.map { $0.themes.isEmpty ? ["hulp-zoeken"] : $0.themes } ?? ["hulp-zoeken"],
            municipality: municipality, checked: checked, source: source,
            origin: ContentOrigin(file: "content/hulp/\(id).yaml"))
        // The writer's own refusals, so they reach the field rather than the file system.
        if case .failure(let problem) = entry.yamlText() {
            switch problem {
            case .controlCharacter(let key):
                let field = Self.field(forKey: key)
                return .failure(Problem(notice: .controlCharacter(field), field: field))
            case .empty(let key):
                let field = Self.field(forKey: key)
                return .failure(Problem(notice: .required(field), field: field))
            case .badID:
                return .failure(Problem(notice: .required(.name), field: .name))
            }
        }
        return .success(entry)
    }

    private static func field(forKey key: String) -> Field {
        switch key {
        case "name": .name
        case "what": .what
        case "for": .forWhom
        case "phone": .phone
        case "web": .web
        case "chat": .chat
        case "hours": .hours
        case "languages": .languages
        case "municipality": .municipality
        default: .name
        }
    }
}

/// Something about the local help form, for the status line.
package enum LocalHelpNotice: Equatable, Sendable {
    /// A field that must be filled in.
    case required(LocalHelpForm.Field)
    /// A phone number with other characters than digits, spaces, + and -.
    case badPhone(String)
    case badDate(String)
    case dateInFuture
    case controlCharacter(LocalHelpForm.Field)
    /// Esc on a form with changes: Esc again throws them away.
    case confirmDiscard
    /// The entry was written to `path`.
    case saved(path: String)
    /// The keys that open the form work on the help tab only.
    case onlyOnHelpTab
    /// The bibliotheek has not been read yet.
    case libraryNotLoaded
    /// The file could not be written.
    case notSaved(Failure)
}

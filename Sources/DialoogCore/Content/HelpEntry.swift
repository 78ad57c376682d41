/// An organisation a gespreksleider can refer someone to (`content/hulp/<id>.yaml`).
package struct HelpEntry: Equatable, Codable, Sendable {
    package var id: String
    package var name: String
    package var what: String
    package var forWhom: String
    package var phone: String?
    package var web: String?
    /// The hours of the phone line (or of the entry, when it has no phone).
    package var hours: String?
    /// The chat and its own hours.
    package var chat: String?
    package var languages: [String]
    package var anonymous: Anonymity?
    /// What kind of help it is; places it on a help card (`HelpKind.rank`).
    package var kind: HelpKind
    /// Derived from `kind`: only for professionals, labelled so wherever it is shown.
    package var professionalsOnly: Bool
    /// Derived from `kind`: the acute line (112), always on top of a help card.
    package var acute: Bool
    /// On every card (`iedereen`) or on every card of a series with young people (`jongeren`).
    package var always: HelpAlways?
    /// Signal categories that bring this entry onto every later card of the series.
    package var signals: [Signal.Category]
    package var themes: [String]
    package var municipality: String?
    /// The date of the source the facts come from.
    package var checked: ContentDate
    package var source: SourceRef
    package var origin: ContentOrigin

    enum CodingKeys: String, CodingKey {
        case id, name, what, forWhom = "for", phone, web, hours, chat, languages, anonymous, kind
        case professionalsOnly, acute, always, signals, themes, municipality, checked, source, origin
    }

    package init(
        id: String, name: String, what: String, forWhom: String, phone: String? = nil, web: String? = nil,
        hours: String? = nil, chat: String? = nil, languages: [String] = [], anonymous: Anonymity? = nil,
        kind: HelpKind, always: HelpAlways? = nil, signals: [Signal.Category] = [], themes: [String],
        municipality: String? = nil, checked: ContentDate, source: SourceRef, origin: ContentOrigin
    ) {
        self.id = id
        self.name = name
        self.what = what
        self.forWhom = forWhom
        self.phone = phone
        self.web = web
        self.hours = hours
        self.chat = chat
        self.languages = languages
        self.anonymous = anonymous
        self.kind = kind
        self.professionalsOnly = kind == .professionals
        self.acute = kind == .acuut
        self.always = always
        self.signals = signals
        self.themes = themes
        self.municipality = municipality
        self.checked = checked
        self.source = source
        self.origin = origin
    }

    /// Whether the entry says how to reach it at all: a phone number, a website or a chat.
    package var hasContact: Bool { phone != nil || web != nil || chat != nil }

    /// A line that is open day and night (the acute line or a 24/7 public line).
    package var isOpenAllHours: Bool { kind == .acuut || kind == .lijn247 }
}

/// What kind of help an entry gives, in the order a person needs it at a disclosure.
package enum HelpKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// 112: acute danger, now.
    case acuut
    /// A public line open day and night (Veilig Thuis, the police's non-acute number).
    case lijn247 = "lijn-24-7"
    /// Help for victims and those around them.
    case slachtoffers
    /// Specialised help for one form of violence or one group.
    case specialistisch
    /// Help for those who use violence themselves ("voor wie zelf …").
    case plegers
    /// Only for professionals: last on a card, and labelled so.
    case professionals

    package var rank: Int { Self.allCases.firstIndex(of: self)! }

    package static func < (a: HelpKind, b: HelpKind) -> Bool { a.rank < b.rank }
}

/// Which cards an entry is always on, whatever the themes.
package enum HelpAlways: String, CaseIterable, Codable, Sendable {
    /// Every card.
    case iedereen
    /// Every card of a series whose groups include young people.
    case jongeren
}

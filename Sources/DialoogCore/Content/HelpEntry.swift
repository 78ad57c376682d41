/// An organisation a gespreksleider can refer someone to (`content/hulp/<id>.yaml`).
package struct HelpEntry: Equatable, Codable, Sendable {
    package var id: String
    package var name: String
    package var what: String
    package var forWhom: String
    package var phone: String?
    package var web: String?
    package var hours: String?
    package var chat: String?
    package var languages: [String]
    package var anonymous: Anonymity?
    package var professionalsOnly: Bool
    /// The acute line (112): always on top of a help card.
    package var acute: Bool
    package var themes: [String]
    package var municipality: String?
    /// The date of the source the facts come from.
    package var checked: ContentDate
    package var source: SourceRef
    package var origin: ContentOrigin

    enum CodingKeys: String, CodingKey {
        case id, name, what, forWhom = "for", phone, web, hours, chat, languages, anonymous
        case professionalsOnly, acute, themes, municipality, checked, source, origin
    }
}

import DialoogCore

/// The words of a help card entry: its kind, why it is on the card, its field labels and the
/// lines that stand in for missing or old details. `HelpCardText` lays them out.
package enum HelpCardWords: Words, Equatable, Sendable {
    case kind(HelpKind)
    case part(HelpCard.Part, municipality: String?)
    case label(Label)
    case anonymous(Anonymity)
    case noContact
    case verify
    case olderThanAYear
    // MARK: The disclosure page
    case disclosureShort
    case disclosureFull
    case disclosureSource(String)
    case disclosureShortSources(String)

    /// Every field of an entry has a label, so "0800-2000 · 9 tot 17 uur" can never be misread.
    package enum Label: Equatable, Sendable {
        case what, forWhom, contact, phone, hours, phoneHours, chat, web, languages, anonymous, municipality
        case checked
    }

    package var dutch: String {
        switch self {
        case .kind(let kind):
            switch kind {
            case .acuut: "Acuut gevaar"
            case .lijn247: "Dag en nacht bereikbaar (24/7)"
            case .slachtoffers: "Hulp voor wie geweld meemaakt"
            case .specialistisch: "Gespecialiseerde hulp"
            case .plegers: "Voor wie zelf geweld gebruikt"
            case .professionals: "Alleen voor professionals"
            }
        case .part(let part, let municipality):
            switch part {
            case .acute: "altijd bovenaan"
            case .always: "altijd op de kaart"
            case .themes: "bij de thema's"
            case .signals: "na een eerder signaal"
            case .local: "lokaal" + (municipality.map { " (\($0))" } ?? "")
            }
        case .label(let label):
            switch label {
            case .what: "Wat"
            case .forWhom: "Voor wie"
            case .contact: "Contact"
            case .phone: "Telefoon"
            case .hours: "Uren"
            case .phoneHours: "Uren telefoon"
            case .chat: "Chat (en uren)"
            case .web: "Web"
            case .languages: "Talen"
            case .anonymous: "Anoniem"
            case .municipality: "Gemeente"
            case .checked: "Gecontroleerd"
            }
        case .anonymous(let anonymity):
            switch anonymity {
            case .ja: "ja"
            case .nee: "nee"
            case .deels: "deels"
            }
        case .noContact: "geen contactgegevens in de bronnen: vul een lokaal adres aan"
        case .verify: "Controleer nummers en tijden voor je print: de gegevens zijn ouder dan 12 maanden."
        case .olderThanAYear: "(ouder dan 12 maanden: controleer)"
        case .disclosureShort: "In 30 seconden:"
        case .disclosureFull: "Alles op een rij"
        case .disclosureSource(let lines): "Bron: \(lines)"
        case .disclosureShortSources(let lines): "Bronnen van de korte versie: \(lines)"
        }
    }

    package var english: String {
        switch self {
        case .kind(let kind):
            switch kind {
            case .acuut: "Acute danger"
            case .lijn247: "Open day and night (24/7)"
            case .slachtoffers: "Help for those who experience violence"
            case .specialistisch: "Specialised help"
            case .plegers: "For those who use violence themselves"
            case .professionals: "For professionals only"
            }
        case .part(let part, let municipality):
            switch part {
            case .acute: "always on top"
            case .always: "always on the card"
            case .themes: "for the themes"
            case .signals: "after an earlier signal"
            case .local: "local" + (municipality.map { " (\($0))" } ?? "")
            }
        case .label(let label):
            switch label {
            case .what: "What"
            case .forWhom: "For whom"
            case .contact: "Contact"
            case .phone: "Phone"
            case .hours: "Hours"
            case .phoneHours: "Phone hours"
            case .chat: "Chat (and hours)"
            case .web: "Web"
            case .languages: "Languages"
            case .anonymous: "Anonymous"
            case .municipality: "Municipality"
            case .checked: "Checked"
            }
        case .anonymous(let anonymity):
            switch anonymity {
            case .ja: "yes"
            case .nee: "no"
            case .deels: "partly"
            }
        case .noContact: "no contact details in the sources: add a local entry"
        case .verify: "Check numbers and hours before printing: the details are more than 12 months old."
        case .olderThanAYear: "(more than 12 months ago: check)"
        case .disclosureShort: "In 30 seconds:"
        case .disclosureFull: "In full"
        case .disclosureSource(let lines): "Source: \(lines)"
        case .disclosureShortSources(let lines): "Sources of the short part: \(lines)"
        }
    }
}

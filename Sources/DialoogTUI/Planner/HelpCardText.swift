import DialoogCore
import Foundation

/// The one wording of a help card entry, for the printed plan, its JSON and the bibliotheek:
/// every field labelled, the kind named (professionals-only said so), the check date with a
/// line to verify numbers when it is older than 12 months, and an entry without any contact
/// means said so instead of printed as a bare name.
package enum HelpCardText {
    /// What the kind of help is called.
    package static func kind(_ kind: HelpKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.acuut, .nl): "Acuut gevaar"
        case (.acuut, .en): "Acute danger"
        case (.lijn247, .nl): "Dag en nacht bereikbaar (24/7)"
        case (.lijn247, .en): "Open day and night (24/7)"
        case (.slachtoffers, .nl): "Hulp voor wie geweld meemaakt"
        case (.slachtoffers, .en): "Help for those who experience violence"
        case (.specialistisch, .nl): "Gespecialiseerde hulp"
        case (.specialistisch, .en): "Specialised help"
        case (.plegers, .nl): "Voor wie zelf geweld gebruikt"
        case (.plegers, .en): "For those who use violence themselves"
        case (.professionals, .nl): "Alleen voor professionals"
        case (.professionals, .en): "For professionals only"
        }
    }

    /// Why the entry is on this card.
    package static func part(_ part: HelpCard.Part, municipality: String?, _ language: Language) -> String {
        switch (part, language) {
        case (.acute, .nl): "altijd bovenaan"
        case (.acute, .en): "always on top"
        case (.always, .nl): "altijd op de kaart"
        case (.always, .en): "always on the card"
        case (.themes, .nl): "bij de thema's"
        case (.themes, .en): "for the themes"
        case (.signals, .nl): "na een eerder signaal"
        case (.signals, .en): "after an earlier signal"
        case (.local, .nl): "lokaal" + (municipality.map { " (\($0))" } ?? "")
        case (.local, .en): "local" + (municipality.map { " (\($0))" } ?? "")
        }
    }

    package static func noContact(_ language: Language) -> String {
        language == .nl
            ? "geen contactgegevens in de bronnen: vul een lokaal adres aan"
            : "no contact details in the sources: add a local entry"
    }

    package static func verify(_ language: Language) -> String {
        language == .nl
            ? "Controleer nummers en tijden voor je print: de gegevens zijn ouder dan 12 maanden."
            : "Check numbers and hours before printing: the details are more than 12 months old."
    }

    /// Today as a content date, to compare check dates with.
    package static func today(_ now: Date, calendar: LocalCalendar) -> ContentDate {
        let p = calendar.parts(of: now)
        return ContentDate(year: p.year, month: p.month, day: p.day)
    }

    /// One labelled field.
    package struct Field: Equatable, Sendable {
        /// The label as JSON names it.
        package var key: String
        package var label: String
        package var value: String
    }

    /// The contact fields, each labelled; empty when the entry gives no contact at all.
    package static func contact(_ entry: HelpEntry, _ language: Language) -> [Field] {
        let nl = language == .nl
        var fields: [Field] = []
        if let phone = entry.phone {
            fields.append(Field(key: "phone", label: nl ? "Telefoon" : "Phone", value: phone))
        }
        if let hours = entry.hours {
            let label =
                entry.phone == nil ? (nl ? "Uren" : "Hours") : (nl ? "Uren telefoon" : "Phone hours")
            fields.append(Field(key: entry.phone == nil ? "hours" : "phone_hours", label: label, value: hours))
        }
        if let chat = entry.chat {
            fields.append(Field(key: "chat", label: nl ? "Chat (en uren)" : "Chat (and hours)", value: chat))
        }
        if let web = entry.web { fields.append(Field(key: "web", label: "Web", value: web)) }
        return fields
    }

    /// Languages, anonymity and municipality, each labelled.
    package static func details(_ entry: HelpEntry, _ language: Language) -> [Field] {
        let nl = language == .nl
        var fields: [Field] = []
        if !entry.languages.isEmpty {
            fields.append(
                Field(
                    key: "languages", label: nl ? "Talen" : "Languages", value: entry.languages.joined(separator: ", "))
            )
        }
        if let anonymous = entry.anonymous {
            let value: String =
                switch (anonymous, language) {
                case (.ja, .nl): "ja"
                case (.ja, .en): "yes"
                case (.nee, .nl): "nee"
                case (.nee, .en): "no"
                case (.deels, .nl): "deels"
                case (.deels, .en): "partly"
                }
            fields.append(Field(key: "anonymous", label: nl ? "Anoniem" : "Anonymous", value: value))
        }
        if let municipality = entry.municipality {
            fields.append(Field(key: "municipality", label: nl ? "Gemeente" : "Municipality", value: municipality))
        }
        return fields
    }

    package static func checked(_ entry: HelpEntry, _ language: Language) -> Field {
        Field(key: "checked", label: language == .nl ? "Gecontroleerd" : "Checked", value: entry.checked.description)
    }

    /// The heading of an entry on a card: its name, its kind and why it is there.
    package static func heading(_ item: HelpCard.Item, municipality: String?, _ language: Language) -> String {
        "\(item.entry.name) · \(kind(item.entry.kind, language)) · \(part(item.part, municipality: municipality, language))"
    }

    /// The labelled lines of an entry: what, for whom, contact (or that there is none), details
    /// and the check date.
    package static func lines(_ entry: HelpEntry, _ language: Language, today: ContentDate) -> [String] {
        let nl = language == .nl
        var lines = [(nl ? "Wat: " : "What: ") + entry.what, (nl ? "Voor wie: " : "For whom: ") + entry.forWhom]
        let contact = contact(entry, language)
        if contact.isEmpty {
            lines.append("Contact: " + noContact(language))
        } else {
            lines.append(contact.map { "\($0.label): \($0.value)" }.joined(separator: " · "))
        }
        let details = details(entry, language)
        if !details.isEmpty { lines.append(details.map { "\($0.label): \($0.value)" }.joined(separator: " · ")) }
        let date = checked(entry, language)
        var checkedLine = "\(date.label): \(date.value)"
        if entry.checked.isOlder(thanMonths: 12, before: today) {
            checkedLine += nl ? " (ouder dan 12 maanden: controleer)" : " (more than 12 months ago: check)"
        }
        lines.append(checkedLine)
        return lines
    }
}

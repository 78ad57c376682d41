import DialoogCore
import Foundation

/// The one wording of a help card entry, for the printed plan, its JSON and the bibliotheek:
/// every field labelled, the kind named (professionals-only said so), the check date with a
/// line to verify numbers when it is older than 12 months, and an entry without any contact
/// means said so instead of printed as a bare name.
package enum HelpCardText {
    /// What the kind of help is called.
    package static func kind(_ kind: HelpKind, _ language: Language) -> String {
        HelpCardWords.kind(kind).localized(language)
    }

    /// Why the entry is on this card.
    package static func part(_ part: HelpCard.Part, municipality: String?, _ language: Language) -> String {
        HelpCardWords.part(part, municipality: municipality).localized(language)
    }

    package static func noContact(_ language: Language) -> String {
        HelpCardWords.noContact.localized(language)
    }

    package static func verify(_ language: Language) -> String {
        HelpCardWords.verify.localized(language)
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
        let label = { (field: HelpCardWords.Label) in HelpCardWords.label(field).localized(language) }
        var fields: [Field] = []
        if let phone = entry.phone {
            fields.append(Field(key: "phone", label: label(.phone), value: phone))
        }
        if let hours = entry.hours {
            let key: HelpCardWords.Label = entry.phone == nil ? .hours : .phoneHours
            fields.append(Field(key: entry.phone == nil ? "hours" : "phone_hours", label: label(key), value: hours))
        }
        if let chat = entry.chat {
            fields.append(Field(key: "chat", label: label(.chat), value: chat))
        }
        if let web = entry.web { fields.append(Field(key: "web", label: label(.web), value: web)) }
        return fields
    }

    /// Languages, anonymity and municipality, each labelled.
    package static func details(_ entry: HelpEntry, _ language: Language) -> [Field] {
        let label = { (field: HelpCardWords.Label) in HelpCardWords.label(field).localized(language) }
        var fields: [Field] = []
        if !entry.languages.isEmpty {
            fields.append(
                Field(key: "languages", label: label(.languages), value: entry.languages.joined(separator: ", ")))
        }
        if let anonymous = entry.anonymous {
            fields.append(
                Field(
                    key: "anonymous", label: label(.anonymous),
                    value: HelpCardWords.anonymous(anonymous).localized(language)))
        }
        if let municipality = entry.municipality {
            fields.append(Field(key: "municipality", label: label(.municipality), value: municipality))
        }
        return fields
    }

    package static func checked(_ entry: HelpEntry, _ language: Language) -> Field {
        Field(
            key: "checked", label: HelpCardWords.label(.checked).localized(language), value: entry.checked.description)
    }

    /// The heading of an entry on a card: its name, its kind and why it is there.
    package static func heading(_ item: HelpCard.Item, municipality: String?, _ language: Language) -> String {
        "\(item.entry.name) · \(kind(item.entry.kind, language)) · \(part(item.part, municipality: municipality, language))"
    }

    /// The labelled lines of an entry: what, for whom, contact (or that there is none), details
    /// and the check date.
    package static func lines(_ entry: HelpEntry, _ language: Language, today: ContentDate) -> [String] {
        let label = { (field: HelpCardWords.Label) in HelpCardWords.label(field).localized(language) }
        var lines = ["\(label(.what)): \(entry.what)", "\(label(.forWhom)): \(entry.forWhom)"]
        let contact = contact(entry, language)
        if contact.isEmpty {
            lines.append("\(label(.contact)): \(noContact(language))")
        } else {
            lines.append(contact.map { "\($0.label): \($0.value)" }.joined(separator: " · "))
        }
        let details = details(entry, language)
        if !details.isEmpty { lines.append(details.map { "\($0.label): \($0.value)" }.joined(separator: " · ")) }
        let date = checked(entry, language)
        var checkedLine = "\(date.label): \(date.value)"
        if entry.checked.isOlder(thanMonths: 12, before: today) {
            checkedLine += " " + HelpCardWords.olderThanAYear.localized(language)
        }
        lines.append(checkedLine)
        return lines
    }
}

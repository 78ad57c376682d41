import DialoogCore

/// The words of the local help form (a local entry for one municipality), both languages.
package enum LocalHelpText: Equatable, Sendable, Words {
    case newTitle
    case editTitle(id: String)
    case copyTitle(name: String)
    /// What the form is for, and that no number may be guessed.
    case neverGuess
    case label(LocalHelpForm.Field)
    /// What the field wants, on the status line when nothing else is said.
    case hint(LocalHelpForm.Field)
    case kind(HelpKind)
    case anonymity(Anonymity?)
    case notice(LocalHelpNotice)
    /// Where the file goes.
    case file(String)

    package var dutch: String {
        switch self {
        case .newTitle: "Nieuw lokaal adres"
        case .editTitle(let id): "Lokaal adres bewerken (\(id).yaml)"
        case .copyTitle(let name): "Lokale kopie van \(name)"
        case .neverGuess:
            "Alleen nummers en tijden die je zelf hebt nagegaan. Nooit een geraden nummer: leeg laten mag."
        case .label(let field):
            switch field {
            case .name: "Naam"
            case .what: "Wat"
            case .forWhom: "Voor wie"
            case .kind: "Soort hulp"
            case .phone: "Telefoon"
            case .web: "Website"
            case .chat: "Chat (en uren)"
            case .hours: "Uren"
            case .languages: "Talen"
            case .anonymous: "Anoniem"
            case .checked: "Nagegaan op"
            case .municipality: "Gemeente"
            case .save: "Opslaan"
            }
        case .hint(let field):
            switch field {
            case .name: "De naam zoals de organisatie die zelf gebruikt."
            case .what: "Wat de organisatie doet, in een of twee zinnen."
            case .forWhom: "Voor wie de hulp is."
            case .kind: "←→ kiest: lijn 24/7, slachtoffers, specialistisch, plegers of professionals."
            case .phone: "Alleen cijfers, spaties, + en -; alleen een nummer dat je zelf hebt nagegaan."
            case .web: "Het webadres; leeg mag."
            case .chat: "De chat en zijn eigen uren; leeg mag."
            case .hours: "De uren van de telefoon, zoals de organisatie ze zelf geeft; leeg mag."
            case .languages: "Taalcodes met komma's, bijvoorbeeld nl, tr, ar; leeg mag."
            case .anonymous: "←→ kiest: ja, nee, deels of niet gezegd."
            case .checked: "De datum waarop je de gegevens hebt nagegaan (JJJJ-MM-DD)."
            case .municipality: "De gemeente waarvan de series dit adres op hun hulpkaart krijgen."
            case .save: "Enter schrijft het bestand en laat het adres meteen overal zien."
            }
        case .kind(let kind):
            switch kind {
            case .acuut: "acuut (112)"
            case .lijn247: "lijn 24/7"
            case .slachtoffers: "voor wie geweld meemaakt"
            case .specialistisch: "specialistisch"
            case .plegers: "voor wie zelf geweld gebruikt"
            case .professionals: "alleen voor professionals"
            }
        case .anonymity(let answer):
            switch answer {
            case .ja: "ja"
            case .nee: "nee"
            case .deels: "deels"
            case nil: "niet gezegd"
            }
        case .notice(let notice):
            switch notice {
            case .required(let field): "\(LocalHelpText.label(field).dutch) is nodig."
            case .badPhone(let text): "'\(text)' is geen telefoonnummer: alleen cijfers, spaties, + en -."
            case .badDate(let text): "'\(text)' is geen datum; schrijf JJJJ-MM-DD."
            case .dateInFuture: "Die datum ligt in de toekomst; schrijf de dag waarop je het hebt nagegaan."
            case .controlCharacter(let field): "\(LocalHelpText.label(field).dutch) bevat een stuurteken."
            case .confirmDiscard:
                "Weggooien wat je typte? Esc: ja; een andere toets: terug naar het formulier."
            case .saved(let path): "Opgeslagen in \(path)."
            case .onlyOnHelpTab: "Een lokaal adres maak je op het tabblad Hulp."
            case .libraryNotLoaded: "De bibliotheek is nog niet gelezen."
            case .notSaved(let failure): "NIET opgeslagen: \(failure.dutch)"
            }
        case .file(let path): "Bestand: \(path)"
        }
    }

    package var english: String {
        switch self {
        case .newTitle: "New local entry"
        case .editTitle(let id): "Edit local entry (\(id).yaml)"
        case .copyTitle(let name): "Local copy of \(name)"
        case .neverGuess:
            "Only numbers and hours you have checked yourself. Never a guessed number: leave it empty instead."
        case .label(let field):
            switch field {
            case .name: "Name"
            case .what: "What"
            case .forWhom: "For whom"
            case .kind: "Kind of help"
            case .phone: "Phone"
            case .web: "Website"
            case .chat: "Chat (and hours)"
            case .hours: "Hours"
            case .languages: "Languages"
            case .anonymous: "Anonymous"
            case .checked: "Checked on"
            case .municipality: "Municipality"
            case .save: "Save"
            }
        case .hint(let field):
            switch field {
            case .name: "The name the organisation uses itself."
            case .what: "What the organisation does, in a sentence or two."
            case .forWhom: "Who the help is for."
            case .kind: "←→ chooses: 24/7 line, victims, specialised, perpetrators or professionals."
            case .phone: "Digits, spaces, + and - only; only a number you have checked yourself."
            case .web: "The web address; may be empty."
            case .chat: "The chat and its own hours; may be empty."
            case .hours: "The phone's hours as the organisation gives them; may be empty."
            case .languages: "Language codes with commas, e.g. nl, tr, ar; may be empty."
            case .anonymous: "←→ chooses: yes, no, partly or not said."
            case .checked: "The date you checked these facts (YYYY-MM-DD)."
            case .municipality: "The municipality whose series get this entry on their help card."
            case .save: "Enter writes the file and shows the entry everywhere at once."
            }
        case .kind(let kind):
            switch kind {
            case .acuut: "acute (112)"
            case .lijn247: "24/7 line"
            case .slachtoffers: "for those who experience violence"
            case .specialistisch: "specialised"
            case .plegers: "for those who use violence"
            case .professionals: "professionals only"
            }
        case .anonymity(let answer):
            switch answer {
            case .ja: "yes"
            case .nee: "no"
            case .deels: "partly"
            case nil: "not said"
            }
        case .notice(let notice):
            switch notice {
            case .required(let field): "\(LocalHelpText.label(field).english) is needed."
            case .badPhone(let text): "'\(text)' is not a phone number: digits, spaces, + and - only."
            case .badDate(let text): "'\(text)' is not a date; write YYYY-MM-DD."
            case .dateInFuture: "That date is in the future; write the day you checked."
            case .controlCharacter(let field): "\(LocalHelpText.label(field).english) holds a control character."
            case .confirmDiscard: "Throw away what you typed? Esc: yes; any other key: back to the form."
            case .saved(let path): "Saved in \(path)."
            case .onlyOnHelpTab: "Local entries are made on the Help tab."
            case .libraryNotLoaded: "The library has not been read yet."
            case .notSaved(let failure): "NOT saved: \(failure.english)"
            }
        case .file(let path): "File: \(path)"
        }
    }

    /// Whether a notice is a failure (red), a warning, or good news.
    package static func style(_ notice: LocalHelpNotice) -> Style {
        switch notice {
        case .notSaved: .error
        case .saved: .accent
        default: .warning
        }
    }
}

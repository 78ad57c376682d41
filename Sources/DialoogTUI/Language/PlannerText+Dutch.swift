import DialoogCore
import DialoogPrint

extension PlannerText: Words {
    package var dutch: String {
        switch self {
        case .modeMeetingEditor: "bijeenkomst bewerken"
        case .modeMeetingEditorText: "bijeenkomst, typen"

        case .loading: "Het plan wordt gelezen…"
        case .meetingTitle(let kind, let number):
            switch kind {
            case .regular: "Bijeenkomst \(number)"
            case .extra: "Extra bijeenkomst \(number)"
            case .aftercare: "Nazorg"
            }
        case .meetingTab(let kind, let number): kind == .aftercare ? "nazorg" : "\(number)"
        case .total(let minutes, let planned):
            planned.map { "totaal \(minutes) van \($0) min" } ?? "totaal \(minutes) min"
        case .noBlocks: "Nog geen blokken: a voegt er een toe."
        case .warningsHeading(let count): "WAARSCHUWINGEN (\(count))"
        case .noWarnings: "Geen waarschuwingen: het plan volgt de uitgangspunten."

        case .promptCount(let count): count == 1 ? "1 prompt" : "\(count) prompts"
        case .editorTitle(let meeting): "Blok · \(meeting)"
        case .field(let row):
            switch row {
            case .title: "Titel"
            case .kind: "Soort"
            case .form: "Werkvorm"
            case .theme: "Thema"
            case .minutes: "Minuten"
            case .guidance: "Aanpak"
            case .prompt: "Prompts"
            }
        case .noTheme: "geen thema"
        case .noPrompts: "Nog geen prompts: p kiest ze."
        case .blockKind(let kind):
            switch kind {
            case .welkom: "welkom"
            case .spelregels: "spelregels"
            case .terugblik: "terugblik"
            case .kennis: "kennis"
            case .kern: "kern"
            case .pauze: "pauze"
            case .afsluiting: "afsluiting"
            }
        case .typicalMinutes(let min, let max): "meestal \(min)-\(max) min"

        case .meetingEditorTitle(let meeting): "\(meeting) bewerken"
        case .meetingField(let row):
            switch row {
            case .date: "Datum"
            case .minutes: "Duur"
            case .purpose: "Doel"
            case .help: "Hulpkaart"
            }
        case .dateFormat: "jjjj-mm-dd uu:mm, leeg: geen datum"
        case .agendaMinutes(let minutes): "de blokken samen \(minutes) min"
        case .noPurpose: "nog geen doel"
        case .helpCardHeading(let ticked): "Hulpkaart · \(ticked) aangevinkt"
        case .refillHint: "r vult uit de thema's"
        case .alwaysOnTop: "altijd bovenaan"
        case .noHelpEntries: "De bibliotheek heeft geen hulpadressen."

        case .pickerTitle(let block): "Prompts · \(block)"
        case .scopeTheme(let theme): "thema \(theme)"
        case .scopeAll: "alle thema's"
        case .scopeMeeting: "opening en afsluiting"
        case .searchScope(let query): "zoeken: \(query)"
        case .promptKind(let kind):
            switch kind {
            case .stelling: "stelling"
            case .vraag: "vraag"
            case .casus: "casus"
            case .huiswerk: "huiswerk"
            case .woordweb: "woordweb"
            case .opening: "opening"
            case .afsluiting: "afsluiting"
            }
        case .usedIn(let numbers): "bijeenkomst " + numbers.map(String.init).joined(separator: ", ")
        case .usedEarlier(let numbers): "gebruikt in " + numbers.map(String.init).joined(separator: ", ")
        case .raisedByGroup(let themes): "De groep bracht zelf in: " + themes.joined(separator: "; ")
        case .chosen: "gekozen"
        case .noPromptsHere: "Geen prompts voor dit thema en deze groep. Tab toont alle thema's, / zoekt overal."
        case .forGroups(let groups): "voor " + groups.map { PlanText.groupName($0).dutch }.joined(separator: ", ")

        case .checklistTitle(let done, let total): "Voorbereiding · \(done) van \(total) gedaan"

        case .newSeriesTitle: "NIEUWE SERIE"
        case .formLabel(let field):
            switch field {
            case .method: "Methodiek"
            case .name: "Naam"
            case .organisation: "Organisatie"
            case .municipality: "Gemeente"
            case .facilitators: "Gespreksleider(s)"
            case .venue: "Plek"
            case .languages: "Talen"
            case .groups: "Groep"
            case .groupSize: "Groepsgrootte"
            case .date(let index): "Bijeenkomst \(index + 1)"
            case .groupChoice: "Keuze van de groep"
            case .create: "Voorstel maken"
            }
        case .formHint(let field):
            switch field {
            case .method: "←→ kiest de methodiek; de serie krijgt haar drie bijeenkomsten."
            case .name: "Een naam voor de groep, zoals Vrouwengroep Schilderswijk. Geen namen van deelnemers."
            case .organisation: "Leeg laten: de organisatie van de methodiek."
            case .municipality: "De gemeente: lokale hulpadressen komen op de hulpkaart."
            case .facilitators: "Naam of initialen, zoals zij zelf willen; scheid twee met een komma."
            case .venue: "←→ kiest de plek van de bijeenkomsten."
            case .languages: "Talen van de bijeenkomsten, met komma's, zoals tr, nl."
            case .groups: "←→ kiest, spatie vinkt aan of uit; meer dan één mag."
            case .groupSize: "Hoeveel deelnemers je verwacht; leeg mag."
            case .date: "Als 2026-12-01 19:30; leeg mag, een datum kan later."
            case .groupChoice: "←→ kiest, spatie vinkt aan of uit; dialoog zet ze van koud naar heet."
            case .create: "Enter maakt een voorstel voor de bijeenkomsten; daarna pas je het aan."
            }
        case .chooseCount(let choose, let chosen): "kies er \(choose) · \(chosen) gekozen"
        case .fromMethod(let organisation): "\(organisation) (van de methodiek)"
        case .datePlaceholder: "jjjj-mm-dd uu:mm"

        case .notice(let notice):
            switch notice {
            case .loadFailed(let failure): "Het plan kon niet gelezen worden: \(failure.dutch)"
            case .saveFailed(let failure): "Niet bewaard: \(failure.dutch)"
            case .createFailed(let failure): "De serie is niet gemaakt: \(failure.dutch)"
            case .created(let name): "\(name) is gemaakt, met een voorstel. Pas het gerust aan."
            case .aftercareExists: "Er is al een nazorgbijeenkomst."
            case .meetingStays: "Alleen een extra of nazorgbijeenkomst die nog niet gehouden is, kan weg."
            case .meetingHeld(let number):
                "Bijeenkomst \(number) loopt of is gehouden: wat er gebeurde hangt aan dit plan, dus het blijft zoals het was."
            case .titleRequired: "Een blok heeft een titel nodig."
            case .badMeetingDate(let text): "'\(text)' is geen tijdstip: typ 2026-12-01 19:30 of laat het leeg."
            case .noMethods: "Er zijn nog geen methodieken om uit te kiezen (dialoog check)."
            case .nameRequired: "Geef de serie een naam."
            case .badGroupSize(let text): "'\(text)' is geen aantal deelnemers; typ een getal of laat het leeg."
            case .badDate(let meeting, let text):
                "Bijeenkomst \(meeting): '\(text)' is geen tijdstip. Schrijf het als 2026-12-01 19:30."
            case .datesOutOfOrder(let meeting): "Bijeenkomst \(meeting) valt niet na de bijeenkomst ervoor."
            case .choiceCount(let choose, let chosen):
                "De groep kiest er \(choose); nu \(chosen == 1 ? "is er 1" : "zijn er \(chosen)") aangevinkt."
            }
        case .proposalProblem(let problem):
            switch problem {
            case .unknownMethod(let id): "de methodiek '\(id)' staat niet in de bibliotheek."
            case .choiceNeeded(let choose, let options):
                "de groep kiest er \(choose) uit: \(options.joined(separator: ", "))."
            case .unknownOption(let name, let options):
                "'\(name)' is geen keuze van deze methodiek; kies uit \(options.joined(separator: ", "))."
            }
        case .planMissing: "deze serie staat niet (meer) in de gegevens."
        }
    }
}

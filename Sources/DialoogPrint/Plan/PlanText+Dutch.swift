import DialoogCore

extension PlanText: Words {
    package var dutch: String {
        switch self {
        case .organisation: "Organisatie"
        case .method: "Methodiek"
        case .municipality: "Gemeente"
        case .facilitators: "Gespreksleider(s)"
        case .venue: "Locatie"
        case .languages: "Taal"
        case .groups: "Groep"
        case .groupSize: "Verwachte groepsgrootte"
        case .groupChoice: "Gekozen door de groep"
        case .meetingsLabel: "Bijeenkomsten"
        case .seriesID: "Id"
        case .checklistHeading: "Voorbereiding"
        case .checklistDone(let done, let total): "\(done) van \(total) gedaan"
        case .preparation(let item):
            switch item {
            case .sleutelpersonen: "Sleutelpersonen en zelforganisaties benaderd"
            case .locatie: "Plek is vertrouwd en discreet"
            case .groepssamenstelling: "Groep bewust samengesteld naar leeftijd en gender"
            case .taal: "Taal geregeld: moedertaal of een tolk"
            case .vertrouwelijkheid: "Openingswoord over vertrouwelijkheid en waar die ophoudt"
            case .hulplijst: "Lijst met lokale hulp geprint"
            case .gemeente: "Gemeente geïnformeerd, waar dat is afgesproken"
            }
        case .venueName(let venue):
            switch venue {
            case nil: "nog niet gekozen"
            case .buurthuis: "buurthuis"
            case .moskee: "moskee"
            case .huiskamer: "huiskamer"
            case .school: "school"
            case .sportclub: "sportclub"
            case .anders: "anders"
            }
        case .groupName(let group):
            switch group {
            case .vrouwen: "vrouwen"
            case .mannen: "mannen"
            case .gemengd: "gemengd"
            case .jongeren: "jongeren"
            case .ouders: "ouders"
            case .nieuwkomers: "nieuwkomers"
            case .moeders: "moeders"
            case .vaders: "vaders"
            case .ouderen: "ouderen"
            case .lhbt: "lhbt'ers"
            }
        case .meetingHeading(let kind, let number):
            switch kind {
            case .regular: "Bijeenkomst \(number)"
            case .extra: "Extra bijeenkomst"
            case .aftercare: "Nazorgbijeenkomst"
            }
        case .noDateYet: "nog geen datum"
        case .purpose: "Doel"
        case .agenda: "Agenda"
        case .minutes(let minutes): "\(minutes) min"
        case .totalMinutes(let total, let planned):
            planned.map { "\(total) van \($0) minuten" } ?? "\(total) minuten"
        case .heldState(.planned, let present): "gepland, \(present) aanwezig"
        case .heldState(.running, let present): "loopt, \(present) aanwezig"
        case .heldState(.ended, let present): "afgesloten, \(present) aanwezig"
        case .form(let name): "werkvorm: \(name)"
        case .materials(let text): "Materiaal: \(text)"
        case .chosenByGroup: "gekozen door de groep"
        case .questions: "Vragen"
        case .prompts: "Klaar om te gebruiken"
        case .groundRules: "Spelregels"
        case .helpCard: "Hulpkaart"
        case .helpCardFooter: "Acuut gevaar: bel 112. Jij verwijst door; je wordt geen hulpverlener."
        case .warningsHeading(let count): count == 1 ? "1 waarschuwing" : "\(count) waarschuwingen"
        case .hint: "Tip: "
        case .noWarnings: "Geen waarschuwingen."
        case .cliSeriesAbstract: "Series: maak een nieuwe, bekijk ze."
        case .cliSeriesNewAbstract: "Maak een serie met een voorstel van drie bijeenkomsten uit de methodiek."
        case .cliSeriesListAbstract: "Toon alle series."
        case .cliSeriesShowAbstract: "Toon een serie met haar bijeenkomsten."
        case .cliPlanAbstract: "Het plan van een serie: printen, controleren, delen."
        case .cliPlanShowAbstract: "Het plan om te printen: agenda met tijden, vragen, spelregels en hulpkaart."
        case .cliPlanCheckAbstract: "Waarschuwingen bij het plan (exit 0 zonder, 1 met waarschuwingen)."
        case .cliPlanExportAbstract: "Schrijf het plan als YAML naar stdout, om op een andere laptop in te lezen."
        case .cliPlanImportAbstract: "Lees een planbestand in; bij een fout verandert er niets."
        case .cliOptionMethod: "De methodiek (id, zie 'dialoog methods')."
        case .cliOptionName: "De naam van de serie, bijvoorbeeld de groep en de wijk."
        case .cliOptionOrganisation: "De organisatie (standaard die van de methodiek)."
        case .cliOptionMunicipality: "De gemeente."
        case .cliOptionFacilitator: "Gespreksleider, met naam of initialen; twee keer voor een duo."
        case .cliOptionVenue: "Soort locatie: buurthuis, moskee, huiskamer, school, sportclub of anders."
        case .cliOptionLanguages: "Taal of talen, met komma's: tr,nl."
        case .cliOptionGroups: "Wie de groep is, met komma's: vrouwen, mannen, gemengd, jongeren, ouders, nieuwkomers."
        case .cliOptionSize: "Verwacht aantal deelnemers."
        case .cliOptionDates: "Begin van de bijeenkomsten, met komma's: 2026-12-01T19:30,2026-12-08T19:30."
        case .cliOptionChoose: "De thema's die de groep kiest (Kezban, Mudawwanah), met komma's."
        case .cliOptionMeeting: "Alleen deze bijeenkomst."
        case .cliOptionPlanFormat: "md, text, html (om af te drukken in een browser) of json."
        case .cliSeriesArgument: "De serie: id, begin van het id, of naam."
        case .cliPlanFileArgument: "Het planbestand (YAML)."
        case .seriesCreated(let name, let id): "Serie '\(name)' gemaakt (\(id))."
        case .noSeries: "Nog geen series. Maak er een met 'dialoog series new'."
        case .seriesNotFound(let reference): "Geen serie gevonden voor '\(reference)'; 'dialoog series list' toont ze."
        case .seriesAmbiguous(let reference, let matches):
            "'\(reference)' past bij meer series: \(matches.joined(separator: ", ")); geef meer van het id."
        case .badDates(let text): "'\(text)' is geen datum met tijd; schrijf 2026-12-01T19:30."
        case .datesInClockGap(let text):
            "'\(text)' bestaat niet op de klok: die nacht gaat de klok een uur vooruit. Kies een andere tijd."
        case .tooManyDates(let count): "\(count) datums gegeven; een serie heeft er drie."
        case .badGroup(let text, let allowed): "onbekende groep '\(text)'; kies uit \(allowed.joined(separator: ", "))."
        case .badVenue(let text, let allowed):
            "onbekende locatie '\(text)'; kies uit \(allowed.joined(separator: ", "))."
        case .choiceNeeded(let method, let choose, let options):
            "Bij \(method) kiest de groep \(choose == 1 ? "één thema" : "\(choose) thema's"): geef --choose met "
                + "\(options.map { "'\($0)'" }.joined(separator: ", "))."
        case .unknownOption(let option, let options):
            "'\(option)' is geen keuze van deze methodiek; kies uit \(options.map { "'\($0)'" }.joined(separator: ", "))."
        case .noSuchMeeting(let number, let available):
            "Bijeenkomst \(number) bestaat niet; er zijn \(available.map(String.init).joined(separator: ", "))."
        case .planImported(let name, let id, let meetings):
            "Plan '\(name)' ingelezen (\(id)), \(meetings) bijeenkomsten."
        case .planNotImported(let count):
            "\(count == 1 ? "1 fout" : "\(count) fouten"); er is niets ingelezen."
        case .planFileUnreadable(let path): "Kan '\(path)' niet lezen."
        case .planFileNotUTF8(let path):
            "'\(path)' is geen UTF-8-tekst; sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8)."
        case .planReplaced(let name, let id, let was):
            was == name
                ? "Plan van '\(name)' bijgewerkt (\(id)): het vorige plan is vervangen."
                : "Plan van '\(was)' vervangen door '\(name)' (\(id)): het vorige plan is vervangen."
        case .nameRequired: "--name mag niet leeg zijn: geef de serie een naam."
        case .badSize(let size): "--size is \(size); geef een aantal deelnemers van 1 tot 500."
        case .controlCharacterOption(let option):
            "\(option) bevat een stuurteken (zoals ESC of NUL); dat is geen tekst. Typ de waarde opnieuw."
        case .optionTooLong(let option, let max): "\(option) is te lang; dialoog bewaart hoogstens \(max) tekens."
        case .planIncomplete(let regular, let aftercare):
            "Een plan heeft de gewone bijeenkomsten 1, 2 en 3 nodig, elk één keer, en hoogstens één nazorgbijeenkomst (gevonden: \(regular.isEmpty ? "geen" : regular.map(String.init).joined(separator: ", ")); nazorg: \(aftercare)). Er is niets ingelezen."
        case .seriesAlreadyRunning(let name):
            "Serie '\(name)' is al begonnen; een plan vervangt geen bijeenkomsten die al liepen."
        case .warningsFound(let count): count == 1 ? "1 waarschuwing." : "\(count) waarschuwingen."
        }
    }
}

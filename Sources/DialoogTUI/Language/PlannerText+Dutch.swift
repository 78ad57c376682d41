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
        case .panelQuestions: "Vragen"
        case .panelWarnings: "Let op"
        case .panelMore(let count):
            count == 1 ? "nog 1 regel: Enter opent het blok" : "nog \(count) regels: Enter opent het blok"
        case .editorTitle(let meeting): "Blok · \(meeting)"
        case .field(let row):
            switch row {
            case .title: "Titel"
            case .kind: "Soort"
            case .form: "Werkvorm"
            case .theme: "Thema"
            case .minutes: "Minuten"
            case .guidance: "Aanpak"
            case .materials: "Materiaal"
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

        case .numberHint(let range, let now, let typing):
            typing
                ? "Typ een getal van \(range.lowerBound) tot en met \(range.upperBound)"
                    + (now.map { " (nu \($0))" } ?? "") + "; Enter bewaart, Esc laat het zoals het was."
                : "←→ verandert het; Enter om een getal van \(range.lowerBound) tot en met \(range.upperBound) te typen."
        case .meetingEditorTitle(let meeting): "\(meeting) bewerken"
        case .meetingField(let row):
            switch row {
            case .date: "Datum"
            case .minutes: "Duur"
            case .purpose: "Doel"
            case .help: "Hulpkaart"
            }
        case .dateFormat: "d-m-jjjj uu:mm, zoals di 22 dec 19:30; leeg: geen datum"
        case .agendaMinutes(let minutes): "de blokken samen \(minutes) min"
        case .noPurpose: "nog geen doel"
        case .helpCardHeading(let ticked): "Hulpkaart · \(ticked) aangevinkt"
        case .refillHint: "r vult uit de thema's"
        case .alwaysOnTop: "altijd bovenaan"
        case .noHelpEntries: "De bibliotheek heeft geen hulpadressen."

        case .choiceTitle(let subject):
            switch subject {
            case .theme: "Thema kiezen"
            case .form: "Werkvorm kiezen"
            case .block: "Blok uit methode of werkvorm"
            case .topic: "Onderwerp van de bijeenkomst wisselen"
            case .template: "Beginnen met een sjabloon"
            }
        case .choiceFilter: "Typ om te zoeken: "
        case .detailsTitle: "GEGEVENS VAN DE SERIE"
        case .municipalityInUse(let name): "al in gebruik: \(name) · Ctrl-T neemt het over"
        case .saveDetails: "Opslaan"
        case .saveDetailsHint: "Enter bewaart de gegevens; in de planner zet u ze terug."
        case .noChoices: "Niets gevonden; Backspace haalt een letter weg."
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
        case .templateNameLabel: "Bewaren als sjabloon: "
        case .fromTemplate(let name, let meetings):
            "uit sjabloon ‘\(name)’ (\(meetings) bijeenkomst\(meetings == 1 ? "" : "en"))"
        case .formLabel(let field):
            switch field {
            case .method: "Methodiek"
            case .name: "Naam"
            case .organisation: "Organisatie"
            case .municipality: "Gemeente"
            case .facilitator(let index): "Gespreksleider \(index + 1)"
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
            case .method:
                "←→ kiest de methodiek; de serie krijgt haar drie bijeenkomsten. s: beginnen met een sjabloon."
            case .name: "Een naam voor de groep, zoals Vrouwengroep Schilderswijk. Geen namen van deelnemers."
            case .organisation: "Leeg laten: de organisatie van de methodiek."
            case .municipality: "De gemeente: lokale hulpadressen komen op de hulpkaart."
            case .facilitator:
                "Naam of initialen, zoals zij zelf willen; bij een duo komt de tweede op de regel eronder."
            case .venue: "←→ kiest de plek van de bijeenkomsten."
            case .languages: "Talen van de bijeenkomsten, met komma's, zoals tr, nl."
            case .groups: "←→ kiest, spatie vinkt aan of uit; meer dan één mag."
            case .groupSize:
                "Hoeveel deelnemers je verwacht (\(NewSeriesForm.groupSizeRange.lowerBound) tot en met \(NewSeriesForm.groupSizeRange.upperBound)); leeg mag."
            case .date:
                "Zoals 8-12 19:30, di 15 dec 19:30 of 22-12-2026 19:30; zonder tijd de tijd van de vorige; leeg mag."
            case .groupChoice: "←→ kiest, spatie vinkt aan of uit; dialoog zet ze van koud naar heet."
            case .create: "Enter maakt een voorstel voor de bijeenkomsten; daarna pas je het aan."
            }
        case .chooseCount(let choose, let chosen): "kies er \(choose) · \(chosen) gekozen"
        case .fromMethod(let organisation): "\(organisation) (van de methodiek)"
        case .datePlaceholder: "d-m uu:mm"
        case .datePreview(let parts):
            "→ \(PlannerText.weekdays[(parts.weekday + 5) % 7]) \(parts.day) \(PlannerText.months[(parts.month + 11) % 12]) \(parts.year), "
                + String(format: "%d:%02d", parts.hour, parts.minute)
        case .dateProblem(let problem):
            switch problem {
            case .empty: "Typ een datum, zoals 8-12 19:30."
            case .unknownWord(let word): "‘\(word)’ is geen dag, maand, datum of tijd."
            case .missingDate: "Er staat geen dag en maand in, zoals 8-12 of 8 dec."
            case .noSuchDate(let day, let month, let year):
                "\(day)-\(month)\(year.map { "-\($0)" } ?? "") bestaat niet."
            case .badTime(let text): "‘\(text)’ is geen tijd; typ 0:00 tot en met 23:59, zoals 19:30."
            case .weekdayMismatch(let typed, let actual):
                "Die datum valt op \(PlannerText.weekdays[(actual + 5) % 7]), niet op \(PlannerText.weekdays[(typed + 5) % 7])."
            case .missingTime: "Zet er een tijd bij, zoals 19:30."
            case .noSuchTime: "Die tijd bestaat die dag niet: de klok gaat dan een uur vooruit."
            }

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
            case .printing: "Afdrukbaar plan wordt geschreven…"
            case .printed(let path): "Afdrukbaar plan: \(path) — open het in je browser en druk af."
            case .printFailed(let failure): "Plan niet afgedrukt: \(failure.dutch)"
            case .nothingToPrint: "Hier valt niets af te drukken; :print werkt in de planner en het overzicht."
            case .badMeetingDate(let text, let problem): "‘\(text)’: \(PlannerText.dateProblem(problem).dutch)"
            case .badNumber(let problem): PlannerText.numberProblem(problem).dutch
            case .confirmRemoveBlock(let title): "Blok ‘\(title)’ weghalen? j: ja · n: nee"
            case .confirmRemoveMeeting(let kind, let number):
                "\(PlannerText.meetingTitle(kind, number: number).dutch) weghalen, met al haar blokken? j: ja · n: nee"
            case .removed(let change): "Weggehaald: \(PlannerText.change(change).dutch). u zet het terug."
            case .undone(let change, let left):
                "Teruggezet: \(PlannerText.change(change).dutch)."
                    + (left > 0 ? " Nog \(left) stap\(left == 1 ? "" : "pen") terug te zetten met u." : "")
            case .nothingToUndo: "Er is niets meer om ongedaan te maken."
            case .confirmEraseSeries(let name):
                "Serie ‘\(TextWidth.truncate(name, to: 20))’ verwijderen? Niet terug te zetten. j: ja · n: nee"
            case .nothingErased: "Niets verwijderd; de serie blijft."
            case .seriesErased(let name):
                "Serie ‘\(name)’ is verwijderd; alleen een verwijdermelding met het id blijft bewaard."
            case .eraseFailed(let failure): "Niet verwijderd: \(failure.dutch)"
            case .confirmDuplicateSeries(let name):
                "Kopie van ‘\(TextWidth.truncate(name, to: 20))’ maken, zonder data en verslagen? j: ja · n: nee"
            case .nothingDuplicated: "Geen kopie gemaakt."
            case .seriesDuplicated(let name): "Kopie ‘\(name)’ gemaakt en geopend; zet er nog data bij (m)."
            case .duplicateFailed(let failure): "Geen kopie gemaakt: \(failure.dutch)"
            case .badChecklistItem(let max):
                "Typ wat er geregeld moet worden, hoogstens \(max) tekens; Esc laat het zoals het was."
            case .checklistItemFixed:
                "De zeven punten uit de bronnen blijven staan; a zet er een eigen punt bij, r en x werken op eigen punten."
            case .detailsSaved(let name): "Gegevens van ‘\(name)’ bewaard. u zet de vorige terug."
            case .noTopic(let number):
                "Bijeenkomst \(number) heeft geen onderwerp om te wisselen: geef een kernblok eerst een thema."
            case .topicSwapped(let name, let meetings):
                "Onderwerp nu ‘\(name)’ (bijeenkomst \(PlannerText.numbers(meetings, and: "en"))), met nieuwe prompts. u zet het terug."
            case .badTemplateName(let max):
                "Een sjabloon heet zoals een bestand: niet leeg, geen ‘/’, niet beginnend met een punt, hoogstens \(max) tekens."
            case .confirmReplaceTemplate(let name):
                "Er is al een sjabloon ‘\(TextWidth.truncate(name, to: 30))’. Vervangen door deze serie? j: ja · n: nee"
            case .templateKept(let name):
                name.map { "Sjabloon ‘\($0)’ blijft zoals het was; niets bewaard." } ?? "Niets bewaard als sjabloon."
            case .templateSaved(let name, let path, let replaced):
                "Sjabloon ‘\(name)’ \(replaced ? "vervangen" : "bewaard"): \(path). Begin ermee met n en s op het startscherm."
            case .templateNotWritten(let path, let reason):
                "Sjabloon niet bewaard in \(path): \(reason). De serie blijft zoals ze is."
            case .noTemplates(let folder):
                "Er zijn nog geen sjablonen in \(folder). Bewaar een serie als sjabloon met S in de planner."
            case .templateChosen(let name, let meetings):
                "Sjabloon ‘\(name)’ gekozen: de agenda van \(meetings) bijeenkomst\(meetings == 1 ? "" : "en") komt erin. Vul naam en data in."
            case .templateDropped(let name):
                "Andere methodiek gekozen: het sjabloon ‘\(name)’ geldt niet meer; s kiest er opnieuw een."
            case .templateUnreadable(let diagnostic, let more):
                diagnostic.dutch + (more > 0 ? " (en nog \(more) fout\(more == 1 ? "" : "en"))" : "")
                    + " Het formulier blijft zoals het was."
            case .templateMethodUnknown(let name, let method):
                "Het sjabloon ‘\(name)’ is voor de methodiek ‘\(method)’, die niet in de bibliotheek staat."
            case .confirmDiscardForm: "Wat je invulde weggooien? Esc: ja; een andere toets: terug naar het formulier."
            case .noMethods: "Er zijn nog geen methodieken om uit te kiezen (dialoog check)."
            case .nameRequired: "Geef de serie een naam."
            case .badGroupSize(let problem):
                PlannerText.numberProblem(problem).dutch + " Het aantal deelnemers mag ook leeg blijven."
            case .badDate(let meeting, let text, let problem):
                "Bijeenkomst \(meeting), ‘\(text)’: \(PlannerText.dateProblem(problem).dutch)"
            case .andMore(let notice, let more):
                PlannerText.notice(notice).dutch + " (en nog \(more) bij de velden met !)"
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
        case .numberProblem(let problem):
            switch problem {
            case .notANumber(let text):
                text.isEmpty ? "Typ een getal, alleen cijfers." : "‘\(text)’ is geen getal; typ alleen cijfers."
            case .outOfRange(let text, let range):
                "\(text) kan niet: typ een getal van \(range.lowerBound) tot en met \(range.upperBound)."
            }
        case .change(let change):
            switch change {
            case .removeBlock(let title): "blok ‘\(title)’"
            case .removeMeeting(let kind, let number): PlannerText.meetingTitle(kind, number: number).dutch.lowercased()
            case .details: "de gegevens van de serie"
            case .removeChecklistItem(let text): "voorbereidingspunt ‘\(text)’"
            case .swapTopic(let number, let name): "onderwerp ‘\(name)’ van bijeenkomst \(number)"
            case .edit: "de laatste wijziging"
            }
        case .planMissing: "deze serie staat niet (meer) in de gegevens."
        }
    }
}

import DialoogCore

extension Text: Words {
    package var dutch: String {
        switch self {
        case .appName: "dialoog"
        case .tagline: "voor gespreksleiders"
        case .upcomingHeading: "EERSTVOLGENDE BIJEENKOMSTEN"
        case .seriesHeading(let count): "SERIES (\(count))"
        case .noUpcoming: "Er staat geen bijeenkomst met een datum gepland."
        case .loading: "Series worden gelezen…"
        case .emptyTitle: "Nog geen series"
        case .emptyExplanation:
            "Een serie is één groep die drie bijeenkomsten volgt, van koude naar hete thema's: "
                + "van opvoeding en leven in twee culturen naar zelfbeschikking en geweld. "
                + "Zodra er series zijn, staat de eerstvolgende bijeenkomst hier bovenaan."
        case .emptyNextSteps:
            "Druk op n voor een nieuwe serie (of typ dialoog series new), op b voor de bibliotheek "
                + "en op ? voor alle toetsen. :theme licht|donker|mono kiest de kleuren; "
                + "dialoog --help toont de opdrachten."
        case .databaseLabel(let path): "Gegevens: \(path)"
        case .meetingNumber(let kind, let number, let total):
            switch kind {
            case .regular: "bijeenkomst \(number)/\(total)"
            case .extra: "extra bijeenkomst"
            case .aftercare: "nazorgbijeenkomst"
            }
        case .held(let held, let total): "\(held)/\(total) gehouden"
        case .completed: "afgerond"
        case .noDate: "nog geen datum"

        case .helpTitle(let mode): "Toetsen · \(Text.modeName(mode).dutch)"
        case .helpFooter: "Esc, q of ? sluit deze hulp · ↑↓ scrollt"
        case .helpAbove(let count): "\(count) \(count == 1 ? "regel" : "regels") hoger"
        case .helpBelow(let count): "nog \(count) \(count == 1 ? "regel" : "regels") lager"
        case .group(let group):
            switch group {
            case .moving: "Bewegen"
            case .general: "Algemeen"
            case .commandLine: "Opdrachtregel"
            case .typing: "Typen"
            case .meeting: "Bijeenkomst"
            case .planning: "Plannen"
            case .evaluation: "Evalueren"
            }
        case .commandLineHint: "Enter voert uit · Esc annuleert · :q  :help  :theme licht|donker|mono  :taal en"
        case .spaceKey: "spatie"
        case .modeName(let mode):
            switch mode {
            case .start: "startscherm"
            case .help: "hulp"
            case .commandLine: "opdrachtregel"
            case .library: "bibliotheek"
            case .libraryPage: "bibliotheekpagina"
            case .librarySearch: "zoeken"
            case .planner: "planner"
            case .plannerWarnings: "waarschuwingen"
            case .plannerConfirm: "weghalen?"
            case .blockEditor: "blok bewerken"
            case .blockEditorText: "tekst typen"
            case .promptPicker: "prompts kiezen"
            case .choicePicker: "kiezen en zoeken"
            case .promptSearch: "prompts zoeken"
            case .checklist: "voorbereiding"
            case .checklistText: "voorbereidingspunt typen"
            case .templateName: "naam van het sjabloon typen"
            case .meetingEditor: PlannerText.modeMeetingEditor.dutch
            case .meetingEditorText: PlannerText.modeMeetingEditorText.dutch
            case .newSeries: "nieuwe serie"
            case .localHelp: "lokaal adres"
            case .localHelpText: "lokaal adres, typen"
            case .newSeriesText: "nieuwe serie, typen"
            case .live: "bijeenkomst"
            case .liveAttendance: "aanwezigheid"
            case .liveAttendanceText: "aanwezigheid, typen"
            case .liveDeck: "stellingen"
            case .liveDeckLibrary: "stelling uit de bibliotheek"
            case .liveDeckSearch: "bibliotheek doorzoeken"
            case .liveDeckText: "eigen thema typen"
            case .liveRules: "spelregels"
            case .liveHelpCard: "hulpkaart"
            case .liveDirectory: "hulpkaart: alle hulp doorzoeken"
            case .liveDirectorySearch: "hulpkaart: zoeken typen"
            case .liveDisclosure: "als iemand iets vertelt"
            case .liveNote: "notitie"
            case .liveAgreement: "afspraak typen"
            case .liveSignal: "signaal"
            case .privacy: "scherm uit"
            case .liveConfirmEnd: "afsluiten"
            case .evaluation: "evaluatie"
            case .evaluationText: "evaluatie, typen"
            case .evaluationConfirmEdit: "evaluatie, wijzigen?"
            case .overview: "overzicht"
            case .overviewFilter: "filters"
            case .overviewTarget: "doel"
            case .overviewBundle: "bundel"
            case .overviewTables: "tabellen"
            case .summary: "serie in één oogopslag"
            case .summaryRecords: "vastgelegd in de bijeenkomst"
            case .summaryRecordsConfirm: "intrekken?"
            case .followUps: "opvolging"
            case .themeReview: "eigen thema's beoordelen"
            }

        case .status(let status):
            switch status {
            case .unknownCommand(let word): "Onbekende opdracht ':\(word)'. Typ :help voor wat er kan."
            case .themeChanged(let theme): "Kleuren: \(Text.themeName(theme).dutch)."
            case .unknownTheme(let word):
                word.isEmpty
                    ? "Welk thema? Typ :theme licht, :theme donker of :theme mono."
                    : "Onbekend thema '\(word)'. Kies licht, donker of mono."
            case .languageChanged(let language): "Taal: \(Text.languageName(language).dutch)."
            case .unknownLanguage(let word): "Onbekende taal '\(word)'. Kies nl of en."
            case .pathCompletion(.noMatch): "Geen map of bestand begint zo."
            case .pathCompletion(.unreadableFolder(let folder)): "Map \(folder) is er niet of is niet te lezen."
            case .mouseChanged(let on):
                on ? "Muis aan: scrollen en klikken kiest." : "Muis uit: de terminal selecteert weer tekst."
            case .unknownMouse(let word):
                word.isEmpty ? "Muis aan of uit? Typ :muis aan of :muis uit." : "Onbekend '\(word)'. Kies aan of uit."
            case .preferencesUnreadable(let path, let problem):
                "\(path)\(problem.line > 0 ? ":\(problem.line)" : ""): \(Text.preferencesProblem(problem.reason).dutch); voorkeuren niet gebruikt, bestand blijft zoals het is."
            case .preferencesNotSaved(let path, let reason):
                "Voorkeuren niet bewaard in \(path) (\(reason)); ze gelden tot je stopt."
            case .loadFailed(let failure): "De series konden niet gelezen worden: \(failure.dutch)"
            case .libraryProblems(let count): Text.libraryProblems(count).dutch
            case .libraryFailed(let failure): "Bibliotheek niet te lezen (dialoog check zegt waarom): \(failure.dutch)"
            case .terminalNotUTF8: Text.notUTF8.dutch
            case .plan(let notice): PlannerText.notice(notice).dutch
            case .live(let notice): LiveText.notice(notice).dutch
            case .evaluation(let notice): EvaluationText.notice(notice).dutch
            case .overview(let notice): OverviewText.notice(notice).dutch
            case .localHelp(let notice): LocalHelpText.notice(notice).dutch
            }
        case .themeName(let theme):
            switch theme {
            case .dark: "donker"
            case .light: "licht"
            case .mono: "zwart-wit"
            }
        case .languageName(let language):
            switch language {
            case .nl: "Nederlands"
            case .en: "Engels"
            }

        case .tooSmall(let size): "Het venster is te klein (\(size.width)×\(size.height))."
        case .tooSmallAdvice(let minimum):
            "dialoog heeft minstens \(minimum.width)×\(minimum.height) nodig. "
                + "Maak het venster groter of de letters kleiner; er gaat niets verloren."

        case .notUTF8: "Geen UTF-8: accenten vereenvoudigd. Zet LANG=nl_NL.UTF-8."
        case .preferencesProblem(let reason):
            switch reason {
            case .notASetting: "geen 'naam = waarde'"
            case .unknownKey(let key): "onbekende voorkeur '\(key)' (theme, language of mouse)"
            case .badValue(let key, let value): "'\(value)' kan niet voor \(key)"
            case .cannotRead(let reason): "niet te lezen (\(reason))"
            case .notText: "geen tekst (UTF-8)"
            }

        case .contentNotFound(let looked):
            "De mappen methods/ en content/ zijn niet gevonden. Gezocht in: \(looked.joined(separator: ", ")). "
                + "Zet DIALOOG_SHARE op de map waarin ze staan, of installeer dialoog opnieuw met make install."
        case .contentFolderMissing(let path): "De map \(path) (--content) bestaat niet."
        case .noResults(let query): "Niets gevonden voor '\(query)'."
        case .resultCount(let count): "\(count) \(count == 1 ? "resultaat" : "resultaten")"
        case .libraryTitle: "Bibliotheek"
        case .helpLegend: "! acuut · ? bron ouder dan 12 maanden · a nieuw lokaal adres · e bewerken"
        case .commonBaseSummary: "werkvormen, spelregels, socratische principes, tips en waarschuwingen"
        case .pagePosition(let first, let last, let total): "regel \(first)-\(last) van \(total)"
        case .libraryTab(let tab):
            switch tab {
            case .methods: "Methodieken"
            case .themes: "Thema's"
            case .help: "Hulp"
            case .glossary: "Begrippen"
            }
        case .anonymity(let value):
            switch value {
            case .ja: "Anoniem: ja"
            case .nee: "Anoniem: nee"
            case .deels: "Anoniem: deels"
            }
        case .professionalsOnly: "Alleen voor professionals"
        case .hitKind(let kind):
            switch kind {
            case .methodology: "methodiek"
            case .passage: "passage"
            case .theme: "thema"
            case .prompt: "prompt"
            case .help: "hulp"
            case .term: "begrip"
            }
        case .searchLabel: "Zoek: "
        case .libraryLoading: "Bibliotheek wordt gelezen…"
        case .libraryProblems(let count):
            "\(count) \(count == 1 ? "probleem" : "problemen") in de inhoud: draai dialoog check"
        case .libraryEmpty: "Hier staat nog niets."

        case .storeNewerDatabase(let path, let unknown):
            "\(path) is bijgewerkt door een nieuwere versie van dialoog "
                + "(onbekende stappen: \(unknown.joined(separator: ", "))). "
                + "Deze versie laat het bestand ongemoeid; installeer de nieuwste dialoog om het te openen."
        case .storeNotDialoog(let path):
            "\(path) is geen database van dialoog. Het bestand is niet aangeraakt; "
                + "kies een ander bestand met --db, of verplaats dit bestand."
        case .storeDamaged(let path, let detail):
            "\(path) is beschadigd (\(detail)). Het bestand is niet aangeraakt; "
                + "zet een reservekopie terug of start met een nieuw bestand via --db."
        case .storeCannotCreateFolder(let path, let detail):
            "De map \(path) kan niet gemaakt worden (\(detail)). Kies een andere plek met --db."
        case .storeCannotOpen(let path, let detail):
            "kan niet openen of schrijven: \(detail); controleer de rechten op het bestand en de map (\(path))"
        case .storePlanChanged(let series):
            "het plan van '\(series)' is intussen elders gewijzigd (dialoog plan import?); "
                + "je wijziging is niet opgeslagen, de planner toont het plan zoals het nu bewaard is"
        case .storeDiskFull(let path):
            "de schijf is vol; maak ruimte vrij en probeer het opnieuw (\(path))"
        case .storeSeriesAlreadyExists(let id, let name):
            "Er is al een serie met id \(id) ('\(name)'). Er is niets opgeslagen; "
                + "geef de nieuwe serie een eigen id, of pas de bestaande serie aan."
        case .storeIdInOtherSeries(let id, let series):
            "id '\(id)' hoort al bij de serie '\(series)'; haal de regel met dit id weg, dan krijgt het blok of de bijeenkomst een nieuw id. Er is niets opgeslagen."
        case .storeNotSaved(let detail): "De database weigerde de wijziging (\(detail)); er is niets opgeslagen."
        case .storeMeetingAlreadyHeld(let series, let number):
            "Bijeenkomst \(number) van '\(series)' is al begonnen of gehouden en kan niet uit het plan. "
                + "Er is niets opgeslagen; laat de bijeenkomst in het plan staan."
        case .storeAgendaAlreadyHeld(let series, let number):
            "Bijeenkomst \(number) van '\(series)' is al begonnen of gehouden; de blokken ervan veranderen niet meer. "
                + "Er is niets opgeslagen; zet de agenda van die bijeenkomst terug zoals hij was."
        case .storeSeriesMissing(let id): "Er is geen serie met id \(id); 'dialoog series list' toont ze."
        case .storeMeetingMissing(let id):
            "Er is geen bijeenkomst met id \(id); misschien is hij uit het plan gehaald. "
                + "'dialoog series show' toont ze."
        case .storeMeetingEnded(let series, let number):
            "Bijeenkomst \(number) van '\(series)' is al afgesloten en gaat niet opnieuw open; "
                + "'dialoog series show' toont wat er is vastgelegd."
        case .storeOtherMeetingRunning(let series, let number):
            "Bijeenkomst \(number) van '\(series)' loopt nog; sluit die eerst af voordat een andere bijeenkomst begint."
        case .storeSeriesFinished(let series):
            "Alle bijeenkomsten van '\(series)' zijn afgesloten; "
                + "voeg in de planner een extra bijeenkomst toe om verder te gaan."
        case .storeDatabaseMissing(let path):
            "Er is geen database op \(path). Klopt het pad achter --db? Zonder --db gebruikt dialoog zijn eigen database."
        case .storeMeetingNotEnded(let series, let number):
            "Bijeenkomst \(number) van '\(series)' is nog niet afgesloten; sluit haar eerst af, dan kun je evalueren."
        case .storeFollowUpMissing(let id):
            "Er is geen opvolging meer bij \(id); misschien is het signaal, de evaluatie of de serie verwijderd. "
                + "Er is niets opgeslagen."
        case .storeRecordMissing(let id):
            "Er is geen signaal, notitie, gebruikte vraag of genoemd thema met id \(id), of het is al ingetrokken. "
                + "Er is niets veranderd; 'dialoog meeting records' toont de ids."
        case .storePlanSetsState(let series, let number, let state):
            "Het plan geeft bijeenkomst \(number) van de nieuwe serie '\(series)' de stand '\(state)'; alleen het "
                + "programma zelf begint en sluit bijeenkomsten. Er is niets opgeslagen; haal de regel 'state' weg."
        case .storeNotAFile(let path):
            "\(path) is geen gewoon bestand (maar een map, pipe of apparaat). Het is niet aangeraakt; kies een databasebestand met --db."
        case .storeBadValue(let path, let table, let column, let row, let value):
            "Onleesbare waarde '\(value)' in \(table).\(column), rij \(row) van \(path): deze dialoog schrijft die niet. "
                + "Het bestand is niet aangeraakt; zet een reservekopie terug, of open het met de dialoog die het schreef."
        case .helpFileNotWritten(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .printNotWritten(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .bundleRefused(_, let reason): reason
        case .helpEntryNotWritable(let field): "een tekst in '\(field)' bevat een stuurteken"
        case .helpEntryShadowed(let id, let shown):
            "\(id) is bewaard, maar dialoog toont \(shown): een bestand met dezelfde naam in een latere map gaat voor"
        case .helpEntryNotLocal(let id):
            "\(id) komt mee met dialoog en wordt niet overschreven; maak er een lokale kopie van"

        // MARK: dialoog demo and dialoog report
        }
    }
}

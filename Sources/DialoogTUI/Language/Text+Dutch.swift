import DialoogCore

extension Text {
    var dutch: String {
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
        case .today: "vandaag"
        case .tomorrow: "morgen"
        case .weekday(let n): ["zo", "ma", "di", "wo", "do", "vr", "za"][(n - 1) % 7]
        case .month(let n):
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][(n - 1) % 12]

        case .helpTitle(let mode): "Toetsen · \(Text.modeName(mode).dutch)"
        case .helpFooter: "Esc, q of ? sluit deze hulp · ↑↓ scrollt"
        case .group(let group):
            switch group {
            case .moving: "Bewegen"
            case .general: "Algemeen"
            case .commandLine: "Opdrachtregel"
            case .meeting: "Bijeenkomst"
            case .planning: "Plannen"
            case .evaluation: "Evalueren"
            }
        case .hint(let command):
            switch command {
            case .moveUp, .moveDown: "kiezen"
            case .pageUp, .pageDown: "bladeren"
            case .moveFirst, .moveLast: "begin/eind"
            case .help: "help"
            case .openCommandLine: "opdracht"
            case .redraw: "opnieuw tekenen"
            case .quit: "stoppen"
            case .closeOverlay: "sluiten"
            case .submit: "uitvoeren"
            case .deleteBackward: "wissen"
            case .openLibrary: "bibliotheek"
            case .nextTab, .previousTab: "tabblad"
            case .open: "openen"
            case .search: "zoeken"
            case .previousMeeting, .nextMeeting: "kiezen"
            case .addBlock: "erbij"
            case .removeBlock: "weg"
            case .moveBlockUp, .moveBlockDown: "verplaatsen"
            case .duplicateBlock: "dupliceren"
            case .moreMinutes, .fewerMinutes: "minuten"
            case .pickPrompts: "prompts"
            case .checklist: "voorbereiding"
            case .warnings: "waarschuwingen"
            case .addMeeting: "extra"
            case .addAftercare: "nazorg"
            case .removeMeeting: "bijeenkomst weg"
            case .edit: "bewerken"
            case .removePrompt: "weghalen"
            case .toggle: "aan/uit"
            case .allThemes: "alle thema's"
            case .editMeeting: PlannerText.hintEditMeeting.dutch
            case .refillHelpCard: PlannerText.hintRefillHelpCard.dutch
            case .newSeries: "nieuw"
            case .nextField, .previousField: "veld"
            case .previousChoice, .nextChoice: "keuze"
            case .confirm: "bevestigen"
            case .runMeeting, .toggleTimer, .nextBlock, .previousBlock, .attendance, .promptDeck, .groundRules,
                .helpCard, .note, .signal, .privacyScreen, .undo, .endMeeting, .leaveLive, .addParticipant, .countMode,
                .responseOpen, .responseMixed, .responseResistance, .responseSilence, .raiseTheme:
                LiveText.hint(command).dutch
            case .evaluate, .stepBack, .stepForward, .toggleField, .editField, .increase, .decrease, .score1, .score2,
                .score3, .score4, .score5, .clearValue,
                .removeLine, .planIntervisie, .closeEvaluation:
                EvaluationText.hint(command).dutch
            case .openOverview, .showFollowUps, .filter, .clearFilters, .sort, .setTarget, .removeTarget, .markDone,
                .markOpen:
                OverviewText.hint(command).dutch
            }
        case .helpMoveUp: "een regel omhoog"
        case .helpMoveDown: "een regel omlaag"
        case .helpPageUp: "een scherm omhoog"
        case .helpPageDown: "een scherm omlaag"
        case .helpMoveFirst: "naar het begin"
        case .helpMoveLast: "naar het eind"
        case .helpHelp: "deze hulp met de toetsen"
        case .helpCommandLine: "opdracht typen (:q, :help, :theme)"
        case .helpRedraw: "het scherm opnieuw tekenen"
        case .helpQuit: "dialoog verlaten"
        case .helpClose: "sluiten zonder iets te doen"
        case .helpSubmit: "de getypte opdracht uitvoeren"
        case .helpDeleteBackward: "het laatste teken wissen"
        case .helpOpenLibrary: "de bibliotheek openen: methodieken, thema's, hulp, begrippen"
        case .helpNextTab: "volgend tabblad"
        case .helpPreviousTab: "vorig tabblad"
        case .helpOpen: "openen wat onder de cursor staat"
        case .helpSearch: "zoeken in de hele bibliotheek (ids, teksten, vertalingen)"
        case .commandLineHint: "Enter voert uit · Esc annuleert · :q  :help  :theme licht|donker|mono  :taal en"
        case .keysColumn: "Toets"
        case .actionColumn: "Wat het doet"
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
            case .blockEditor: "blok bewerken"
            case .blockEditorText: "tekst typen"
            case .promptPicker: "prompts kiezen"
            case .promptSearch: "prompts zoeken"
            case .checklist: "voorbereiding"
            case .meetingEditor: PlannerText.modeMeetingEditor.dutch
            case .meetingEditorText: PlannerText.modeMeetingEditorText.dutch
            case .newSeries: "nieuwe serie"
            case .newSeriesText: "nieuwe serie, typen"
            case .live, .liveAttendance, .liveAttendanceText, .liveDeck, .liveDeckLibrary, .liveDeckSearch,
                .liveDeckText, .liveRules, .liveHelpCard, .liveNote, .liveSignal, .privacy, .liveConfirmEnd:
                LiveText.modeName(mode).dutch
            case .evaluation, .evaluationText: EvaluationText.modeName(mode).dutch
            case .overview, .overviewFilter, .overviewTarget, .summary, .followUps: OverviewText.modeName(mode).dutch
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
            case .loadFailed(let message): "De series konden niet gelezen worden: \(message)"
            case .libraryProblems(let count): Text.libraryProblems(count).dutch
            case .libraryFailed(let message): "Bibliotheek niet te lezen (dialoog check zegt waarom): \(message)"
            case .terminalNotUTF8: Text.notUTF8.dutch
            case .plan(let notice): PlannerText.notice(notice).dutch
            case .live(let notice): LiveText.notice(notice).dutch
            case .evaluation(let notice): EvaluationText.notice(notice).dutch
            case .overview(let notice): OverviewText.notice(notice).dutch
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

        case .cliAbstract: "Metgezel voor gespreksleiders van dialoogbijeenkomsten."
        case .cliDiscussion:
            "Zonder opdracht opent dialoog het schermprogramma. De gegevens staan in één "
                + "SQLite-bestand, standaard $XDG_DATA_HOME/dialoog/dialoog.sqlite "
                + "(of ~/.local/share/dialoog/dialoog.sqlite)."
        case .cliOptionDatabase: "Het databasebestand (standaard in de XDG-gegevensmap)."
        case .cliOptionLanguage: "De taal van het scherm: nl of en (standaard volgens LANG)."
        case .cliKeysAbstract: "Toont de toetsen van elk scherm, uit dezelfde tabel als de ?-hulp."
        case .cliOptionFormat: "Uitvoer: text of md."
        case .alreadyOpen(let path):
            "dialoog is al open op \(path), in een ander venster of een andere terminal. Ga daarheen, of sluit het "
                + "eerst: twee vensters op één bijeenkomst zouden elkaars aantekeningen overschrijven."
        case .notATerminal:
            "dialoog is een schermprogramma en heeft een terminal nodig voor invoer en uitvoer. "
                + "Start het in een terminalvenster, of zie dialoog --help voor de opdrachten "
                + "die zonder scherm werken."
        case .notUTF8: "Geen UTF-8: accenten vereenvoudigd. Zet LANG=nl_NL.UTF-8."
        case .unknownLanguageOption(let value): "Onbekende taal '\(value)'. Kies nl of en."
        case .badClock(let value):
            "DIALOOG_NOW='\(value)' is geen tijd. Schrijf het als 2026-12-01T19:30:00, of laat het weg."
        case .terminalFailed(let term):
            "De terminal '\(term)' kan niet gestart worden. Zet TERM op bijvoorbeeld xterm-256color."
        case .cliRunAbstract: "Begin of hervat een bijeenkomst in het schermprogramma (live-modus)."
        case .cliRunMeeting: "Het nummer van de bijeenkomst (standaard: die loopt, anders de volgende)."

        case .cliOptionContent: "Extra map met methods/ en content/ (mag vaker); vervangt wat dezelfde id heeft."
        case .contentNotFound(let looked):
            "De mappen methods/ en content/ zijn niet gevonden. Gezocht in: \(looked.joined(separator: ", ")). "
                + "Zet DIALOOG_SHARE op de map waarin ze staan, of installeer dialoog opnieuw met make install."
        case .contentFolderMissing(let path): "De map \(path) (--content) bestaat niet."
        case .checkPathMissing(let path): "\(path) bestaat niet; geef een bestand of map om te controleren."
        case .cliCheckAbstract: "Controleert methods/ en content/ en meldt elke fout als bestand:regel: melding."
        case .cliCheckPaths: "Bestanden of mappen om te controleren (standaard: de meegeleverde en je eigen mappen)."
        case .cliMethodsAbstract: "Toont de methodieken van de zeven organisaties."
        case .cliMethodsListAbstract: "Alle methodieken: organisatie, naam en samenvatting."
        case .cliMethodsShowAbstract: "Eén methodiek helemaal: doel, veranderketen, fasen, bijeenkomsten, regels."
        case .cliMethodID:
            "De id van de methodiek, bijvoorbeeld htib of kezban; basis voor de gemeenschappelijke basis."
        case .cliContentAbstract: "Telt en doorzoekt de thema's, prompts, hulpadressen en begrippen."
        case .cliContentStatsAbstract: "Aantallen prompts per soort, thema en temperatuur."
        case .cliContentSearchAbstract: "Zoekt in ids, teksten en vertalingen; alle woorden moeten voorkomen."
        case .cliQuery: "Wat je zoekt."
        case .cliOptionFormatJSON: "Uitvoer: text of json."
        case .cliFilterTheme: "Alleen dit thema (id)."
        case .cliFilterTemperature: "Alleen deze temperatuur: koud, lauw, warm of heet."
        case .cliFilterKind: "Alleen deze soort: stelling, vraag, casus, huiswerk, woordweb, opening, afsluiting."
        case .cliFilterGroup: "Alleen geschikt voor: ouders, jongeren, vrouwen, mannen, nieuwkomers, gemengd."
        case .checkClean(let files, let methods, let themes, let prompts, let help, let terms):
            "\(files) bestanden in orde: \(methods) methodieken, \(themes) thema's, \(prompts) prompts, "
                + "\(help) hulpadressen, \(terms) begrippen."
        case .checkProblems(let problems, let files):
            "\(problems) \(problems == 1 ? "probleem" : "problemen") in \(files) "
                + "\(files == 1 ? "bestand" : "bestanden"). Verbeter ze en draai dialoog check opnieuw."
        case .checkReplaces(let file, let replaces): "\(file) vervangt \(replaces)"
        case .contentProblemsWarning(let count):
            "Let op: \(count) \(count == 1 ? "probleem" : "problemen") in de inhoud; dialoog check toont ze."
        case .noResults(let query): "Niets gevonden voor '\(query)'."
        case .resultCount(let count): "\(count) \(count == 1 ? "resultaat" : "resultaten")"
        case .statsHeading(let heading):
            switch heading {
            case .library: "Bibliotheek"
            case .kinds: "Prompts per soort"
            case .themes: "Prompts per thema"
            case .temperatures: "Prompts per temperatuur"
            }
        case .libraryTitle: "Bibliotheek"
        case .commonBaseTitle: "Gemeenschappelijke basis"
        case .helpLegend: "! acuut · ? bron ouder dan 12 maanden: controleer nummer en tijden"
        case .commonBaseSummary: "werkvormen, spelregels, socratische principes, tips en waarschuwingen"
        case .pagePosition(let first, let last, let total): "regel \(first)-\(last) van \(total)"
        case .libraryTab(let tab):
            switch tab {
            case .methods: "Methodieken"
            case .themes: "Thema's"
            case .help: "Hulp"
            case .glossary: "Begrippen"
            }
        case .libraryHeading(let heading): heading.dutch
        case .planner(let text): text.dutch
        case .live(let text): text.dutch
        case .evaluation(let text): text.dutch
        case .overview(let text): text.dutch
        case .meetingHeading(let number, let minutes): "Bijeenkomst \(number) · \(minutes) min"
        case .groupSize(let min, let max): "\(min) tot \(max) deelnemers"
        case .aftercareAfter(let weeks): "Na ongeveer \(weeks) weken"
        case .groupChooses(let count): "De groep kiest er \(count):"
        case .origin(let file, let replaces):
            replaces.map { "Uit \(file), vervangt \($0)" } ?? "Uit \(file)"
        case .source(let ref):
            "\(ref.document), \(ref.section)" + (ref.lines.map { ", regels \($0)" } ?? "")
        case .promptKindName(let kind):
            switch kind {
            case .stelling: "Stellingen"
            case .vraag: "Vragen"
            case .casus: "Casussen (Wat als…?)"
            case .huiswerk: "Huiswerk"
            case .woordweb: "Woordweb"
            case .opening: "Openingsvragen"
            case .afsluiting: "Afsluitvragen"
            }
        case .temperatureName(let temperature): temperature.rawValue
        case .anonymity(let value):
            switch value {
            case .ja: "Anoniem: ja"
            case .nee: "Anoniem: nee"
            case .deels: "Anoniem: deels"
            }
        case .professionalsOnly: "Alleen voor professionals"
        case .checkedOn(let date): "Gecontroleerd: \(date)"
        case .checkedOutdated(let date): "Gecontroleerd: \(date), ouder dan 12 maanden: controleer voor gebruik"
        case .hitKind(let kind):
            switch kind {
            case .methodology: "methodiek"
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
        case .minutesShort(let minutes): "\(minutes) min"
        case .minutesRange(let min, let max): "\(min)-\(max) min"

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
            "\(path) kan niet geopend worden (\(detail)). Controleer de rechten op het bestand en de map."
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
        case .storePlanSetsState(let series, let number, let state):
            "Het plan geeft bijeenkomst \(number) van de nieuwe serie '\(series)' de stand '\(state)'; alleen het "
                + "programma zelf begint en sluit bijeenkomsten. Er is niets opgeslagen; haal de regel 'state' weg."
        case .storeNotAFile(let path):
            "\(path) is geen gewoon bestand (maar een map, pipe of apparaat). Het is niet aangeraakt; kies een databasebestand met --db."
        case .storeBadValue(let path, let table, let column, let row, let value):
            "\(path) bevat een waarde die deze dialoog niet kan lezen: '\(value)' in \(table).\(column), rij \(row). "
                + "Het bestand is niet aangeraakt; zet een reservekopie terug, of open het met de dialoog die het schreef."

        // MARK: dialoog demo and dialoog report
        case .cliDemoAbstract: "Laadt demogegevens, zodat elk scherm gevuld is; --remove haalt ze weer weg."
        case .cliDemoScale: "Ongeveer zoveel bijeenkomsten, voor snelheidsmetingen (bijvoorbeeld 10000)."
        case .cliDemoRemove: "Haalt alle demoseries weg; je eigen series blijven staan."
        case .cliDemoScaleOutOfRange(let value, let maximum): "--scale \(value): kies een aantal van 3 tot \(maximum)."
        case .cliDemoRemoveWithScale: "--remove en --scale gaan niet samen: kies er één."
        case .demoLoaded(let series, let meetings, let held, let participants, let evaluations):
            "Demogegevens geladen: \(series) series, \(meetings) bijeenkomsten (\(held) gehouden), "
                + "\(participants) deelnemers onder een bijnaam, \(evaluations) evaluaties."
        case .demoReplaced(let count):
            "De \(count) demoseries van eerder zijn vervangen; je eigen series zijn niet aangeraakt."
        case .demoTargetSet(let meetings, let year):
            "Er was nog geen doel; het demodoel is \(meetings) bijeenkomsten in \(year). Pas het aan in het overzicht."
        case .demoHowToRemove:
            "De series zijn gemarkeerd als demo: dialoog report telt ze alleen met --include-demo. "
                + "Weghalen: dialoog demo --remove"
        case .demoRemoved(let count):
            "\(count) \(count == 1 ? "demoserie" : "demoseries") weggehaald, met alles wat erin stond; "
                + "je eigen series zijn niet aangeraakt."
        case .demoNothingToRemove: "Er staan geen demoseries in deze database; er is niets veranderd."
        case .demoLocked(let path):
            "dialoog is open op \(path), in een ander venster of een andere terminal. Sluit het eerst: "
                + "de demo vervangt series die dat scherm misschien toont. Er is niets veranderd."
        case .demoNoMethods:
            "De bibliotheek heeft geen van de methodieken die de demo gebruikt; dialoog check toont wat er mis is."
        case .cliReportAbstract: "Rapport over de bijeenkomsten: tekst, CSV, JSON of Markdown, zonder namen."
        case .cliReportDiscussion:
            "Telt dezelfde cijfers als het overzicht, met dezelfde filters. Demoseries tellen alleen mee "
                + "met --include-demo. Mensen zijn verschillende bijnamen of een telling; het rapport "
                + "noemt geen deelnemers en geen gespreksleiders."
        case .cliReportOrganisation: "Alleen series van deze organisatie (bijvoorbeeld HTIB)."
        case .cliReportMethod: "Alleen series met deze methodiek (id, bijvoorbeeld kezban)."
        case .cliReportMunicipality: "Alleen series in deze gemeente."
        case .cliReportFacilitator: "Alleen series van deze gespreksleider, zoals in de serie geschreven."
        case .cliReportPeriod: "Een jaar (2026), kwartaal (2026-Q4) of maand (2026-11)."
        case .cliReportFrom: "Vanaf deze dag (JJJJ-MM-DD)."
        case .cliReportTo: "Tot en met deze dag (JJJJ-MM-DD): de dag zelf telt mee."
        case .cliReportIncludeDemo: "Tel de demoseries mee."
        case .cliReportFormat: "Uitvoer: text, csv (één regel per bijeenkomst), json of md (voor de gemeente)."
        case .cliReportOutput: "Schrijf naar dit bestand (alleen voor jou leesbaar) in plaats van naar het scherm."
        case .reportBadPeriod(let value):
            "--period '\(value)' is geen periode. Schrijf een jaar (2026), een kwartaal (2026-Q4) of een maand (2026-11)."
        case .reportBadDate(let option, let value):
            "\(option) '\(value)' is geen datum. Schrijf die als JJJJ-MM-DD, bijvoorbeeld 2026-11-30."
        case .reportPeriodWithDates: "--period en --from/--to gaan niet samen: kies een periode of twee datums."
        case .reportEmptyRange(let from, let to): "--from \(from) ligt na --to \(to); er valt niets tussen."
        case .reportOnlyDemo:
            "Er zijn alleen demoseries die hierbij passen; dialoog report --include-demo telt ze mee."
        case .reportWritten(let path): "Rapport geschreven naar \(path)."
        case .reportCannotWrite(let path, let detail):
            "\(path) kan niet geschreven worden (\(detail)). Kies een andere plek met --output."
        case .reportNotAFile(let path):
            "\(path) is geen gewoon bestand (maar een map, pipe of apparaat) en blijft zoals het is. "
                + "Kies met --output een nieuw of bestaand bestand."
        }
    }
}

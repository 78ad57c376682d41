import DialoogCore
import DialoogTUI

extension CommandText: Words {
    package var dutch: String {
        switch self {
        case .cliTargetAbstract: "Doelen van het programma: toevoegen, tonen met de voortgang, verwijderen."
        case .cliTargetAddAbstract:
            "Zet een doel: een aantal bijeenkomsten, afgeronde series of bereikte mensen in een periode."
        case .cliTargetListAbstract: "Toont elk doel met hoe ver het is, geteld zoals de rapportages tellen."
        case .cliTargetRemoveAbstract: "Verwijdert een doel (het nummer uit dialoog target list)."
        case .cliTargetFigure:
            "Wat telt: meetings (gehouden bijeenkomsten), series (afgeronde series) of people (bereikte mensen)."
        case .cliTargetAmount: "Het aantal dat het doel vraagt, 1 tot 100.000."
        case .cliTargetOrganisation: "Alleen de series van deze organisatie (standaard: alle)."
        case .cliTargetMunicipality: "Alleen de series in deze gemeente (standaard: alle)."
        case .cliTargetId: "Het nummer van het doel, zoals dialoog target list het toont."
        case .targetBadFigure(let value):
            "'\(value)' is geen cijfer voor een doel. Kies meetings, series of people."
        case .targetBadAmount(let value, let maximum):
            "'\(value)' is geen aantal voor een doel. Geef een heel getal van 1 tot en met \(maximum)."
        case .targetNeedsPeriod:
            "Een doel heeft een periode: --period (2026, 2026-Q4, 2026-11) of --from en --to samen "
                + "(bijvoorbeeld --from 2018-01-01 --to 2023-12-31)."
        case .targetUnsafeText(let option): "\(option) bevat stuurtekens; typ de naam zonder."
        case .targetTextTooLong(let option, let maximum): "\(option) is langer dan \(maximum) tekens."
        case .targetBadId(let value): "'\(value)' is geen doelnummer. dialoog target list toont de nummers."
        case .targetAdded(let id): "Doel #\(id) staat erin."
        case .targetRemoved(let id): "Doel #\(id) is verwijderd."
        case .targetNotFound(let id): "Er is geen doel #\(id). dialoog target list toont de nummers."
        case .noTargets: "Er zijn nog geen doelen. Zet er een met dialoog target add."
        case .keysColumn: "Toets"
        case .actionColumn: "Wat het doet"
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
        case .unknownLanguageOption(let value): "Onbekende taal '\(value)'. Kies nl of en."
        case .badClock(let value):
            "DIALOOG_NOW='\(value)' is geen tijd. Schrijf het als 2026-12-01T19:30:00, of laat het weg."
        case .municipalitySpelling(let typed, let existing):
            "Gemeente '\(typed)' staat in andere series als '\(existing)'. Schrijf het zo (--municipality "
                + "'\(existing)'), dan tellen ze in het overzicht en in rapporten samen."
        case .badZone(let value):
            "DIALOOG_TZ='\(value)' is geen tijdzone die deze computer kent (zoals Europe/Brussels); "
                + "data gelden in de tijd van Europe/Amsterdam."
        case .terminalFailed(let term):
            "De terminal '\(term)' kan niet gestart worden. Zet TERM op bijvoorbeeld xterm-256color."
        case .cliRunAbstract: "Begin of hervat een bijeenkomst in het schermprogramma (live-modus)."
        case .cliRunMeeting: "Het nummer van de bijeenkomst (standaard: die loopt, anders de volgende)."
        case .cliOptionContent: "Extra map met methods/ en content/ (mag vaker); vervangt wat dezelfde id heeft."
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
        case .cliFilterGroup:
            "Alleen geschikt voor: ouders, moeders, vaders, jongeren, vrouwen, mannen, nieuwkomers, ouderen, lhbt, "
                + "gemengd."
        case .checkClean(let files, let methods, let themes, let prompts, let help, let terms):
            "\(files) bestanden in orde: \(methods) methodieken, \(themes) thema's, \(prompts) prompts, "
                + "\(help) hulpadressen, \(terms) begrippen."
        case .checkProblems(let problems, let files):
            "\(problems) \(problems == 1 ? "probleem" : "problemen") in \(files) "
                + "\(files == 1 ? "bestand" : "bestanden"). Verbeter ze en draai dialoog check opnieuw."
        case .checkReplaces(let file, let replaces): "\(file) vervangt \(replaces)"
        case .checkWarnings(let count):
            "\(count) \(count == 1 ? "waarschuwing" : "waarschuwingen"): de Nederlandse tekst is veranderd na het "
                + "vertalen; tot de vertaling bijgewerkt is, toont dialoog daar het Nederlands."
        case .contentProblemsWarning(let count):
            "Let op: \(count) \(count == 1 ? "probleem" : "problemen") in de inhoud; dialoog check toont ze."
        case .statsHeading(let heading):
            switch heading {
            case .library: "Bibliotheek"
            case .kinds: "Prompts per soort"
            case .themes: "Prompts per thema"
            case .temperatures: "Prompts per temperatuur"
            case .translations: "Vertaald (teksten per taal en soort)"
            }
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
            "De series zijn gemarkeerd als demo: het overzicht telt ze alleen met 'demo tonen' (f), "
                + "dialoog report alleen met --include-demo. "
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
                + "noemt geen deelnemers en geen gespreksleiders. Series heten organisatie · gemeente · "
                + "nummer; eigen thema's van groepen staan er alleen in als bibliotheekthema of als de "
                + "coördinator ze in het overzicht vrijgaf."
        case .cliReportOrganisation: "Alleen series van deze organisatie (bijvoorbeeld HTIB)."
        case .cliReportMethod: "Alleen series met deze methodiek (id, bijvoorbeeld kezban)."
        case .cliReportMunicipality: "Alleen series in deze gemeente."
        case .cliReportFacilitator: "Alleen series van deze gespreksleider, zoals in de serie geschreven."
        case .cliReportPeriod: "Een jaar (2026), kwartaal (2026-Q4) of maand (2026-11)."
        case .cliReportFrom: "Vanaf deze dag (JJJJ-MM-DD)."
        case .cliReportTo: "Tot en met deze dag (JJJJ-MM-DD): de dag zelf telt mee."
        case .cliReportIncludeDemo: "Tel de demoseries mee."
        case .cliReportWithSeriesNames:
            "Noem series bij hun eigen naam in plaats van organisatie · gemeente · nummer (alleen voor intern gebruik)."
        case .cliReportFormat:
            "Uitvoer: text, csv (één regel per bijeenkomst), json, md of html (voor de gemeente, om af te drukken)."
        case .cliReportExcel:
            "Met --format csv: een bestand dat Excel en LibreOffice in het Nederlands goed openen "
                + "(puntkomma's, UTF-8 met BOM, bovenaan periode en filters)."
        case .reportExcelNeedsCSV: "--excel hoort bij --format csv: voeg --format csv toe of laat --excel weg."
        case .cliReportCompare:
            "previous: zet de kerncijfers naast die van de periode ervoor, even lang, met het verschil "
                + "(text, md, json en html; csv blijft één regel per bijeenkomst van de gekozen periode)."
        case .reportCompareNeedsPeriod:
            "--compare previous heeft een periode met begin en eind nodig: geef --period, of --from en --to."
        case .reportCompareNoPrevious:
            "Voor deze periode is er geen even lange periode ervoor (te vroeg of langer dan honderd jaar); "
                + "kies een kortere of latere periode."
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
        case .reportNotAFile(let path):
            "\(path) is geen gewoon bestand (maar een map, pipe of apparaat) en blijft zoals het is. "
                + "Kies met --output een nieuw of bestaand bestand."
        case .reportCannotWrite(let path, let detail):
            "\(path) kan niet geschreven worden (\(detail)). Kies een andere plek met --output."
        case .cliMeetingAbstract: "Wat in een bijeenkomst is vastgelegd achteraf bekijken, verbeteren of intrekken."
        case .cliMeetingRecordsAbstract:
            "Toont de signalen, notities, gebruikte vragen en genoemde thema's van een bijeenkomst, met hun id."
        case .cliMeetingWithdrawAbstract:
            "Trekt een vastgelegd signaal, notitie, vraag of thema in: het telt nergens meer mee, de datum blijft zichtbaar."
        case .cliMeetingCorrectAbstract:
            "Verbetert een vastgelegd signaal (--category, --response), vraag (--response) of notitie/thema (--text)."
        case .cliMeetingNumber: "Het nummer van de bijeenkomst."
        case .cliRecordID: "De id uit 'dialoog meeting records' (het begin is genoeg als het maar één past)."
        case .cliOptionCategory: "De soort signaal, bijvoorbeeld huiselijk-geweld of anders."
        case .cliOptionResponse:
            "Bij een signaal: hulpkaart, onder-vier-ogen, coordinator, veilig-thuis-advies, warme-verwijzing of acuut-112; bij een vraag: open, gemengd, weerstand, stilte of geen."
        case .cliOptionText: "De verbeterde tekst van een notitie of genoemd thema."
        case .entriesNone(let meeting): "In bijeenkomst \(meeting) is niets vastgelegd."
        case .entryWithdrawnDone(let id): "Ingetrokken: \(id). Het telt in geen overzicht meer mee."
        case .entryCorrectedDone(let id): "Verbeterd: \(id)."
        case .entryAmbiguous(let prefix, let count):
            "'\(prefix)' past bij \(count) vastleggingen; geef meer tekens van de id uit 'dialoog meeting records'."
        case .entryCorrectionNeeded(let kind):
            switch kind {
            case .signal: "Geef bij een signaal --category, --response of beide."
            case .promptUse: "Geef bij een vraag --response (open, gemengd, weerstand, stilte of geen)."
            case .note, .raisedTheme: "Geef de verbeterde tekst met --text."
            }
        case .entryBadValue(let option, let value, let allowed):
            "\(option) '\(value)' kan hier niet; kies uit: \(allowed.joined(separator: ", "))."
        case .entryBadText(let max):
            "--text moet tussen 1 en \(max) tekens lang zijn, zonder stuurtekens. Er is niets veranderd."
        }
    }
}

import DialoogCore
import DialoogPrint

extension OverviewWords: Words {
    package var dutch: String {
        switch self {
        case .title: "overzicht"
        case .loading: "Het overzicht wordt gelezen…"
        case .everything: "alle series"
        case .filterCount(let count): count == 1 ? "1 filter" : "\(count) filters"
        case .period(let period):
            switch period {
            case .all: "hele periode"
            case .thisMonth: "deze maand"
            case .thisQuarter: "dit kwartaal"
            case .lastQuarter: "vorig kwartaal"
            case .thisYear: "dit jaar"
            case .lastYear: "vorig jaar"
            case .last12Months: "laatste 12 hele maanden"
            }
        case .range(let from, let through): "\(from)–\(through)"
        case .withoutDemo: "zonder demo"
        case .withDemo: "met demo"
        case .seriesCount(let count): count == 1 ? "1 serie" : "\(count) series"
        case .meetingsHeld(let held, let planned, let short):
            short ? "\(held)/\(planned) gehouden" : "\(held) van \(planned) bijeenkomsten gehouden"
        case .reached(let count, let short): short ? "\(count) bereikt" : "\(count) mensen bereikt"
        case .cameToAll(let all, let first, let percent, let short):
            (short ? "alle drie \(all)/\(first)" : "bij alle drie: \(all) van \(first)")
                + (percent.map { " (\($0)%)" } ?? "")
        case .cameToAllUnknown(let short): short ? "alle drie: –" : "bij alle drie: nog niet bekend"
        case .safety(let average, let short):
            average.map { short ? "veiligheid \($0)" : "veiligheid gem. \($0)" }
                ?? (short ? "veiligheid: –" : "veiligheid: nog niets geëvalueerd")
        case .signals(let counts, let short):
            (counts.total == 1 ? "1 signaal" : "\(counts.total) signalen")
                + (short
                    ? ""
                    : " (\(counts.warm) warm, \(counts.helpCard) hulpkaart, \(counts.acute)× 112"
                        + (counts.total > counts.warm + counts.helpCard + counts.acute
                            ? ", \(counts.total - counts.warm - counts.helpCard - counts.acute) besproken" : "") + ")")
        case .followUpsOpen(let count): "opvolging \(count) open"
        case .overdue(let count): "\(count) te laat"
        case .targetLabel: "Doel"
        case .targetProgress(let reached, let amount, let figure, let percent):
            "\(reached) van \(amount) "
                + {
                    switch figure {
                    case .meetingsHeld: "bijeenkomsten"
                    case .seriesCompleted: "series afgerond"
                    case .peopleReached: "mensen bereikt"
                    }
                }()
                + " (\(percent)%)"
        case .targetPace(let pace): "nog \(pace) per maand"
        case .moreTargets(let count): "+\(count) \(count == 1 ? "doel" : "doelen")"
        case .targetReached: "gehaald"
        case .noTarget: "Nog geen doel. t zet er een: een aantal bijeenkomsten in een periode."
        case .noTargetShort: "Nog geen doel; t zet er een."

        case .tab(let tab):
            switch tab {
            case .series: "Series"
            case .charts: "Grafieken"
            case .followUps: "Opvolging"
            case .themes: "Thema's"
            case .tables: "Tabellen"
            }
        case .sortedBy(let sort):
            "sortering: "
                + {
                    switch sort {
                    case .date: "datum"
                    case .name: "naam"
                    case .organisation: "organisatie"
                    case .held: "gehouden"
                    case .reached: "bereikt"
                    case .retention: "alle drie"
                    case .safety: "veiligheid"
                    case .signals: "signalen"
                    }
                }()
        case .column(let column):
            switch column {
            case .name: "serie"
            case .organisation: "organisatie"
            case .held: "geh."
            case .reached: "ber."
            case .cameToAll: "alle 3"
            case .safety: "veil."
            case .signals: "sign."
            case .dates: "data"
            case .municipality: "gemeente"
            case .method: "methodiek"
            }
        case .columnShort(let column): column == .organisation ? "org." : OverviewWords.column(column).dutch
        case .demo: "DEMO"
        case .legend: "geh.: gehouden · ber.: bereikt · alle 3: bij alle drie · veil.: veiligheid 1-5"
        case .emptyOverview:
            "Er zijn nog geen series om te tellen. Maak er een met n op het startscherm, of laad "
                + "voorbeeldgegevens met dialoog demo en zet onder f 'demo tonen' aan: demoseries tellen alleen "
                + "mee als je ze toont, net als in elk rapport."
        case .emptyFiltered: "Geen series met deze filters. f past de filters aan, x wist ze."

        case .chartTitle(let kind):
            switch kind {
            case .perOrganisation: "GEHOUDEN PER ORGANISATIE"
            case .perNumber: "AANWEZIG PER BIJEENKOMST"
            case .perMonth: "GEHOUDEN PER MAAND"
            case .perTheme: "GEBRUIKTE PROMPTS PER THEMA"
            case .raisedThemes: "ZELF INGEBRACHT (AANTAL GROEPEN)"
            }
        case .chartEmpty: "nog niets"
        case .chartWaiting: "de bibliotheek wordt gelezen…"
        case .meetingNumberHeld(let number, let held): "nr. \(number) (\(held)×)"
        case .month(let year, let month): "\(LibraryText.month(month).dutch) \(year)"
        case .noTheme: "zonder thema"
        case .withheldThemes: "eigen thema (niet vrijgegeven)"
        case .chartsHint: "Volgens de filters; aanwezig: deelnemers of telling; (4×): zo vaak gehouden"
        case .grouping(let grouping):
            switch grouping {
            case .municipality: "per gemeente"
            case .method: "per methodiek"
            case .organisation: "per organisatie"
            }
        case .groupSeriesColumn: "series"
        case .groupTargetColumn: "doel"
        case .tablesHint: "Telt als het rapport · doel: over zijn eigen periode"

        case .kind(let kind):
            switch kind {
            case .signaal: "signaal"
            case .nazorg: "nazorg"
            case .intervisie: "intervisie"
            }
        case .themeDecision(let approved):
            switch approved {
            case true?: "vrijgegeven"
            case false?: "blijft hier"
            case nil: "nieuw"
            }
        case .themeGroups(let count): count == 1 ? "1 groep" : "\(count) groepen"
        case .recommendationMark: "advies: "
        case .noThemesToReview:
            "Geen eigen thema's om te beoordelen. Wat een groep zelf inbrengt en niet als thema in de "
                + "bibliotheek staat, komt hier; pas na vrijgeven staat het in rapporten en grafieken."
        case .themesHint: "a geeft vrij voor rapporten · r houdt het hier · geef nooit namen vrij"
        case .lateMark: "te laat"
        case .doneMark: "gedaan"
        case .noFollowUps:
            "Geen open opvolging bij deze series. Signalen met een vervolgdatum, nazorg en intervisie komen hier."
        case .followUpsHint: "spatie handelt af · u zet weer open · Enter opent de serie"
        case .startHeading(let count): "OPVOLGEN (\(count))"
        case .startMore(let count): "+\(count) meer"
        case .startKey: "v alle opvolging"

        case .filterTitle: "Filters"
        case .filterRow(let row):
            switch row {
            case .organisation: "organisatie"
            case .method: "methodiek"
            case .municipality: "gemeente"
            case .facilitator: "gespreksleider"
            case .laptop: "laptop"
            case .period: "periode"
            case .demo: "demo tonen"
            }
        case .all: "alle"
        case .yes: "ja"
        case .no: "nee"
        case .filterHint: "Elke keuze telt meteen mee. x wist alle filters."
        case .targetTitle: "Doel"
        case .targetMeetings: "bijeenkomsten"
        case .targetPeriod: "periode"
        case .keptPeriod(let range): "zoals gezet: \(range)"
        case .bundleExportTitle: "Bundel voor de coördinator"
        case .bundleImportTitle: "Bundel inlezen"
        case .bundlePath: "bestand"
        case .bundleRecipient: "sleutel"
        case .bundleExportHint(let series):
            "De \(series) series van dit overzicht, versleuteld voor de sleutel (age1…). Leeg: de "
                + "coördinatorsleutel van deze laptop. Zonder bijnamen en notities. ↑↓ wisselt, Enter schrijft."
        case .bundleImportHint:
            "Een bundel, onversleuteld of voor de coördinatorsleutel van deze laptop. Alles of niets wordt "
                + "ingelezen. Enter leest in, Esc sluit."
        case .targetHint: "Typ het aantal. ←→ kiest de periode, Enter bewaart, x haalt het doel weg."

        case .section(let section):
            switch section {
            case .attendance: "OPKOMST PER BIJEENKOMST"
            case .walked: "HET PAD DAT DE GROEP LIEP"
            case .prompts: "GEBRUIKTE PROMPTS"
            case .raisedThemes: "THEMA'S DIE DE GROEP ZELF INBRACHT"
            case .agreements: "AFSPRAKEN VAN DE GROEP"
            case .recommendations: "ADVIES AAN DE GEMEENTE"
            case .volunteers: "UREN, ONKOSTEN EN SAMENWERKING"
            case .followUps: "OPEN OPVOLGING"
            }
        case .expensesTotal(let euros): "€ \(euros) onkosten"
        case .collaborationAverage(let average):
            "samenwerking \(average) op 5"
        case .sectionEmpty(let section):
            switch section {
            case .attendance: "nog geen bijeenkomsten"
            case .walked: "nog geen blok met de timer gelopen"
            case .prompts: "nog geen prompts gebruikt"
            case .raisedThemes: "nog geen eigen thema's genoteerd"
            case .agreements: "nog geen afspraken genoteerd"
            case .recommendations: "nog geen advies genoteerd"
            case .volunteers: "nog niets ingevuld"
            case .followUps: "niets open"
            }
        case .attended(let count, let expected): expected.map { "\(count) van \($0) verwacht" } ?? "\(count) gekomen"
        case .meetingState(let state):
            switch state {
            case .planned: "gepland"
            case .running: "loopt nu"
            case .ended: "gehouden"
            }
        case .evaluated: "geëvalueerd"
        case .notEvaluated: "geen evaluatie"
        case .landed: "landde"
        case .unplanned: "niet gepland"
        case .noThemeMark: "zonder thema"
        case .summaryFigures(let reached): "\(reached) mensen bereikt"
        case .summaryHint: "↑↓ scrollt · ←→ kiest een bijeenkomst · Enter: evaluatie · r: wat er is vastgelegd"
        case .entryKind(let kind):
            switch kind {
            case .signal: "signaal"
            case .note: "notitie"
            case .promptUse: "vraag"
            case .raisedTheme: "thema"
            }
        case .entryCorrected(let day, let withdrawn): withdrawn ? "ingetrokken op \(day)" : "gecorrigeerd op \(day)"
        case .recordsTitle(let kind, let number):
            "Vastgelegd in \(LiveWords.meetingName(kind, number: number).localized(.nl).lowercased())"
        case .recordsEmpty: "In deze bijeenkomst is niets vastgelegd."
        case .recordsLoading: "Even lezen…"
        case .recordsHint: "x trekt een vergissing in (na j/n); verbeteren kan met dialoog meeting correct."
        }
    }
}

import DialoogCore

extension ReportText: Words {
    private static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    package var dutch: String {
        switch self {
        case .year(let year): "\(year)"
        case .quarter(let year, let quarter): "\(quarter)e kwartaal \(year)"
        case .month(let year, let month): "\(Self.months[month - 1]) \(year)"
        case .day(let year, let month, let day): "\(day) \(Self.months[month - 1]) \(year)"
        case .between(let from, let to): "\(from) t/m \(to)"
        case .since(let from): "vanaf \(from)"
        case .until(let to): "t/m \(to)"
        case .allTime: "alle bijeenkomsten"
        case .filterOrganisation(let name): "organisatie \(name)"
        case .filterMethod(let name): "methodiek \(name)"
        case .filterMunicipality(let name): "gemeente \(name)"
        case .filterLaptop(let id): "laptop \(id)"
        case .filterFacilitator: "één gespreksleider"
        case .demoIncluded: "met demoseries"
        case .demoExcluded: "zonder demoseries"
        case .generated(let day, let time): "Gemaakt op \(day) om \(time)"

        case .decimal(let value): Self.oneDecimal(value, separator: ",")
        case .percent(let value): "\(value)%"

        case .title: "Dialoogbijeenkomsten"
        case .keyFigures: "Kerncijfers"
        case .perOrganisation: "Per organisatie"
        case .perMunicipality: "Per gemeente"
        case .perMethod: "Per methodiek"
        case .noMunicipality: "zonder gemeente"
        case .seriesHeading: "Series"
        case .wentWell: "Wat goed ging"
        case .raisedThemes: "Thema's die groepen zelf inbrachten"
        case .promptsPerTheme: "Gebruik van prompts per thema"
        case .recommendationsHeading: "Adviezen aan de gemeente"
        case .compareHeading(let previous): "Vergeleken met de periode ervoor (\(previous))"
        case .howCounted: "Zo is geteld"

        case .label(let figure):
            switch figure {
            case .meetingsHeld: "Bijeenkomsten gehouden"
            case .series: "Series"
            case .reached: "Mensen bereikt"
            case .cameToAll: "Bij alle drie bijeenkomsten"
            case .averageSafety: "Gemiddelde ervaren veiligheid"
            case .headcountParts: "Geteld: vrouwen, mannen, jongeren"
            case .professionals: "Professionals aanwezig"
            case .useful: "Vond de bijeenkomst nuttig"
            case .heard: "Voelde zich gehoord"
            case .venues: "Soort locatie (series)"
            case .languages: "Talen (series)"
            case .targetGroups: "Doelgroepen (series)"
            case .collaboration: "Samenwerking met lokale professionals"
            case .volunteerHours: "Uren vrijwilligers"
            case .expenses: "Onkosten"
            case .signals: "Signalen en verwijzingen"
            case .followUps: "Open vervolgafspraken"
            case .target: "Doel"
            }
        case .heldValue(let held, let planned): "\(held) van \(planned) gepland"
        case .seriesValue(let series, let completed): "\(series), waarvan \(completed) afgerond"
        case .cameToAllValue(let all, let first, let percent):
            "\(all) van de \(first) die bij bijeenkomst 1 waren (\(percent)%)"
        case .safetyValue(let average, let evaluated):
            "\(average) op 5, over \(evaluated) \(evaluated == 1 ? "bijeenkomst" : "bijeenkomsten") met een score"
        case .signalsValue(let counts):
            "\(counts.total): hulpkaart \(counts.helpCard), warme verwijzing \(counts.warm), acuut (112) \(counts.acute)"
                + (counts.privateTalk > 0 ? ", onder vier ogen \(counts.privateTalk)" : "")
                + (counts.coordinator > 0 ? ", met coördinator \(counts.coordinator)" : "")
                + (counts.adviceCall > 0 ? ", advies Veilig Thuis \(counts.adviceCall)" : "")
        case .followUpsValue(let open, let overdue): "\(open), waarvan \(overdue) over de datum"
        case .headcountPartsValue(let women, let men, let young, let meetings):
            "vrouwen \(women) · mannen \(men) · jongeren \(young), over \(meetings) getelde "
                + (meetings == 1 ? "bijeenkomst" : "bijeenkomsten")
        case .professionalsValue(let present, let meetings):
            "\(present), over \(meetings) \(meetings == 1 ? "bijeenkomst" : "bijeenkomsten") met namen"
        case .handsValue(let yes, let partly, let no, let meetings):
            "ja \(yes) · deels \(partly) · nee \(no), over \(meetings) \(meetings == 1 ? "evaluatie" : "evaluaties")"
        case .perSeriesValue(let counts): counts.map { "\($0.name) \($0.count)" }.joined(separator: " · ")
        case .comparedLabel(let figure):
            switch figure {
            case .meetingsHeld: "Bijeenkomsten gehouden"
            case .series: "Series"
            case .seriesCompleted: "Series afgerond"
            case .reached: "Mensen bereikt"
            case .cameToAll: "Bij alle drie bijeenkomsten"
            case .averageSafety: "Gemiddelde ervaren veiligheid"
            case .women: "Geteld: vrouwen"
            case .men: "Geteld: mannen"
            case .young: "Geteld: jongeren"
            case .professionals: "Professionals aanwezig"
            case .usefulYes: "Vond het nuttig (ja)"
            case .heardYes: "Voelde zich gehoord (ja)"
            case .volunteerHours: "Uren vrijwilligers"
            case .expenses: "Onkosten (€)"
            case .signals: "Signalen en verwijzingen"
            }
        case .collaborationValue(let average, let evaluated):
            "\(average) op 5, over \(evaluated) \(evaluated == 1 ? "bijeenkomst" : "bijeenkomsten") met een score"
        case .hoursValue(let hours, let meetings):
            "\(hours) uur, over \(meetings) \(meetings == 1 ? "bijeenkomst" : "bijeenkomsten")"
        case .expensesValue(let euros, let meetings):
            "€ \(euros), over \(meetings) \(meetings == 1 ? "bijeenkomst" : "bijeenkomsten")"
        case .targetValue(let reached, let amount, let figure, let percent, let period, let pace):
            "\(reached) van \(amount) \(Self.dutchFigure(figure)) (\(percent)%, \(period))"
                + (reached >= amount ? "; gehaald" : pace.map { "; nog \($0) per maand nodig" } ?? "; niet gehaald")
        case .targetLabel(let scope): scope.isEmpty ? "Doel" : "Doel (\(scope.joined(separator: " · ")))"
        case .notKnownYet: "nog niet bekend"
        case .noTarget: "geen doel gezet"

        case .column(let column):
            switch column {
            case .organisation: "Organisatie"
            case .held: "Gehouden"
            case .name: "Serie"
            case .method: "Methodiek"
            case .municipality: "Gemeente"
            case .reached: "Bereikt"
            case .cameToAll: "Alle drie"
            case .safety: "Veiligheid"
            case .signals: "Signalen"
            case .theme: "Thema"
            case .groups: "Groepen"
            case .times: "Keer"
            case .recommendation: "Advies"
            case .seriesCount: "Series"
            case .figure: "Kerncijfer"
            case .difference: "Verschil"
            }
        case .withoutTheme: "zonder thema"
        case .demoMark: "demo"
        case .noMeetings: "Geen bijeenkomsten die bij dit filter passen."

        case .safeMeetings(let high, let evaluated):
            "In \(high) van de \(evaluated) geëvalueerde bijeenkomsten was de ervaren veiligheid 4 of 5 (op 5)."
        case .retention(let all, let first, let percent):
            "\(all) van de \(first) deelnemers van een eerste bijeenkomst \(all == 1 ? "kwam" : "kwamen") "
                + "bij alle drie (\(percent)%)."
        case .completedSeries(let completed, let series):
            "\(completed) van de \(series) series \(completed == 1 ? "hield" : "hielden") alle drie de bijeenkomsten."
        case .landedIntro: "Prompts die volgens de gespreksleiders het vaakst aansloegen:"
        case .landedPrompt(let text, let count): "\(text) (\(count) keer)"
        case .targetProgress(let reached, let amount, let figure, let percent):
            "Doel: \(reached) van de \(amount) \(Self.dutchFigure(figure)) (\(percent)%)."
        case .nothingToDeriveYet:
            "De cijfers laten nog niets zien dat als geslaagd telt (minstens de helft); de kerncijfers staan hierboven."
        case .noRaisedThemes: "Er zijn geen zelf ingebrachte thema's genoteerd."
        case .withheldThemes(let groups):
            "Eigen thema (niet vrijgegeven): \(groups) \(groups == 1 ? "groep" : "groepen"). Zulke thema's blijven "
                + "op de laptop tot de coördinator ze in het overzicht vrijgeeft."
        case .noPromptUses: "Er zijn geen prompts gebruikt."
        case .noRecommendations: "Er zijn geen adviezen aan de gemeente genoteerd."
        case .withheldRecommendations(let groups):
            "Advies (niet vrijgegeven): \(groups) \(groups == 1 ? "groep" : "groepen"). Adviezen blijven op de "
                + "laptop tot de coördinator ze in het overzicht vrijgeeft."

        case .countedReached:
            "Mensen bereikt: verschillende deelnemers (onder een bijnaam) die bij minstens één bijeenkomst "
                + "waren, of, waar een groep alleen geteld is, de grootste telling."
        case .countedCameToAll:
            "Bij alle drie: van wie bij bijeenkomst 1 was, wie ook bij 2 en 3 was; alleen over series "
                + "waarvan de drie bijeenkomsten met bijnamen zijn bijgehouden."
        case .countedSafety:
            "Ervaren veiligheid: de inschatting van de gespreksleider na elke bijeenkomst, van 1 (laag) tot 5."
        case .countedSignals:
            "Signalen: hoe vaak een gespreksleider de hulpkaart gaf, warm doorverwees of 112 inschakelde "
                + "(en, waar het gebeurde, na afloop onder vier ogen sprak, het met de coördinator besprak of "
                + "Veilig Thuis om advies belde); "
                + "zonder wie het betrof en zonder wat er gezegd is."
        case .countedVolunteers:
            "Uren en onkosten: wat de gespreksleider bij de evaluatie invulde (uren van gespreksleiders en "
                + "intermediairs, voorbereiding meegeteld; onkosten in hele euro's), opgeteld over de bijeenkomsten."
        case .periodRule:
            "Periodes: een bijeenkomst, wie er kwam, de evaluatie, signalen en prompts tellen in de periode van de "
                + "datum van de bijeenkomst; een serie telt als afgerond, met wie bij alle drie kwam, in de periode "
                + "van haar derde bijeenkomst. Data in Nederlandse tijd. Zo tellen vier kwartalen op tot het jaar "
                + "(behalve mensen bereikt en het aantal series)."
        case .demoRule:
            "Demoseries tellen niet mee, in het overzicht net zo min als hier, tenzij ze gevraagd zijn "
                + "(demo tonen in het overzicht, --include-demo bij dialoog report)."
        case .privacyWithSeriesNames:
            "Alleen voor intern gebruik: dit rapport noemt series bij hun eigen naam. Het noemt geen deelnemers en "
                + "geen gespreksleiders; eigen thema's van groepen alleen als bibliotheekthema of na vrijgeven, adviezen "
                + "aan de gemeente alleen na vrijgeven."
        case .privacy:
            "Dit rapport noemt geen deelnemers en geen gespreksleiders en geeft series een neutrale naam "
                + "(organisatie · gemeente · nummer). Eigen thema's van groepen staan er alleen in als thema uit de "
                + "bibliotheek of als de coördinator ze vrijgaf; adviezen aan de gemeente alleen na vrijgeven."
        }
    }

    /// The figure a target counts, after a number.
    static func dutchFigure(_ figure: TargetFigure) -> String {
        switch figure {
        case .meetingsHeld: "bijeenkomsten gehouden"
        case .seriesCompleted: "series afgerond"
        case .peopleReached: "mensen bereikt"
        }
    }
}

import DialoogCore

extension EvaluationWords: Words {
    package var dutch: String {
        switch self {
        case .listHeading(let meeting, let day): meeting.uppercased() + (day.map { " · \($0)" } ?? "")
        case .label(let field):
            switch field {
            case .turnout: "Opkomst"
            case .atmosphere: "Sfeer"
            case .safety: "Veiligheid"
            case .openness: "Openheid"
            case .resistance: "Weerstand"
            case .resistanceMet: "Hoe opgevangen"
            case .landed: "Wat landde"
            case .raisedThemes: "Eigen thema's"
            case .agreements: "Afspraken"
            case .recommendations: "Advies"
            case .useful: "Nuttig"
            case .heard: "Gehoord"
            case .signals: "Signalen"
            case .collaboration: "Samenwerking"
            case .volunteerHours: "Uren"
            case .expenses: "Onkosten"
            case .aftercare: "Nazorg"
            case .intervisie: "Intervisie"
            case .wellbeing: "Hoe gaat het?"
            }
        case .empty: "-"
        case .turnout(let came, let expected): "\(came) gekomen" + (expected.map { " · \($0) verwacht" } ?? "")
        case .suggested(let count): "\(count) (voorstel)"
        case .landedCount(let landed, let used): "\(landed) van \(used)"
        case .noPrompts: "geen stellingen"
        case .signalCount(let count): "\(count) vastgelegd"
        case .approachName(let approach):
            switch approach {
            case .doorvragen: "doorvragen"
            case .spelregels: "spelregels"
            case .ruimte: "ruimte"
            case .terugkomen: "later terug"
            case .groep: "de groep"
            case .anders: "anders"
            }
        case .none: "geen"
        case .off: "uit"

        case .title(let field):
            switch field {
            case .turnout: "Opkomst"
            case .atmosphere: "Sfeer"
            case .safety: "Veiligheid"
            case .openness: "Openheid"
            case .resistance: "Momenten van weerstand"
            case .resistanceMet: "Hoe je de weerstand opving"
            case .landed: "Wat landde"
            case .raisedThemes: "Thema's van de groep zelf"
            case .agreements: "Afspraken van de groep"
            case .recommendations: "Advies aan de gemeente"
            case .useful: "Had je er iets aan?"
            case .heard: "Voelde je je gehoord?"
            case .signals: "Signalen"
            case .collaboration: "Samenwerking met lokale professionals"
            case .volunteerHours: "Uren van vrijwilligers"
            case .expenses: "Onkosten"
            case .aftercare: "Nazorgbijeenkomst"
            case .intervisie: "Intervisie"
            case .wellbeing: "Hoe gaat het met jou?"
            }
        case .explanation(let field):
            switch field {
            case .turnout: "Hoeveel deelnemers er kwamen, naast hoeveel je er verwachtte."
            case .atmosphere: "Hoe de sfeer in de groep was."
            case .safety: "Hoe veilig mensen zich voelden om te zeggen wat ze echt dachten."
            case .openness: "Hoe open er gesproken werd, ook over wat gevoelig ligt."
            case .resistance: "Hoe vaak je op weerstand stuitte: bezwaar, boosheid, of een gesprek dat dichtklapte."
            case .resistanceMet: "Hoe je de weerstand opving. Kies alles wat past."
            case .landed: "Welke stellingen en vragen echt binnenkwamen en het gesprek op gang brachten."
            case .raisedThemes: "Wat de groep zelf aankaartte, in een paar woorden. Geen namen."
            case .agreements: "Wat de groep samen afsprak of wil gaan doen, een regel per afspraak. Geen namen."
            case .recommendations:
                "Wat de gemeente volgens de groep zou kunnen doen, een regel per advies. Geen namen."
            case .useful: "Vraag aan het eind wie er iets aan had, en tel de handen of kaarten."
            case .heard: "Vraag wie zich gehoord voelde, en tel de handen of kaarten."
            case .signals: "Wat je tijdens de bijeenkomst aan signalen vastlegde. Hier verandert niets aan."
            case .collaboration:
                "Hoe de samenwerking met lokale professionals ging: wijkteam, huisarts, jeugdzorg, politie."
            case .volunteerHours:
                "Hoeveel uur de gespreksleiders en intermediairs aan deze bijeenkomst besteedden, voorbereiding meegeteld. Voor de vrijwilligersvergoeding."
            case .expenses:
                "De onkosten van deze bijeenkomst in hele euro's, zoals reiskosten. Voor de onkostenvergoeding."
            case .aftercare: "De groep komt ongeveer twee maanden later nog een keer samen."
            case .intervisie: "Je ervaringen bespreken met andere gespreksleiders."
            case .wellbeing:
                "Hoe het met jou gaat na deze bijeenkomst. Dit werk kan zwaar zijn; een cijfer helpt om dat op tijd te zien."
            }
        case .keys(let field):
            switch field.kind {
            case .count where field == .turnout:
                "+/- of ←/→ past 'verwacht' aan · Enter typt · 0 zet het terug op de groepsgrootte"
            case .count: "+/- of ←/→ telt · Enter typt · 0 wist"
            case .scale: "1-5 geeft een cijfer · ←/→ lager of hoger · 0 wist"
            case .choices: "←/→ kiest · spatie vinkt aan of uit"
            case .lines: "←/→ kiest · + nieuw · Enter wijzigt · x weg"
            case .hands: "←/→ kiest ja, deels of nee · +/- telt · Enter typt · 0 wist"
            case .followUp: "spatie zet aan of uit · ←/→ een week eerder of later"
            case .readOnly: "Alleen te lezen."
            }
        case .came(let count): "gekomen   \(count)"
        case .cameCounts(let unnamed, let others):
            "deelnemers" + (unnamed > 0 ? ", van wie \(unnamed) zonder bijnaam" : "")
                + "; \(others) \(others == 1 ? "spreker, professional of waarnemer" : "sprekers, professionals of waarnemers") apart"
        case .expected(let count): "verwacht  " + (count.map { "\($0)" } ?? "-")
        case .expectedFromSeries: "De groepsgrootte van de serie, tot je het aanpast."
        case .share(let percent): "\(percent)% van wie er verwacht werd"
        case .scaleOf(let value): "\(value) van 5"
        case .scaleEnds(let field):
            switch field {
            case .atmosphere: "1 gespannen · 5 ontspannen en warm"
            case .safety: "1 onveilig · 5 heel veilig"
            case .openness: "1 dicht · 5 heel open"
            case .collaboration: "1 nauwelijks samengewerkt · 5 goed samengewerkt"
            case .wellbeing: "1 slecht · 5 goed"
            }
        case .moments(let count): count == 1 ? "1 moment" : "\(count) momenten"
        case .suggestion(let count):
            "Voorstel: \(count), de stellingen waarop de groep met weerstand reageerde. "
                + "Het wordt pas bewaard als je het aanpast."
        case .approach(let approach):
            switch approach {
            case .doorvragen: "doorvragen: wat maakt dat je dat zegt?"
            case .spelregels: "terug naar de spelregels"
            case .ruimte: "erkend en ruimte gegeven, zonder dat het de overhand kreeg"
            case .terugkomen: "geparkeerd, om later op terug te komen"
            case .groep: "de groep antwoordde zelf"
            case .anders: "anders"
            }
        case .preMarked: "Vooraf aangevinkt: waar de groep open op reageerde. Spatie haalt een vinkje weg."
        case .noThemes: "Nog geen eigen thema's. Met + zet je er een bij."
        case .noAgreements: "Nog geen afspraken. Met + zet je er een bij."
        case .noRecommendations: "Nog geen advies. Met + zet je er een bij."
        case .recommendationsPrivacy:
            "Een advies gaat pas mee in rapportages als de coördinator het in het overzicht vrijgeeft."
        case .hours(let count): count == 1 ? "1 uur" : "\(count) uur"
        case .euros(let count): "\(count) euro"
        case .carriedInto(let kind, let number):
            "Ze komen terug als blok in \(LiveWords.meetingName(kind, number: number).dutch)."
        case .nextStarted(let kind, let number):
            "\(Self.capitalized(LiveWords.meetingName(kind, number: number).dutch)) is al begonnen; "
                + "wat je hier wijzigt, komt daar niet meer bij."
        case .noNextMeeting: "Er is geen volgende bijeenkomst gepland; de afspraken blijven bij deze evaluatie."
        case .agreementRoom(let count, let total): "\(count) van \(total) afspraken"
        case .hand(let answer):
            switch answer {
            case .yes: "ja"
            case .partly: "deels"
            case .no: "nee"
            }
        case .handsTotal(let total, let present): "samen \(total) · \(present) aanwezig"
        case .noSignals: "Geen signalen vastgelegd."
        case .signalCategory(let category): LiveWords.category(category).dutch
        case .signalResponse(let response):
            switch response {
            case .hulpkaart: "hulpkaart (koude verwijzing)"
            case .onderVierOgen: "na afloop onder vier ogen gesproken"
            case .coordinator: "besproken met coördinator"
            case .veiligThuisAdvies: "Veilig Thuis gebeld voor advies"
            case .warmeVerwijzing: "warme verwijzing"
            case .acuut112: "acuut: 112"
            }
        case .signalsPrivacy: "Alleen de categorie en wat je deed: geen namen, geen details."
        case .due(let day, let weeks):
            "aan · \(day) · " + (weeks == 1 ? "1 week" : "\(weeks) weken") + " na de bijeenkomst"
        case .done(let day): "gedaan op \(day)"
        case .nudge:
            "Zo te zien was dit een zware bijeenkomst. Dat hoort soms bij dit werk, en je hoeft het niet alleen "
                + "te dragen: bespreek het in intervisie met andere gespreksleiders."
        case .nudgeKey: "Met i zet je intervisie aan, over twee weken."
        case .intervisieOn(let day): "Intervisie staat gepland op \(day)."
        case .quiet: "Elke wijziging wordt meteen bewaard."
        case .quietNudge: "Zware bijeenkomst? Met i plan je intervisie."
        case .quietReadOnly: "Alleen lezen · E om te wijzigen"
        case .editedOn(let day): "bewerkt op \(day)"

        case .newLine: "nieuw: "
        case .editLine: "wijzig: "
        case .countLabel(let field, let answer):
            if let answer {
                EvaluationWords.hand(answer).dutch + ": "
            } else {
                switch field {
                case .turnout: "verwacht: "
                case .volunteerHours: "uren: "
                case .expenses: "euro: "
                default: "momenten: "
                }
            }
        case .typingKeys: "Enter bewaart · Esc stopt"
        case .characters(let count, let total): "\(count)/\(total) tekens"
        }
    }
}

import DialoogCore

extension EvaluationText {
    static func dutchHelp(_ command: Command) -> String {
        switch command {
        case .evaluate: "de laatste afgesloten bijeenkomst evalueren"
        case .stepBack: "lager, een week eerder, of de vorige keuze in de lijst"
        case .stepForward: "hoger, een week later, of de volgende keuze in de lijst"
        case .toggleField: "aan- of uitvinken; nazorg en intervisie aan of uit"
        case .editField: "een aantal, thema of afspraak typen; een keuze aanvinken"
        case .increase: "één meer (aantal, cijfer, week later), of een regel erbij"
        case .decrease: "één minder (aantal, cijfer, week eerder)"
        case .score1: "cijfer 1 (laag)"
        case .score2: "cijfer 2"
        case .score3: "cijfer 3"
        case .score4: "cijfer 4"
        case .score5: "cijfer 5 (hoog)"
        case .clearValue: "het veld leegmaken"
        case .removeLine: "de regel onder de cursor weghalen"
        case .planIntervisie: "intervisie aanzetten, twee weken na de bijeenkomst"
        case .closeEvaluation: "terug; alles is al bewaard"
        default: ""
        }
    }

    static func dutchHint(_ command: Command) -> String {
        switch command {
        case .evaluate: "evalueren"
        case .stepBack, .stepForward: "aanpassen"
        case .toggleField: "aan/uit"
        case .editField: "typen"
        case .increase, .decrease: "aantal"
        case .score1, .score2, .score3, .score4, .score5: "cijfer"
        case .clearValue: "wissen"
        case .removeLine: "weg"
        case .planIntervisie: "intervisie"
        case .closeEvaluation: "terug"
        default: ""
        }
    }

    static func dutchNotice(_ notice: EvaluationNotice) -> String {
        switch notice {
        case .saveFailed(let failure): "NIET opgeslagen: \(failure.dutch). Het formulier toont weer wat wel bewaard is."
        case .openFailed(let failure): "De evaluatie kon niet geopend worden: \(failure.dutch)"
        case .nothingEnded(let series): "'\(series)': nog geen afgesloten bijeenkomst om te evalueren."
        case .badCount(let text, let range):
            "'\(text)' is geen aantal tussen \(range.lowerBound) en \(range.upperBound)."
        case .agreementsFull(let count): "Er passen \(count) afspraken in een evaluatie; haal er eerst een weg met x."
        case .intervisiePlanned(let weeks): "Intervisie staat aan, \(weeks) weken na de bijeenkomst."
        case .intervisieAlreadyPlanned: "Intervisie staat al gepland."
        case .notOnThisField: "Die toets hoort niet bij dit veld; onder de uitleg staat wat hier kan."
        }
    }
}

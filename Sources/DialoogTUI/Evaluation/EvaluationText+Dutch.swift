import DialoogCore

extension EvaluationText {
    static func dutchNotice(_ notice: EvaluationNotice) -> String {
        switch notice {
        case .saveFailed(let failure): "NIET opgeslagen: \(failure.dutch)"
        case .openFailed(let failure): "De evaluatie kon niet geopend worden: \(failure.dutch)"
        case .nothingEnded(let series): "'\(series)': nog geen afgesloten bijeenkomst om te evalueren."
        case .badCount(let text, let range):
            "'\(text)' is geen aantal tussen \(range.lowerBound) en \(range.upperBound)."
        case .agreementsFull(let count): "Er passen \(count) afspraken in een evaluatie; haal er eerst een weg met x."
        case .recommendationsFull(let count):
            "Er passen \(count) adviezen in een evaluatie; haal er eerst een weg met x."
        case .intervisiePlanned(let weeks): "Intervisie staat aan, \(weeks) weken na de bijeenkomst."
        case .intervisieAlreadyPlanned: "Intervisie staat al gepland."
        case .notOnThisField: "Die toets hoort niet bij dit veld; onder de uitleg staat wat hier kan."
        case .readOnly: "Alleen lezen: de evaluatie is van de gespreksleider. E om te wijzigen."
        case .confirmEdit: "Deze evaluatie is van de gespreksleider. Wijzigen? j/n"
        case .unlocked: "Wijzigen staat aan; elke wijziging wordt bewaard met 'bewerkt op'."
        }
    }
}

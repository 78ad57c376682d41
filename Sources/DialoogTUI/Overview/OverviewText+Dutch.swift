import DialoogCore

extension OverviewText: Words {
    package var dutch: String {
        switch self {
        case .help(let command):
            switch command {
            case .openOverview: "het overzicht: alle series, cijfers, grafieken, opvolging"
            case .showFollowUps: "alle open opvolging: signalen, nazorg en intervisie"
            case .filter: "de filters: wie, welke methodiek, waar en wanneer"
            case .clearFilters: "alle filters wissen"
            case .sort: "anders sorteren: datum, naam, organisatie of cijfers"
            case .setTarget: "een doel zetten: aantal bijeenkomsten in een periode"
            case .removeTarget: "het doel weghalen"
            case .markDone: "de opvolging afhandelen (vandaag)"
            case .markOpen: "afgehandelde opvolging weer openzetten"
            default: ""
            }
        case .hint(let command):
            switch command {
            case .openOverview: "overzicht"
            case .showFollowUps: "opvolgen"
            case .filter: "filter"
            case .clearFilters: "filters wissen"
            case .sort: "sorteren"
            case .setTarget: "doel"
            case .removeTarget: "doel weg"
            case .markDone: "afgehandeld"
            case .markOpen: "weer open"
            default: ""
            }
        case .modeName(let mode):
            switch mode {
            case .overview: "overzicht"
            case .overviewFilter: "filters"
            case .overviewTarget: "doel"
            case .summary: "serie in één oogopslag"
            case .followUps: "opvolging"
            default: ""
            }
        case .notice(let notice):
            switch notice {
            case .failed(let failure): "Niet gelukt: \(failure.dutch)"
            case .filtersCleared: "Alle filters gewist: het overzicht telt weer alles."
            case .followUpDone(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).dutch)) van \(series) afgehandeld. u zet het weer open."
            case .followUpOpened(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).dutch)) van \(series) staat weer open."
            case .targetSaved(let meetings): "Doel bewaard: \(meetings) bijeenkomsten."
            case .targetRemoved: "Doel weggehaald."
            case .noTarget: "Er is geen doel om weg te halen."
            case .targetNeedsNumber: "Typ eerst het aantal bijeenkomsten (1 tot 100.000)."
            case .targetTooLarge: "Een doel gaat tot 100.000 bijeenkomsten."
            case .notHeld(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.nl))) is nog niet gehouden: "
                    + "er is nog niets te evalueren."
            }
        case .words(let words): words.dutch
        }
    }
}

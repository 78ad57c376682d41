import DialoogCore

extension OverviewText: Words {
    package var dutch: String {
        switch self {
        case .notice(let notice):
            switch notice {
            case .failed(let failure): "Niet gelukt: \(failure.dutch)"
            case .filtersCleared: "Alle filters gewist: het overzicht telt weer alles."
            case .followUpDone(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).dutch)) van \(series) afgehandeld. u zet het weer open."
            case .followUpOpened(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).dutch)) van \(series) staat weer open."
            case .themeApproved(let text):
                "“\(text)” vrijgegeven voor rapporten en grafieken; r trekt het in."
            case .themeRejected(let text):
                "“\(text)” blijft op deze laptop; rapporten tellen het als niet vrijgegeven."
            case .targetSaved(let meetings): "Doel bewaard: \(meetings) bijeenkomsten."
            case .targetRemoved: "Doel weggehaald."
            case .noTarget: "Er is geen doel om weg te halen."
            case .targetNeedsNumber: "Typ eerst het aantal bijeenkomsten (1 tot 100.000)."
            case .targetTooLarge: "Een doel gaat tot 100.000 bijeenkomsten."
            case .notHeld(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.nl))) is nog niet gehouden: "
                    + "er is nog niets te evalueren."
            case .exporting: "Rapport wordt geschreven…"
            case .reading: "Overzicht wordt berekend…"
            case .exported(let path): "Rapport: \(path) — open het in je browser om af te drukken of te mailen."
            case .bundleExported(let path, let series, let meetings):
                "Bundel versleuteld geschreven naar \(path): \(series) "
                    + (series == 1 ? "serie" : "series") + ", \(meetings) "
                    + (meetings == 1 ? "bijeenkomst." : "bijeenkomsten.")
            case .bundleImported(let imported):
                "Ingelezen om \(imported.time) van laptop \(imported.laptops.joined(separator: ", ")): "
                    + "\(imported.added) nieuw, \(imported.updated) bijgewerkt, \(imported.unchanged) ongewijzigd"
                    + (imported.conflicts > 0
                        ? ", \(imported.conflicts) in conflict (zie dialoog import --dry-run)." : ".")
            case .bundleNeedsPath: "Typ eerst het bestand."
            case .notStarted(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.nl))) is nog niet begonnen: "
                    + "er is nog niets vastgelegd."
            case .confirmWithdraw(let kind):
                "Dit \(OverviewWords.entryKind(kind).dutch) intrekken? Het telt dan nergens meer mee. j/n"
            case .withdrawn(let kind):
                "\(Self.sentence(OverviewWords.entryKind(kind).dutch)) ingetrokken; de cijfers tellen het niet meer."
            case .alreadyWithdrawn: "Dit is al ingetrokken."
            }
        }
    }
}

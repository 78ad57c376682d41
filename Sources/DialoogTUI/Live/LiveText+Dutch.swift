import DialoogCore

extension LiveText: Words {
    package var dutch: String {
        switch self {
        case .notice(let notice):
            switch notice {
            case .undone(let change): "Ongedaan gemaakt: \(LiveText.change(change).dutch)."
            case .nothingToUndo: "Er is niets om ongedaan te maken."
            case .saveFailed(let failure):
                "NIET opgeslagen: \(failure.dutch)"
            case .openFailed(let failure): "De bijeenkomst kon niet geopend worden: \(failure.dutch)"
            case .lastBlock: "Dit is het laatste blok. Met e sluit je de bijeenkomst af."
            case .firstBlock: "Dit is het eerste blok."
            case .looksLikeFullName(let name):
                "'\(name)' lijkt een volledige naam. Liever een bijnaam of initialen; Enter nog eens houdt het zo."
            case .alreadyListed(let name): "\(name) staat al op de lijst en is nu aanwezig."
            case .nicknameTaken(let name): "'\(name)' is al de bijnaam van een andere deelnemer. Kies een andere."
            case .participantRemoved(let name, let erased):
                erased
                    ? "\(name) is gewist uit deze bijeenkomst. Met u zet je \(name) terug."
                    : "\(name) is uit deze bijeenkomst gehaald; eerdere bijeenkomsten houden \(name). Met u terug."
            case .badCount(let text): "'\(text)' is geen aantal tussen 0 en \(Headcount.maximum)."
            case .meetingEnded(let number):
                "Bijeenkomst \(number) is afgesloten. Alles wat je vastlegde is bewaard."
            case .stillRunning(let number):
                "Bijeenkomst \(number) loopt nog. Met r ga je terug."
            case .noteSaved: "Notitie bewaard."
            case .signalSaved: "Signaal bewaard (alleen categorie, wat je deed en de vervolgdatum)."
            case .themeSaved(let text): "Eigen thema bewaard: \(text)."
            case .agreementSaved(let text): "Afspraak bewaard bij de spelregels: \(text)."
            case .statementNotMarked(let meeting):
                "Een eigen stelling van de groep telt als gebruikt in bijeenkomst \(meeting), waar ze werd gezegd; ze wordt niet afgevinkt."
            case .statementSaved(let text): "Eigen stelling van de groep bewaard bij de reeks: \(text)."
            }
        case .change(let change):
            switch change {
            case .timerStarted: "timer gestart"
            case .timerPaused: "timer gepauzeerd"
            case .movedToBlock(let title): "naar blok '\(title)'"
            case .minutesChanged(let minutes):
                abs(minutes) == 1
                    ? (minutes > 0 ? "een minuut erbij" : "een minuut eraf")
                    : (minutes > 0 ? "\(minutes) minuten erbij" : "\(-minutes) minuten eraf")
            case .participantAdded(let name): "\(name) toegevoegd"
            case .participantRenamed(let old, let new): "\(old) heet nu \(new)"
            case .participantRemoved(let name, _): "\(name) weggehaald"
            case .presenceChanged(let name, let present): present ? "\(name) aanwezig" : "\(name) niet aanwezig"
            case .roleChanged(let name, let role): "\(name) als \(role.rawValue)"
            case .countModeChanged(let countOnly): countOnly ? "tellen" : "bijnamen"
            case .headcountChanged: "aantal aangepast"
            case .unnamedChanged(let count): "zonder bijnaam: \(count)"
            case .promptUsed: "stelling gebruikt"
            case .promptUnmarked: "stelling niet meer gebruikt"
            case .responseNoted(let response): "reactie '\(response.rawValue)'"
            case .unplannedPromptTaken: "stelling uit de bibliotheek"
            case .themeRaised(let text): "eigen thema '\(text)'"
            case .noteAdded: "notitie"
            case .signalAdded: "signaal"
            case .agreementAdded(let text): "afspraak '\(text)'"
            case .statementAdded(let text): "eigen stelling '\(text)'"
            case .questionUsed: "vraag gesteld"
            case .questionUnmarked: "vraag niet meer gesteld"
            }
        }
    }
}

import DialoogCore

extension LiveText: Words {
    package var dutch: String {
        switch self {
        case .help(let command):
            switch command {
            case .runMeeting: "de bijeenkomst van deze serie openen die nu loopt of de volgende is"
            case .toggleTimer: "de timer van het blok starten of pauzeren"
            case .nextBlock: "naar het volgende blok (de timer gaat mee)"
            case .previousBlock: "terug naar het vorige blok"
            case .attendance: "aanwezigheid: bijnamen of tellen"
            case .promptDeck: "de stellingen en vragen van dit blok"
            case .groundRules: "de spelregels van de methodiek"
            case .helpCard: "de hulpkaart: 112 en de hulp voor de thema's van vanavond"
            case .note: "een korte notitie bij dit blok (geen namen)"
            case .signal: "een signaal vastleggen: alleen categorie, wat je deed en een vervolgdatum"
            case .privacyScreen: "scherm uit: alles weg tot je een toets indrukt"
            case .undo: "de laatste handeling ongedaan maken"
            case .endMeeting: "de bijeenkomst afsluiten"
            case .leaveLive: "terug naar het startscherm; de bijeenkomst blijft open"
            case .addParticipant: "een deelnemer toevoegen (bijnaam of initialen); bij tellen: één erbij"
            case .countMode: "wisselen tussen bijnamen en tellen"
            case .responseOpen: "reactie van de groep: open"
            case .responseMixed: "reactie van de groep: gemengd"
            case .responseResistance: "reactie van de groep: weerstand"
            case .responseSilence: "reactie van de groep: stilte"
            case .raiseTheme: "een thema noteren dat de groep zelf inbracht"
            default: ""
            }
        case .hint(let command):
            switch command {
            case .runMeeting: "bijeenkomst"
            case .toggleTimer: "timer"
            case .nextBlock: "volgende"
            case .previousBlock: "vorige"
            case .attendance: "aanwezig"
            case .promptDeck: "stellingen"
            case .groundRules: "regels"
            case .helpCard: "hulp"
            case .note: "notitie"
            case .signal: "signaal"
            case .privacyScreen: "scherm uit"
            case .undo: "ongedaan"
            case .endMeeting: "afsluiten"
            case .leaveLive: "terug"
            case .addParticipant: "erbij"
            case .countMode: "tellen/namen"
            case .responseOpen, .responseMixed, .responseResistance, .responseSilence: "reactie"
            case .raiseTheme: "eigen thema"
            default: ""
            }
        case .modeName(let mode):
            switch mode {
            case .live: "bijeenkomst"
            case .liveAttendance: "aanwezigheid"
            case .liveAttendanceText: "aanwezigheid, typen"
            case .liveDeck: "stellingen"
            case .liveDeckLibrary: "stelling uit de bibliotheek"
            case .liveDeckSearch: "bibliotheek doorzoeken"
            case .liveDeckText: "eigen thema typen"
            case .liveRules: "spelregels"
            case .liveHelpCard: "hulpkaart"
            case .liveNote: "notitie"
            case .liveSignal: "signaal"
            case .privacy: "scherm uit"
            case .liveConfirmEnd: "afsluiten"
            default: ""
            }
        case .notice(let notice):
            switch notice {
            case .undone(let change): "Ongedaan gemaakt: \(LiveText.change(change).dutch)."
            case .nothingToUndo: "Er is niets om ongedaan te maken."
            case .saveFailed(let failure):
                "NIET opgeslagen: \(failure.dutch). Het scherm toont weer wat wel bewaard is."
            case .openFailed(let failure): "De bijeenkomst kon niet geopend worden: \(failure.dutch)"
            case .lastBlock: "Dit is het laatste blok. Met e sluit je de bijeenkomst af."
            case .firstBlock: "Dit is het eerste blok."
            case .looksLikeFullName(let name):
                "'\(name)' lijkt een volledige naam. Liever een bijnaam of initialen; Enter nog eens houdt het zo."
            case .alreadyListed(let name): "\(name) staat al op de lijst en is nu aanwezig."
            case .badCount(let text): "'\(text)' is geen aantal tussen 0 en \(Headcount.maximum)."
            case .meetingEnded(let number):
                "Bijeenkomst \(number) is afgesloten. Alles wat je vastlegde is bewaard."
            case .stillRunning(let number):
                "Bijeenkomst \(number) loopt nog. Met r ga je terug."
            case .noteSaved: "Notitie bewaard."
            case .signalSaved: "Signaal bewaard (alleen categorie, wat je deed en de vervolgdatum)."
            case .themeSaved(let text): "Eigen thema bewaard: \(text)."
            }
        case .words(let words): words.dutch
        case .change(let change):
            switch change {
            case .timerStarted: "timer gestart"
            case .timerPaused: "timer gepauzeerd"
            case .movedToBlock(let title): "naar blok '\(title)'"
            case .minutesChanged(let minutes): minutes > 0 ? "een minuut erbij" : "een minuut eraf"
            case .participantAdded(let name): "\(name) toegevoegd"
            case .presenceChanged(let name, let present): present ? "\(name) aanwezig" : "\(name) niet aanwezig"
            case .roleChanged(let name, let role): "\(name) als \(role.rawValue)"
            case .countModeChanged(let countOnly): countOnly ? "tellen" : "bijnamen"
            case .headcountChanged: "aantal aangepast"
            case .promptUsed: "stelling gebruikt"
            case .promptUnmarked: "stelling niet meer gebruikt"
            case .responseNoted(let response): "reactie '\(response.rawValue)'"
            case .unplannedPromptTaken: "stelling uit de bibliotheek"
            case .themeRaised(let text): "eigen thema '\(text)'"
            case .noteAdded: "notitie"
            case .signalAdded: "signaal"
            }
        }
    }
}

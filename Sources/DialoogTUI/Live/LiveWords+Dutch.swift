import DialoogCore

extension LiveWords: Words {
    package var dutch: String {
        switch self {
        case .meetingOf(let kind, let number, let total):
            switch kind {
            case .regular: "bijeenkomst \(number)/\(total)"
            case .extra: "extra bijeenkomst \(number)"
            case .aftercare: "nazorg"
            }
        case .meetingName(let kind, let number):
            switch kind {
            case .regular: "bijeenkomst \(number)"
            case .extra: "extra bijeenkomst \(number)"
            case .aftercare: "nazorgbijeenkomst"
            }
        case .schedule(let behind):
            behind == 0 ? "op schema" : behind > 0 ? "\(behind) min achter" : "\(-behind) min voor"
        case .startedLate(let minutes):
            minutes >= 0 ? "\(minutes) min later begonnen" : "\(-minutes) min eerder begonnen"
        case .opening: "De bijeenkomst wordt geopend…"
        case .runningNow: "loopt nu"
        case .agendaHeading: "AGENDA"
        case .present(let count, let expected): "AANWEZIG \(count)" + (expected.map { " van \($0)" } ?? "")
        case .promptsUsed(let used, let total): "STELLINGEN \(used) van \(total) gebruikt"
        case .openFollowUp(let category, let day, let more):
            "OPVOLGEN \(day)" + (more > 0 ? " (+\(more))" : "") + " · \(LiveWords.category(category).dutch)"
        case .usedEarlier(let numbers): "gebruikt in " + numbers.map(String.init).joined(separator: ", ")
        case .blockPosition(let number, let total): "blok \(number)/\(total)"
        case .next(let title): "volgende: \(title)"
        case .lastBlock: "laatste blok"
        case .workingForm(let form): "werkvorm: \(form)"
        case .timerPaused: "gepauzeerd"
        case .timerNotStarted: "spatie start de timer"
        case .plannedMinutes(let minutes): "\(minutes) min gepland"
        case .lookingOnly(let number): "bekeken; timer blijft bij blok \(number)"
        case .overtime(let time): "+\(time) over"
        case .questionsHeading: "Vragen"
        case .deckHeading: "Stellingen"
        case .deckQuestion: "blokvraag"
        case .questionKeys: "Enter: gesteld (of toch niet); een volgende bijeenkomst ziet dat"
        case .more: "↓ meer onder s"
        case .noBlocks: "Deze bijeenkomst heeft nog geen blokken."
        case .expectedEnd(let time): "einde verwacht \(time)"
        case .plannedEnd(let time): "einde volgens plan \(time)"
        case .response(let response): response.rawValue
        case .responseKeys: "reactie van de groep: 1 open · 2 gemengd · 3 weerstand · 4 stilte"

        case .attendanceTitle(let present): "Aanwezigheid · \(present) aanwezig"
        case .returning: "eerder"
        case .role(let role): role.rawValue
        case .newNickname: "nieuw: "
        case .renamedNickname: "nieuwe bijnaam: "
        case .nicknameHint: "bijnaam of initialen, geen volledige naam"
        case .noParticipants: "Nog niemand op de lijst. Met + zet je iemand erbij."
        case .countField(let field):
            switch field {
            case .total: "totaal"
            case .women: "vrouwen"
            case .men: "mannen"
            case .young: "jongeren"
            }
        case .notCounted: "-"
        case .countingHint: "Geteld, zonder namen. Tab: met bijnamen."
        case .namesHint: "Met bijnamen. Tab: tellen · r hernoemen · x weghalen."

        case .deckTitle(let block): "Stellingen · \(block)"
        case .notPlanned: "niet gepland"
        case .promptFollowUp(let text): "Doorvragen: \(text)"
        case .raisingLabel: "eigen thema: "
        case .raisingHint: "een paar woorden, geen namen"
        case .emptyDeck: "Geen stellingen bij dit blok. Met / zoek je er een in de bibliotheek."
        case .raisedThemes(let themes): "Eigen thema's: " + themes.joined(separator: ", ")
        case .statementLabel: "eigen stelling: "
        case .statementHint: "zoals de groep hem zei, zonder namen"
        case .statementOrigin(let meeting): "van de groep, bijeenkomst \(meeting)"
        case .statementAbout(let meeting):
            "Eigen stelling van de groep, uit bijeenkomst \(meeting) (daar als gebruikt geteld)."
        case .libraryTitle: "Stelling uit de bibliotheek"

        case .rulesTitle: "Spelregels"
        case .groupRules: "Spelregels van de groep"
        case .groupAgreements: "Afspraken die de groep maakte"
        case .facilitatorRules(let method): "Voor de gespreksleider · \(method)"
        case .agreementLabel: "afspraak: "
        case .agreementHint: "wat de groep afspreekt, in een regel; geen namen"
        case .noRules: "Er zijn (nog) geen spelregels gelezen."
        case .helpCardTitle: "Hulpkaart"
        case .helpCardLoading: "De hulpkaart wordt gelezen…"
        case .directoryTitle: "Alle hulp"
        case .directorySearch(let query): "zoeken: \(query)"
        case .directoryCount(let count): count == 1 ? "1 gevonden" : "\(count) gevonden"
        case .directoryNone(let query): "Niets gevonden voor '\(query)'."
        case .disclosureMissing: "De pagina 'Als iemand iets vertelt' is niet gelezen."
        case .moreItems(let count): "↓ nog \(count)"

        case .noteTitle(let block): block.map { "Notitie bij \($0)" } ?? "Notitie"
        case .noteHint: "geen namen of details"
        case .characters(let count, let total): "\(count)/\(total) tekens"
        case .signalTitle: "Signaal vastleggen"
        case .signalRow(let row):
            switch row {
            case .category: "categorie"
            case .response: "wat je deed"
            case .followUp: "vervolg"
            }
        case .category(let category):
            switch category {
            case .huiselijkGeweld: "huiselijk geweld"
            case .huwelijksdwang: "huwelijksdwang"
            case .eergerelateerdGeweld: "eergerelateerd geweld"
            case .achterlating: "achterlating"
            case .vgv: "vrouwelijke genitale verminking"
            case .seksueelGeweld: "seksueel geweld"
            case .uitbuiting: "uitbuiting"
            case .anders: "anders"
            }
        case .signalResponse(let response):
            switch response {
            case .hulpkaart: "hulpkaart gegeven"
            case .onderVierOgen: "na afloop onder vier ogen gesproken"
            case .coordinator: "besproken met coördinator"
            case .veiligThuisAdvies: "Veilig Thuis gebeld voor advies"
            case .warmeVerwijzing: "warme verwijzing"
            case .acuut112: "acuut: 112"
            }
        case .noFollowUp: "geen"
        case .followUp(let weeks, let day): weeks == 1 ? "over 1 week (\(day))" : "over \(weeks) weken (\(day))"
        case .signalStored:
            "Alleen de categorie, wat je deed en de datum worden bewaard. Geen namen, geen details."

        case .privacyLine: "Even pauze"
        case .confirmEndTitle(let meeting): meeting.prefix(1).uppercased() + meeting.dropFirst() + " afsluiten?"
        case .willBeStored: "Dit wordt bewaard:"
        case .blocksHeld(let held, let total): "blokken gehouden: \(held) van \(total)"
        case .presentStored(let deelnemers, let named, let unnamed):
            "deelnemers: \(deelnemers)" + (unnamed > 0 ? " (\(named) met een bijnaam en \(unnamed) zonder)" : "")
        case .othersStored(let count):
            "apart: \(count) "
                + (count == 1 ? "professional, spreker of waarnemer" : "professionals, sprekers, waarnemers")
        case .unnamedRow: "zonder bijnaam (aantal)"
        case .promptsStored(let count): "stellingen gebruikt: \(count)"
        case .notesStored(let count): "notities: \(count)"
        case .signalsStored(let count): "signalen: \(count)"
        case .themesStored(let count): "eigen thema's: \(count)"
        case .timerStops: "De timer stopt."
        case .confirmKeys: "Enter ja · Esc nee"
        }
    }
}

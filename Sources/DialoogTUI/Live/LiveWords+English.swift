import DialoogCore

extension LiveWords {
    package var english: String {
        switch self {
        case .meetingOf(let kind, let number, let total):
            switch kind {
            case .regular: "meeting \(number)/\(total)"
            case .extra: "extra meeting \(number)"
            case .aftercare: "aftercare"
            }
        case .meetingName(let kind, let number):
            switch kind {
            case .regular: "meeting \(number)"
            case .extra: "extra meeting \(number)"
            case .aftercare: "the aftercare meeting"
            }
        case .schedule(let behind):
            behind == 0 ? "on schedule" : behind > 0 ? "\(behind) min behind" : "\(-behind) min ahead"
        case .startedLate(let minutes):
            minutes >= 0 ? "started \(minutes) min late" : "started \(-minutes) min early"
        case .opening: "Opening the meeting…"
        case .runningNow: "running now"
        case .agendaHeading: "AGENDA"
        case .present(let count, let expected): "PRESENT \(count)" + (expected.map { " of \($0)" } ?? "")
        case .promptsUsed(let used, let total): "PROMPTS \(used) of \(total) used"
        case .openFollowUp(let category, let day, let more):
            "FOLLOW UP \(day)" + (more > 0 ? " (+\(more))" : "") + " · \(LiveWords.category(category).english)"
        case .usedEarlier(let numbers): "used in " + numbers.map(String.init).joined(separator: ", ")
        case .blockPosition(let number, let total): "block \(number)/\(total)"
        case .next(let title): "next: \(title)"
        case .lastBlock: "last block"
        case .workingForm(let form): "working form: \(form)"
        case .timerPaused: "paused"
        case .timerNotStarted: "Space starts the timer"
        case .plannedMinutes(let minutes): "\(minutes) min planned"
        case .lookingOnly(let number): "looking; timer stays on block \(number)"
        case .overtime(let time): "+\(time) over"
        case .questionsHeading: "Questions"
        case .deckHeading: "Prompts"
        case .deckQuestion: "block question"
        case .questionKeys: "Enter: asked (or not after all); a later meeting sees it"
        case .more: "↓ more under s"
        case .noBlocks: "This meeting has no blocks yet."
        case .expectedEnd(let time): "expected end \(time)"
        case .plannedEnd(let time): "planned end \(time)"
        case .responseKeys: "the group's response: 1 open · 2 mixed · 3 resistance · 4 silence"
        case .response(let response):
            switch response {
            case .open: "open"
            case .gemengd: "mixed"
            case .weerstand: "resistance"
            case .stilte: "silence"
            }

        case .attendanceTitle(let present): "Attendance · \(present) present"
        case .returning: "returning"
        case .role(let role):
            switch role {
            case .deelnemer: "participant"
            case .spreker: "speaker"
            case .professional: "professional"
            case .waarnemer: "observer"
            }
        case .newNickname: "new: "
        case .renamedNickname: "new nickname: "
        case .nicknameHint: "nickname or initials, no full name"
        case .noParticipants: "Nobody on the list yet. + adds someone."
        case .countField(let field):
            switch field {
            case .total: "total"
            case .women: "women"
            case .men: "men"
            case .young: "young people"
            }
        case .notCounted: "-"
        case .countingHint: "Counted, without names. Tab: by nickname."
        case .namesHint: "By nickname. Tab: count only · r rename · x remove."

        case .deckTitle(let block): "Prompts · \(block)"
        case .notPlanned: "not planned"
        case .promptFollowUp(let text): "Follow-up: \(text)"
        case .raisingLabel: "group's theme: "
        case .raisingHint: "a few words, no names"
        case .emptyDeck: "No prompts for this block. / searches the library for one."
        case .raisedThemes(let themes): "The group's themes: " + themes.joined(separator: ", ")
        case .statementLabel: "own statement: "
        case .statementHint: "as the group put it, no names"
        case .statementOrigin(let meeting): "from the group, meeting \(meeting)"
        case .statementAbout(let meeting):
            "The group's own statement, from meeting \(meeting) (counted as used there)."
        case .libraryTitle: "A prompt from the library"

        case .rulesTitle: "Ground rules"
        case .groupRules: "The group's ground rules"
        case .groupAgreements: "Agreements the group made"
        case .facilitatorRules(let method): "For the facilitator · \(method)"
        case .agreementLabel: "agreement: "
        case .agreementHint: "what the group agrees, in one line; no names"
        case .noRules: "No ground rules have been read (yet)."
        case .helpCardTitle: "Help card"
        case .helpCardLoading: "Reading the help card…"
        case .directoryTitle: "All help"
        case .directorySearch(let query): "search: \(query)"
        case .directoryCount(let count): "\(count) found"
        case .directoryNone(let query): "Nothing found for '\(query)'."
        case .disclosureMissing: "The page 'When someone tells you something' has not been read."
        case .moreItems(let count): "↓ \(count) more"

        case .noteTitle(let block): block.map { "Note on \($0)" } ?? "Note"
        case .noteHint: "no names or details"
        case .characters(let count, let total): "\(count)/\(total) characters"
        case .signalTitle: "Record a signal"
        case .signalRow(let row):
            switch row {
            case .category: "category"
            case .response: "what you did"
            case .followUp: "follow-up"
            }
        case .category(let category):
            switch category {
            case .huiselijkGeweld: "domestic violence"
            case .huwelijksdwang: "forced marriage"
            case .eergerelateerdGeweld: "honour-based violence"
            case .achterlating: "abandonment abroad"
            case .vgv: "female genital mutilation"
            case .seksueelGeweld: "sexual violence"
            case .uitbuiting: "exploitation"
            case .anders: "other"
            }
        case .signalResponse(let response):
            switch response {
            case .hulpkaart: "gave the help card"
            case .onderVierOgen: "talked in private afterwards"
            case .coordinator: "discussed with the coordinator"
            case .veiligThuisAdvies: "called Veilig Thuis for advice"
            case .warmeVerwijzing: "warm referral"
            case .acuut112: "acute: 112"
            }
        case .noFollowUp: "none"
        case .followUp(let weeks, let day): weeks == 1 ? "in 1 week (\(day))" : "in \(weeks) weeks (\(day))"
        case .signalStored:
            "Only the category, what you did and the date are stored. No names, no details."

        case .privacyLine: "One moment"
        case .confirmEndTitle(let meeting): "Close \(meeting)?"
        case .willBeStored: "This will be stored:"
        case .blocksHeld(let held, let total): "blocks held: \(held) of \(total)"
        case .presentStored(let deelnemers, let named, let unnamed):
            "participants: \(deelnemers)" + (unnamed > 0 ? " (\(named) with a nickname and \(unnamed) without)" : "")
        case .othersStored(let count):
            "apart: \(count) "
                + (count == 1 ? "professional, speaker or observer" : "professionals, speakers, observers")
        case .unnamedRow: "without a nickname (count)"
        case .promptsStored(let count): "prompts used: \(count)"
        case .notesStored(let count): "notes: \(count)"
        case .signalsStored(let count): "signals: \(count)"
        case .themesStored(let count): "the group's themes: \(count)"
        case .timerStops: "The timer stops."
        case .confirmKeys: "Enter yes · Esc no"
        }
    }
}

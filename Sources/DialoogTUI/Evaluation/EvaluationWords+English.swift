import DialoogCore

extension EvaluationWords {
    package var english: String {
        switch self {
        case .listHeading(let meeting, let day): meeting.uppercased() + (day.map { " · \($0)" } ?? "")
        case .label(let field):
            switch field {
            case .turnout: "Turnout"
            case .atmosphere: "Atmosphere"
            case .safety: "Safety"
            case .openness: "Openness"
            case .resistance: "Resistance"
            case .resistanceMet: "How it was met"
            case .landed: "What landed"
            case .raisedThemes: "Own themes"
            case .agreements: "Agreements"
            case .recommendations: "Advice"
            case .useful: "Useful"
            case .heard: "Heard"
            case .signals: "Signals"
            case .collaboration: "Collaboration"
            case .volunteerHours: "Hours"
            case .expenses: "Expenses"
            case .aftercare: "Aftercare"
            case .intervisie: "Intervisie"
            case .wellbeing: "How are you?"
            }
        case .empty: "-"
        case .turnout(let came, let expected): "\(came) came" + (expected.map { " · \($0) expected" } ?? "")
        case .suggested(let count): "\(count) (suggested)"
        case .landedCount(let landed, let used): "\(landed) of \(used)"
        case .noPrompts: "no prompts"
        case .signalCount(let count): "\(count) noted"
        case .approachName(let approach):
            switch approach {
            case .doorvragen: "asked on"
            case .spelregels: "ground rules"
            case .ruimte: "room"
            case .terugkomen: "parked"
            case .groep: "the group"
            case .anders: "other"
            }
        case .none: "none"
        case .off: "off"

        case .title(let field):
            switch field {
            case .turnout: "Turnout"
            case .atmosphere: "Atmosphere"
            case .safety: "Safety"
            case .openness: "Openness"
            case .resistance: "Moments of resistance"
            case .resistanceMet: "How you met the resistance"
            case .landed: "What landed"
            case .raisedThemes: "Themes the group raised itself"
            case .agreements: "The group's agreements"
            case .recommendations: "Advice to the municipality"
            case .useful: "Was it useful?"
            case .heard: "Did people feel heard?"
            case .signals: "Signals"
            case .collaboration: "Collaboration with local professionals"
            case .volunteerHours: "Volunteer hours"
            case .expenses: "Expenses"
            case .aftercare: "Aftercare meeting"
            case .intervisie: "Intervisie"
            case .wellbeing: "How are you doing?"
            }
        case .explanation(let field):
            switch field {
            case .turnout: "How many participants came, next to how many you expected."
            case .atmosphere: "What the atmosphere in the group was like."
            case .safety: "How safe people felt to say what they really thought."
            case .openness: "How openly people spoke, also about sensitive things."
            case .resistance: "How often you met resistance: objections, anger, or a conversation that shut down."
            case .resistanceMet: "How you met the resistance. Tick all that apply."
            case .landed: "Which statements and questions really landed and got the conversation going."
            case .raisedThemes: "What the group brought up itself, in a few words. No names."
            case .agreements: "What the group agreed on or wants to do, one line each. No names."
            case .recommendations:
                "What the group thinks the municipality could do, one line per recommendation. No names."
            case .useful: "Ask at the end who found it useful, and count the hands or cards."
            case .heard: "Ask who felt heard, and count the hands or cards."
            case .signals: "The signals you noted during the meeting. Nothing changes here."
            case .collaboration:
                "How the collaboration with local professionals went: neighbourhood team, GP, youth care, police."
            case .volunteerHours:
                "How many hours the gespreksleiders and intermediaries spent on this meeting, preparation included. For the volunteer allowance."
            case .expenses: "This meeting's expenses in whole euros, such as travel. For the expense allowance."
            case .aftercare: "The group meets once more, about two months later."
            case .intervisie: "Talking your experiences through with other facilitators."
            case .wellbeing:
                "How you are doing after this meeting. This work can be heavy; a score helps to notice that in time."
            }
        case .keys(let field):
            switch field.kind {
            case .count where field == .turnout:
                "+/- or ←/→ changes 'expected' · Enter types · 0 resets it to the group size"
            case .count: "+/- or ←/→ counts · Enter types · 0 clears"
            case .scale: "1-5 gives a score · ←/→ lower or higher · 0 clears"
            case .choices: "←/→ chooses · Space ticks or unticks"
            case .lines: "←/→ chooses · + new · Enter edits · x removes"
            case .hands: "←/→ chooses yes, partly or no · +/- counts · Enter types · 0 clears"
            case .followUp: "Space turns it on or off · ←/→ a week earlier or later"
            case .readOnly: "Read only."
            }
        case .came(let count): "came      \(count)"
        case .cameCounts(let unnamed, let others):
            "participants" + (unnamed > 0 ? ", \(unnamed) of them without a nickname" : "")
                + "; \(others) \(others == 1 ? "speaker, professional or observer" : "speakers, professionals or observers") apart"
        case .expected(let count): "expected  " + (count.map { "\($0)" } ?? "-")
        case .expectedFromSeries: "The series' group size, until you change it."
        case .share(let percent): "\(percent)% of those expected"
        case .scaleOf(let value): "\(value) of 5"
        case .scaleEnds(let field):
            switch field {
            case .atmosphere: "1 tense · 5 relaxed and warm"
            case .safety: "1 unsafe · 5 very safe"
            case .openness: "1 closed · 5 very open"
            case .collaboration: "1 hardly worked together · 5 worked together well"
            case .wellbeing: "1 bad · 5 good"
            }
        case .moments(let count): count == 1 ? "1 moment" : "\(count) moments"
        case .suggestion(let count):
            "Suggested: \(count), the prompts the group met with resistance. It is only saved once you change it."
        case .approach(let approach):
            switch approach {
            case .doorvragen: "asked on: what makes you say that?"
            case .spelregels: "back to the ground rules"
            case .ruimte: "acknowledged and given room, without letting it take over"
            case .terugkomen: "parked, to come back to later"
            case .groep: "the group answered itself"
            case .anders: "other"
            }
        case .preMarked: "Ticked in advance: what the group responded to openly. Space removes a tick."
        case .noThemes: "No themes of the group's own yet. Press + to add one."
        case .noAgreements: "No agreements yet. Press + to add one."
        case .noRecommendations: "No advice yet. Press + to add one."
        case .recommendationsPrivacy:
            "Advice goes into reports only once the coordinator releases it in the overzicht."
        case .hours(let count): count == 1 ? "1 hour" : "\(count) hours"
        case .euros(let count): "€\(count)"
        case .carriedInto(let kind, let number):
            "They come back as a block in \(LiveWords.meetingName(kind, number: number).english)."
        case .nextStarted(let kind, let number):
            "\(Self.capitalized(LiveWords.meetingName(kind, number: number).english)) has already started; "
                + "changes made here no longer reach it."
        case .noNextMeeting: "No next meeting is planned; the agreements stay with this evaluation."
        case .agreementRoom(let count, let total): "\(count) of \(total) agreements"
        case .hand(let answer):
            switch answer {
            case .yes: "yes"
            case .partly: "partly"
            case .no: "no"
            }
        case .handsTotal(let total, let present): "together \(total) · \(present) present"
        case .noSignals: "No signals noted."
        case .signalCategory(let category): LiveWords.category(category).english
        case .signalResponse(let response):
            switch response {
            case .hulpkaart: "help card (cold referral)"
            case .onderVierOgen: "talked in private afterwards"
            case .coordinator: "discussed with the coordinator"
            case .veiligThuisAdvies: "called Veilig Thuis for advice"
            case .warmeVerwijzing: "warm referral"
            case .acuut112: "acute: 112"
            }
        case .signalsPrivacy: "Only the category and what you did: no names, no details."
        case .due(let day, let weeks):
            "on · \(day) · " + (weeks == 1 ? "1 week" : "\(weeks) weeks") + " after the meeting"
        case .done(let day): "done on \(day)"
        case .nudge:
            "This looks like it was a heavy meeting. That is sometimes part of this work, and you do not have to "
                + "carry it alone: talk it through in intervisie with other facilitators."
        case .nudgeKey: "Press i to turn intervisie on, in two weeks."
        case .intervisieOn(let day): "Intervisie is planned for \(day)."
        case .quiet: "Every change is saved at once."
        case .quietNudge: "A heavy meeting? Press i to plan intervisie."
        case .quietReadOnly: "Read only · E to edit"
        case .editedOn(let day): "edited on \(day)"

        case .newLine: "new: "
        case .editLine: "edit: "
        case .countLabel(let field, let answer):
            if let answer {
                EvaluationWords.hand(answer).english + ": "
            } else {
                switch field {
                case .turnout: "expected: "
                case .volunteerHours: "hours: "
                case .expenses: "euros: "
                default: "moments: "
                }
            }
        case .typingKeys: "Enter saves · Esc stops"
        case .characters(let count, let total): "\(count)/\(total) characters"
        }
    }
}

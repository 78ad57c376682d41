import DialoogCore

extension ReportText {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    package var english: String {
        switch self {
        case .year(let year): "\(year)"
        case .quarter(let year, let quarter): "Q\(quarter) \(year)"
        case .month(let year, let month): "\(Self.englishMonths[month - 1]) \(year)"
        case .day(let year, let month, let day): "\(day) \(Self.englishMonths[month - 1]) \(year)"
        case .between(let from, let to): "\(from) to \(to)"
        case .since(let from): "from \(from)"
        case .until(let to): "up to \(to)"
        case .allTime: "all meetings"
        case .filterOrganisation(let name): "organisation \(name)"
        case .filterMethod(let name): "methodology \(name)"
        case .filterMunicipality(let name): "municipality \(name)"
        case .filterLaptop(let id): "laptop \(id)"
        case .filterFacilitator: "one facilitator"
        case .demoIncluded: "with demo series"
        case .demoExcluded: "without demo series"
        case .generated(let day, let time): "Made on \(day) at \(time)"

        case .decimal(let value): Self.oneDecimal(value, separator: ".")
        case .percent(let value): "\(value)%"

        case .title: "Dialogue meetings"
        case .keyFigures: "Key figures"
        case .perOrganisation: "Per organisation"
        case .perMunicipality: "Per municipality"
        case .perMethod: "Per method"
        case .noMunicipality: "no municipality"
        case .seriesHeading: "Series"
        case .wentWell: "What went well"
        case .raisedThemes: "Themes groups raised themselves"
        case .promptsPerTheme: "Prompts used per theme"
        case .recommendationsHeading: "Advice to the municipality"
        case .compareHeading(let previous): "Compared with the period before (\(previous))"
        case .howCounted: "How this was counted"

        case .label(let figure):
            switch figure {
            case .meetingsHeld: "Meetings held"
            case .series: "Series"
            case .reached: "People reached"
            case .cameToAll: "At all three meetings"
            case .averageSafety: "Average felt safety"
            case .headcountParts: "Counted: women, men, young people"
            case .professionals: "Professionals present"
            case .useful: "Found the meeting useful"
            case .heard: "Felt heard"
            case .venues: "Kind of venue (series)"
            case .languages: "Languages (series)"
            case .targetGroups: "Target groups (series)"
            case .collaboration: "Collaboration with local professionals"
            case .volunteerHours: "Volunteer hours"
            case .expenses: "Expenses"
            case .signals: "Signals and referrals"
            case .followUps: "Open follow-ups"
            case .target: "Target"
            }
        case .heldValue(let held, let planned): "\(held) of \(planned) planned"
        case .seriesValue(let series, let completed): "\(series), \(completed) of them completed"
        case .cameToAllValue(let all, let first, let percent):
            "\(all) of the \(first) who were at meeting 1 (\(percent)%)"
        case .safetyValue(let average, let evaluated):
            "\(average) out of 5, over \(evaluated) \(evaluated == 1 ? "meeting" : "meetings") with a score"
        case .signalsValue(let counts):
            "\(counts.total): help card \(counts.helpCard), warm referral \(counts.warm), acute (112) \(counts.acute)"
                + (counts.privateTalk > 0 ? ", in private \(counts.privateTalk)" : "")
                + (counts.coordinator > 0 ? ", with the coordinator \(counts.coordinator)" : "")
                + (counts.adviceCall > 0 ? ", advice from Veilig Thuis \(counts.adviceCall)" : "")
        case .followUpsValue(let open, let overdue): "\(open), \(overdue) of them past their date"
        case .headcountPartsValue(let women, let men, let young, let meetings):
            "women \(women) · men \(men) · young people \(young), over \(meetings) counted "
                + (meetings == 1 ? "meeting" : "meetings")
        case .professionalsValue(let present, let meetings):
            "\(present), over \(meetings) \(meetings == 1 ? "meeting" : "meetings") with names"
        case .handsValue(let yes, let partly, let no, let meetings):
            "yes \(yes) · partly \(partly) · no \(no), over \(meetings) \(meetings == 1 ? "evaluation" : "evaluations")"
        case .perSeriesValue(let counts): counts.map { "\($0.name) \($0.count)" }.joined(separator: " · ")
        case .comparedLabel(let figure):
            switch figure {
            case .meetingsHeld: "Meetings held"
            case .series: "Series"
            case .seriesCompleted: "Series completed"
            case .reached: "People reached"
            case .cameToAll: "At all three meetings"
            case .averageSafety: "Average felt safety"
            case .women: "Counted: women"
            case .men: "Counted: men"
            case .young: "Counted: young people"
            case .professionals: "Professionals present"
            case .usefulYes: "Found it useful (yes)"
            case .heardYes: "Felt heard (yes)"
            case .volunteerHours: "Volunteer hours"
            case .expenses: "Expenses (€)"
            case .signals: "Signals and referrals"
            }
        case .collaborationValue(let average, let evaluated):
            "\(average) out of 5, over \(evaluated) \(evaluated == 1 ? "meeting" : "meetings") with a score"
        case .hoursValue(let hours, let meetings):
            "\(hours) \(hours == 1 ? "hour" : "hours"), over \(meetings) \(meetings == 1 ? "meeting" : "meetings")"
        case .expensesValue(let euros, let meetings):
            "€\(euros), over \(meetings) \(meetings == 1 ? "meeting" : "meetings")"
        case .targetValue(let reached, let amount, let figure, let percent, let period, let pace):
            "\(reached) of \(amount) \(Self.englishFigure(figure)) (\(percent)%, \(period))"
                + (reached >= amount ? "; reached" : pace.map { "; \($0) a month still needed" } ?? "; not reached")
        case .targetLabel(let scope): scope.isEmpty ? "Target" : "Target (\(scope.joined(separator: " · ")))"
        case .notKnownYet: "not known yet"
        case .noTarget: "no target set"

        case .column(let column):
            switch column {
            case .organisation: "Organisation"
            case .held: "Held"
            case .name: "Series"
            case .method: "Methodology"
            case .municipality: "Municipality"
            case .reached: "Reached"
            case .cameToAll: "All three"
            case .safety: "Safety"
            case .signals: "Signals"
            case .theme: "Theme"
            case .groups: "Groups"
            case .times: "Times"
            case .recommendation: "Advice"
            case .seriesCount: "Series"
            case .figure: "Figure"
            case .difference: "Difference"
            }
        case .withoutTheme: "no theme"
        case .demoMark: "demo"
        case .noMeetings: "No meetings match this filter."

        case .safeMeetings(let high, let evaluated):
            "In \(high) of the \(evaluated) evaluated meetings the felt safety was 4 or 5 (out of 5)."
        case .retention(let all, let first, let percent):
            "\(all) of the \(first) participants of a first meeting came to all three (\(percent)%)."
        case .completedSeries(let completed, let series):
            "\(completed) of the \(series) series held all three meetings."
        case .landedIntro: "Prompts that landed most often, according to the facilitators:"
        case .landedPrompt(let text, let count): "\(text) (\(count) \(count == 1 ? "time" : "times"))"
        case .targetProgress(let reached, let amount, let figure, let percent):
            "Target: \(reached) of the \(amount) \(Self.englishFigure(figure)) (\(percent)%)."
        case .nothingToDeriveYet:
            "The figures do not yet show anything that counts as a success (at least half); the key figures are above."
        case .noRaisedThemes: "No themes raised by groups were noted."
        case .withheldThemes(let groups):
            "Own theme (not released): \(groups) \(groups == 1 ? "group" : "groups"). Such themes stay on the "
                + "laptop until the coordinator releases them in the overzicht."
        case .noPromptUses: "No prompts were used."
        case .noRecommendations: "No advice to the municipality was noted."
        case .withheldRecommendations(let groups):
            "Advice (not released): \(groups) \(groups == 1 ? "group" : "groups"). Advice stays on the laptop "
                + "until the coordinator releases it in the overzicht."

        case .countedReached:
            "People reached: distinct participants (under a nickname) present at one meeting or more, or, "
                + "where a group was only counted, the largest headcount."
        case .countedCameToAll:
            "At all three: of those at meeting 1, who was also at 2 and 3; only over series whose three "
                + "meetings were kept with nicknames."
        case .countedSafety:
            "Felt safety: the facilitator's assessment after each meeting, from 1 (low) to 5."
        case .countedSignals:
            "Signals: how often a facilitator gave the help card, referred someone warmly or called 112 "
                + "(and, where it happened, talked in private afterwards, discussed it with the coordinator or "
                + "called Veilig Thuis for advice); "
                + "without who it was and without what was said."
        case .countedVolunteers:
            "Hours and expenses: what the facilitator entered in the evaluation (hours of facilitators and "
                + "intermediaries, preparation included; expenses in whole euros), summed over the meetings."
        case .periodRule:
            "Periods: a meeting, who came, its evaluation, signals and prompts count in the period of the "
                + "meeting's date; a series counts as completed, with who came to all three, in the period of its "
                + "third meeting. Dates in Dutch time. So four quarters add up to the year (except people reached "
                + "and the number of series)."
        case .demoRule:
            "Demo series do not count, in the overview no more than here, unless asked for "
                + "('show demo' in the overview, --include-demo with dialoog report)."
        case .privacyWithSeriesNames:
            "For internal use only: this report names series by their own name. It names no participant and no "
                + "facilitator; themes groups raised only as a library theme or once released, advice to the "
                + "municipality only once released."
        case .privacy:
            "This report names no participant and no facilitator and gives series a neutral name "
                + "(organisation · municipality · number). Themes groups raised appear only as a library theme or "
                + "when the coordinator released them; advice to the municipality only once released."
        }
    }

    /// The figure a target counts, after a number.
    static func englishFigure(_ figure: TargetFigure) -> String {
        switch figure {
        case .meetingsHeld: "meetings held"
        case .seriesCompleted: "series completed"
        case .peopleReached: "people reached"
        }
    }
}

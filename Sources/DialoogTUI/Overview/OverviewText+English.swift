import DialoogCore

extension OverviewText {
    package var english: String {
        switch self {
        case .help(let command):
            switch command {
            case .openOverview: "the overview: all series, figures, charts, follow-ups"
            case .showFollowUps: "every open follow-up (signals, aftercare, peer support)"
            case .filter: "the filters: who, which method, where and when"
            case .clearFilters: "clear every filter"
            case .sort: "sort otherwise: date, name, organisation or figures"
            case .setTarget: "set a target: a number of meetings in a period"
            case .removeTarget: "remove the target"
            case .markDone: "mark the follow-up as done (today)"
            case .markOpen: "open a follow-up marked done again"
            default: ""
            }
        case .hint(let command):
            switch command {
            case .openOverview: "overview"
            case .showFollowUps: "follow-ups"
            case .filter: "filter"
            case .clearFilters: "clear filters"
            case .sort: "sort"
            case .setTarget: "target"
            case .removeTarget: "remove target"
            case .markDone: "done"
            case .markOpen: "open again"
            default: ""
            }
        case .modeName(let mode):
            switch mode {
            case .overview: "overview"
            case .overviewFilter: "filters"
            case .overviewTarget: "target"
            case .summary: "series at a glance"
            case .followUps: "follow-ups"
            default: ""
            }
        case .notice(let notice):
            switch notice {
            case .failed(let failure): "That did not work: \(failure.english)"
            case .filtersCleared: "Every filter cleared: the overview counts everything again."
            case .followUpDone(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).english)) of \(series) marked done. u opens it again."
            case .followUpOpened(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).english)) of \(series) is open again."
            case .targetSaved(let meetings): "Target saved: \(meetings) meetings."
            case .targetRemoved: "Target removed."
            case .noTarget: "There is no target to remove."
            case .targetNeedsNumber: "Type the number of meetings first (1 to 100,000)."
            case .targetTooLarge: "A target goes up to 100,000 meetings."
            case .notHeld(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.en))) has not been held: "
                    + "there is nothing to evaluate yet."
            }
        case .words(let words): words.english
        }
    }
}

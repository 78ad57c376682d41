import DialoogCore
import DialoogPrint

extension OverviewWords {
    package var english: String {
        switch self {
        case .title: "overview"
        case .loading: "Reading the overview…"
        case .everything: "all series"
        case .filterCount(let count): count == 1 ? "1 filter" : "\(count) filters"
        case .period(let period):
            switch period {
            case .all: "all time"
            case .thisMonth: "this month"
            case .thisQuarter: "this quarter"
            case .lastQuarter: "last quarter"
            case .thisYear: "this year"
            case .lastYear: "last year"
            case .last12Months: "last 12 whole months"
            }
        case .range(let from, let through): "\(from)–\(through)"
        case .withoutDemo: "without demo"
        case .withDemo: "demo included"
        case .seriesCount(let count): count == 1 ? "1 series" : "\(count) series"
        case .meetingsHeld(let held, let planned, let short):
            short ? "\(held)/\(planned) held" : "\(held) of \(planned) meetings held"
        case .reached(let count, let short): short ? "\(count) reached" : "\(count) people reached"
        case .cameToAll(let all, let first, let percent, let short):
            (short ? "all three \(all)/\(first)" : "came to all three: \(all) of \(first)")
                + (percent.map { " (\($0)%)" } ?? "")
        case .cameToAllUnknown(let short): short ? "all three: –" : "came to all three: not known yet"
        case .safety(let average, let short):
            average.map { short ? "safety \($0)" : "average safety \($0)" }
                ?? (short ? "safety: –" : "safety: nothing evaluated yet")
        case .signals(let counts, let short):
            (counts.total == 1 ? "1 signal" : "\(counts.total) signals")
                + (short
                    ? ""
                    : " (\(counts.warm) warm, \(counts.helpCard) help card, \(counts.acute)× 112"
                        + (counts.total > counts.warm + counts.helpCard + counts.acute
                            ? ", \(counts.total - counts.warm - counts.helpCard - counts.acute) discussed" : "") + ")")
        case .followUpsOpen(let count): "follow-ups \(count) open"
        case .overdue(let count): "\(count) overdue"
        case .targetLabel: "Target"
        case .targetProgress(let reached, let amount, let figure, let percent):
            "\(reached) of \(amount) "
                + {
                    switch figure {
                    case .meetingsHeld: "meetings"
                    case .seriesCompleted: "series completed"
                    case .peopleReached: "people reached"
                    }
                }()
                + " (\(percent)%)"
        case .targetPace(let pace): "\(pace) a month to go"
        case .moreTargets(let count): "+\(count) \(count == 1 ? "target" : "targets")"
        case .targetReached: "reached"
        case .noTarget: "No target yet. t sets one: a number of meetings in a period."
        case .noTargetShort: "No target yet; t sets one."

        case .tab(let tab):
            switch tab {
            case .series: "Series"
            case .charts: "Charts"
            case .followUps: "Follow-ups"
            case .themes: "Themes"
            case .tables: "Tables"
            }
        case .sortedBy(let sort):
            "sorted by "
                + {
                    switch sort {
                    case .date: "date"
                    case .name: "name"
                    case .organisation: "organisation"
                    case .held: "held"
                    case .reached: "reached"
                    case .retention: "all three"
                    case .safety: "safety"
                    case .signals: "signals"
                    }
                }()
        case .column(let column):
            switch column {
            case .name: "series"
            case .organisation: "organisation"
            case .held: "held"
            case .reached: "reach"
            case .cameToAll: "all 3"
            case .safety: "safe"
            case .signals: "sig."
            case .dates: "dates"
            case .municipality: "municipality"
            case .method: "method"
            }
        case .columnShort(let column): column == .organisation ? "org." : OverviewWords.column(column).english
        case .demo: "DEMO"
        case .legend: "reach: people reached · all 3: came to all three · safe: safety 1-5"
        case .emptyOverview:
            "There are no series to count yet. Make one with n on the start screen, or load example "
                + "data with dialoog demo and turn on 'show demo' under f: demo series count only when shown, "
                + "as in every report."
        case .emptyFiltered: "No series match these filters. f changes the filters, x clears them."

        case .chartTitle(let kind):
            switch kind {
            case .perOrganisation: "HELD PER ORGANISATION"
            case .perNumber: "PRESENT PER MEETING"
            case .perMonth: "HELD PER MONTH"
            case .perTheme: "PROMPTS USED PER THEME"
            case .raisedThemes: "RAISED BY GROUPS (NUMBER OF GROUPS)"
            }
        case .chartEmpty: "nothing yet"
        case .chartWaiting: "reading the library…"
        case .meetingNumberHeld(let number, let held): "no. \(number) (\(held)×)"
        case .month(let year, let month): "\(LibraryText.month(month).english) \(year)"
        case .withheldThemes: "own theme (not released)"
        case .noTheme: "no theme"
        case .chartsHint: "By the filters; present: participants or headcount; (4×): times held"
        case .grouping(let grouping):
            switch grouping {
            case .municipality: "per municipality"
            case .method: "per method"
            case .organisation: "per organisation"
            }
        case .groupSeriesColumn: "series"
        case .groupTargetColumn: "target"
        case .tablesHint: "Counted as in the report · target: over its own period"

        case .kind(let kind):
            switch kind {
            case .signaal: "signal"
            case .nazorg: "aftercare"
            case .intervisie: "peer consultation"
            }
        case .themeDecision(let approved):
            switch approved {
            case true?: "released"
            case false?: "stays here"
            case nil: "new"
            }
        case .themeGroups(let count): count == 1 ? "1 group" : "\(count) groups"
        case .recommendationMark: "advice: "
        case .noThemesToReview:
            "No own themes to review. What a group raises itself that is not a theme of the library "
                + "shows here; only once released does it appear in reports and charts."
        case .themesHint: "a releases for reports · r keeps it here · never release names"
        case .lateMark: "overdue"
        case .doneMark: "done"
        case .noFollowUps:
            "No open follow-ups for these series. Signals with a follow-up date, aftercare and peer "
                + "consultation come here."
        case .followUpsHint: "Space marks done · u opens again · Enter opens the series"
        case .startHeading(let count): "FOLLOW UP (\(count))"
        case .startMore(let count): "+\(count) more"
        case .startKey: "v all follow-ups"

        case .filterTitle: "Filters"
        case .filterRow(let row):
            switch row {
            case .organisation: "organisation"
            case .method: "method"
            case .municipality: "municipality"
            case .facilitator: "facilitator"
            case .laptop: "laptop"
            case .period: "period"
            case .demo: "show demo"
            }
        case .all: "all"
        case .yes: "yes"
        case .no: "no"
        case .filterHint: "Every choice counts at once. x clears every filter."
        case .targetTitle: "Target"
        case .targetMeetings: "meetings"
        case .targetPeriod: "period"
        case .keptPeriod(let range): "as set: \(range)"
        case .bundleExportTitle: "Bundle for the coordinator"
        case .bundleImportTitle: "Import a bundle"
        case .bundlePath: "file"
        case .bundleRecipient: "key"
        case .bundleExportHint(let series):
            "The \(series) series of this overzicht, encrypted to the key (age1…). Empty: this laptop's "
                + "coordinator key. No nicknames or notes. ↑↓ switch, Enter writes."
        case .bundleImportHint:
            "A bundle, unencrypted or to this laptop's coordinator key. All of it is imported or nothing. "
                + "Enter imports, Esc closes."
        case .targetHint: "Type the number. ←→ choose the period, Enter saves, x removes the target."

        case .section(let section):
            switch section {
            case .attendance: "ATTENDANCE PER MEETING"
            case .walked: "THE PATH THE GROUP WALKED"
            case .prompts: "PROMPTS USED"
            case .raisedThemes: "THEMES THE GROUP RAISED ITSELF"
            case .agreements: "THE GROUP'S AGREEMENTS"
            case .recommendations: "ADVICE TO THE MUNICIPALITY"
            case .volunteers: "HOURS, EXPENSES AND COLLABORATION"
            case .followUps: "OPEN FOLLOW-UPS"
            }
        case .expensesTotal(let euros): "€\(euros) expenses"
        case .collaborationAverage(let average):
            "collaboration \(average) out of 5"
        case .sectionEmpty(let section):
            switch section {
            case .attendance: "no meetings yet"
            case .walked: "no block has run on the timer yet"
            case .prompts: "no prompts used yet"
            case .raisedThemes: "no themes of their own noted yet"
            case .agreements: "no agreements noted yet"
            case .recommendations: "no advice noted yet"
            case .volunteers: "nothing entered yet"
            case .followUps: "nothing open"
            }
        case .attended(let count, let expected): expected.map { "\(count) of \($0) expected" } ?? "\(count) came"
        case .meetingState(let state):
            switch state {
            case .planned: "planned"
            case .running: "running now"
            case .ended: "held"
            }
        case .evaluated: "evaluated"
        case .notEvaluated: "no evaluation"
        case .landed: "landed"
        case .unplanned: "not planned"
        case .noThemeMark: "no theme"
        case .summaryFigures(let reached): "\(reached) people reached"
        case .summaryHint: "↑↓ scroll · ←→ choose a meeting · Enter: evaluation · r: what it recorded"
        case .entryKind(let kind):
            switch kind {
            case .signal: "signal"
            case .note: "note"
            case .promptUse: "prompt"
            case .raisedTheme: "theme"
            }
        case .entryCorrected(let day, let withdrawn): withdrawn ? "withdrawn on \(day)" : "corrected on \(day)"
        case .recordsTitle(let kind, let number):
            "Recorded in \(LiveWords.meetingName(kind, number: number).localized(.en).lowercased())"
        case .recordsEmpty: "Nothing was recorded in this meeting."
        case .recordsLoading: "Reading…"
        case .recordsHint: "x withdraws a mistake (after y/n); dialoog meeting correct corrects one."
        }
    }
}

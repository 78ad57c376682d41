import DialoogCore
import Foundation

/// The overzicht as a coordinator sees it on Tuesday 1 December 2026: six series of four
/// organisations (one of them demo data), their totals and charts, a target for this year, and
/// follow-ups of which two are overdue. Values only: the screens and the reducer are tested
/// on these without a database.
extension Fixtures {
    package static func screenSeriesId(_ n: Int) -> String {
        "00000000-0000-4000-8000-0000000007" + String(format: "%02d", n)
    }

    package static func screenFigures(
        _ n: Int, _ name: String, _ organisation: String, _ method: String, _ place: String?, first: String?,
        last: String?, held: Int, planned: Int = 3, reached: Int, cameToAll: (Int, Int)? = nil, safety: Double? = nil,
        signals: SignalCounts = SignalCounts(), openFollowUps: Int = 0, demo: Bool = false
    ) -> SeriesFigures {
        SeriesFigures(
            series: Series(
                id: screenSeriesId(n), name: name, methodId: method, organisation: organisation, municipality: place,
                expectedGroupSize: 12, createdAt: now, facilitators: ["Hatice", "Ruud"], demo: demo),
            firstDate: first.map(date), lastDate: last.map(date), meetingsPlanned: planned, meetingsHeld: held,
            reached: reached, cameToFirst: cameToAll?.1, cameToAll: cameToAll?.0, averageSafety: safety,
            evaluated: held, signals: signals, openFollowUps: openFollowUps)
    }

    /// The series in the store's order: most recent first meeting first, undated last.
    package static let overviewScreenSeries: [SeriesFigures] = [
        screenFigures(
            1, "Ouders Kanaleneiland", "IOT", "yeni-pencere", "Utrecht", first: "2026-11-24T19:30",
            last: "2026-12-08T19:30", held: 2, reached: 9, safety: 3.5, signals: SignalCounts(warm: 1),
            openFollowUps: 1),
        screenFigures(
            4, "Moeders Zuidoost · Somalische groep", "FSAN", "jiheeye", "Amsterdam", first: "2026-11-10T13:00",
            last: "2027-01-12T13:00", held: 2, reached: 12, safety: 4.25, signals: SignalCounts(helpCard: 1),
            openFollowUps: 1),
        screenFigures(
            2, "Vrouwengroep Schilderswijk", "HTIB", "htib", "Den Haag", first: "2026-10-06T10:00",
            last: "2026-10-20T10:00", held: 3, reached: 14, cameToAll: (8, 11), safety: 4.0,
            signals: SignalCounts(helpCard: 1, warm: 1), openFollowUps: 1),
        screenFigures(
            3, "Mannen Transvaal", "FSAN", "jiheeye", "Den Haag", first: "2026-09-03T19:00", last: "2026-09-17T19:00",
            held: 3, reached: 10, cameToAll: (7, 9), safety: 3.75, openFollowUps: 1),
        screenFigures(
            6, "Vaders Overvecht", "IOT", "yeni-pencere", "Utrecht", first: "2026-03-05T19:30",
            last: "2026-04-02T19:30", held: 3, reached: 11, cameToAll: (6, 10), safety: 3.2,
            signals: SignalCounts(helpCard: 1, warm: 1, acute: 1), openFollowUps: 1, demo: true),
        screenFigures(
            5, "Jongeren Feijenoord", "SMN", "gesprek-in-vrijheid", "Rotterdam", first: nil, last: nil, held: 0,
            reached: 0),
    ]

    package static let overviewTotals = Overview.Totals(
        series: 6, meetingsPlanned: 18, meetingsHeld: 13, reached: 56, cameToFirst: 30, cameToAll: 21,
        seriesCompleted: 3, averageSafety: 3.72, evaluated: 13, signals: SignalCounts(helpCard: 3, warm: 3, acute: 1),
        openFollowUps: 5, overdueFollowUps: 2,
        heldPerOrganisation: [
            .init(name: "FSAN", count: 5), .init(name: "IOT", count: 5), .init(name: "HTIB", count: 3),
        ])

    /// The overzicht for `filter` with every figure filled in, and a target of 40 meetings
    /// this year of which 13 are held.
    package static func sampleOverview(_ filter: OverviewFilter = OverviewFilter()) -> Overview {
        Overview(
            filter: filter, series: overviewScreenSeries, totals: overviewTotals,
            meetingsPerMonth: [(3, 1), (4, 2), (5, 0), (6, 0), (7, 0), (8, 0), (9, 3), (10, 3), (11, 3), (12, 1)].map {
                Overview.MonthCount(year: 2026, month: $0.0, count: $0.1)
            },
            attendancePerNumber: [
                .init(number: 1, count: 48, meetings: 5), .init(number: 2, count: 41, meetings: 4),
                .init(number: 3, count: 33, meetings: 3),
            ],
            promptUses: [
                .init(promptId: "opvoeding-stelling-1", count: 9), .init(promptId: "twee-culturen-vraag-2", count: 7),
                .init(promptId: "gelijkheid-man-vrouw-stelling-2", count: 6), .init(promptId: "opening-1", count: 5),
                .init(promptId: "huiselijk-geweld-stelling-1", count: 3),
                .init(promptId: "opvoeding-vraag-1", count: 2),
            ],
            raisedThemes: [
                .init(name: "schoonfamilie", count: 3), .init(name: "geld en werk", count: 2),
                .init(name: "social media en kinderen", count: 1),
            ],
            targets: [
                TargetProgress(
                    target: OverviewTarget(amount: 40, from: date("2026-01-01T00:00"), to: date("2027-01-01T00:00")),
                    reached: 13)
            ])
    }

    package static let overviewChoices = FilterChoices(
        organisations: ["FSAN", "HTIB", "IOT", "SMN"],
        methodIds: ["gesprek-in-vrijheid", "htib", "jiheeye", "yeni-pencere"],
        municipalities: ["Amsterdam", "Den Haag", "Rotterdam", "Utrecht"], facilitators: ["Hatice", "Ruud"])

    /// Open follow-ups, soonest first as the store reads them: two overdue, one today, one next
    /// week, one in January (beyond the start screen's week).
    package static let sampleFollowUps: [FollowUp] = [
        FollowUp(
            id: .init(kind: .signaal, subject: "signal-1"), seriesId: screenSeriesId(1),
            seriesName: "Ouders Kanaleneiland",
            meetingId: "meeting-1-1", meetingNumber: 1, due: date("2026-11-24T00:00"), category: .huiselijkGeweld),
        FollowUp(
            id: .init(kind: .intervisie, subject: "meeting-2-3"), seriesId: screenSeriesId(2),
            seriesName: "Vrouwengroep Schilderswijk", meetingId: "meeting-2-3", meetingNumber: 3,
            due: date("2026-11-30T00:00")),
        FollowUp(
            id: .init(kind: .signaal, subject: "signal-2"), seriesId: screenSeriesId(4),
            seriesName: "Moeders Zuidoost · Somalische groep", meetingId: "meeting-4-2", meetingNumber: 2,
            due: date("2026-12-01T00:00"), category: .huwelijksdwang),
        FollowUp(
            id: .init(kind: .nazorg, subject: "meeting-6-3"), seriesId: screenSeriesId(6),
            seriesName: "Vaders Overvecht",
            meetingId: "meeting-6-3", meetingNumber: 3, due: date("2026-12-07T00:00"), demo: true),
        FollowUp(
            id: .init(kind: .nazorg, subject: "meeting-3-3"), seriesId: screenSeriesId(3),
            seriesName: "Mannen Transvaal",
            meetingId: "meeting-3-3", meetingNumber: 3, due: date("2027-01-14T00:00")),
    ]

    /// A state on the overzicht with `sampleOverview` read, on `tab`, with the shipped library.
    package static func overviewScreenState(
        size: TerminalSize = .init(width: 80, height: 24), language: Language = .nl, tab: OverviewTab = .series,
        library: Bool = true
    ) -> AppState {
        var state = Fixtures.state(series: sampleSeries, size: size)
        state.language = language
        if library { state.library = shipped.library }
        _ = state.reduce(.command(.openOverview))
        _ = state.reduce(.overviewLoaded(sampleOverview(), choices: overviewChoices))
        _ = state.reduce(.followUpsLoaded(sampleFollowUps))
        while state.overviewState.tab != tab { _ = state.reduce(.command(.nextTab)) }
        return state
    }
}

// MARK: - The series summary

extension Fixtures {
    /// Vrouwengroep Schilderswijk after its three meetings and before its aftercare meeting:
    /// attendance against expected, the path walked, prompts (some landed), the group's own
    /// themes and agreements, and one follow-up.
    package static var sampleSummary: SeriesSummary {
        let series = overviewScreenSeries[2].series
        func meeting(
            _ number: Int, _ day: String, _ state: Meeting.State, kind: Meeting.Kind = .regular, came: Int,
            expected: Int? = 12, evaluated: Bool = true
        ) -> MeetingFigures {
            MeetingFigures(
                seriesId: series.id, seriesName: series.name, organisation: series.organisation,
                methodId: series.methodId, municipality: series.municipality, meetingId: "meeting-2-\(number)",
                number: number, kind: kind, date: date(day), state: state, expected: expected, participants: came,
                evaluated: evaluated)
        }
        func walked(_ number: Int, _ title: String, _ kind: BlockKind, _ theme: String?, _ minutes: Int)
            -> SeriesSummary.WalkedBlock
        {
            .init(meetingNumber: number, title: title, kind: kind, theme: theme, seconds: minutes * 60 + 20)
        }
        return SeriesSummary(
            series: series,
            meetings: [
                meeting(1, "2026-10-06T10:00", .ended, came: 11, expected: 12),
                meeting(2, "2026-10-13T10:00", .ended, came: 9, expected: 12),
                meeting(3, "2026-10-20T10:00", .ended, came: 8, expected: 10),
                meeting(4, "2026-12-15T10:00", .planned, kind: .aftercare, came: 0, evaluated: false),
            ],
            cameToFirst: 11, cameToAll: 8, reached: 14,
            walked: [
                walked(1, "Welkom", .welkom, nil, 10), walked(1, "Spelregels", .spelregels, nil, 5),
                walked(1, "Opvoeden hier en daar", .kern, "opvoeding", 25), walked(1, "Pauze", .pauze, nil, 15),
                walked(1, "Twee culturen", .kern, "twee-culturen", 30), walked(1, "Afsluiting", .afsluiting, nil, 10),
                walked(2, "Welkom", .welkom, nil, 10), walked(2, "Wie doet wat", .kern, "gelijkheid-man-vrouw", 35),
                walked(2, "Druk van buiten", .kern, "sociale-druk", 30), walked(2, "Afsluiting", .afsluiting, nil, 10),
                walked(3, "Terug naar jullie afspraken", .terugblik, nil, 10),
                walked(3, "Veilig thuis", .kern, "huiselijk-geweld", 40), walked(3, "Afsluiting", .afsluiting, nil, 15),
            ],
            promptsUsed: [
                .init(meetingNumber: 1, promptId: "opvoeding-stelling-1", planned: true, response: .open, landed: true),
                .init(
                    meetingNumber: 1, promptId: "twee-culturen-vraag-2", planned: true, response: .gemengd,
                    landed: false),
                .init(
                    meetingNumber: 2, promptId: "gelijkheid-man-vrouw-stelling-2", planned: true, response: .open,
                    landed: true),
                .init(
                    meetingNumber: 3, promptId: "huiselijk-geweld-stelling-1", planned: false, response: nil,
                    landed: false),
            ],
            raisedThemes: [
                .init(meetingNumber: 1, text: "Schoonfamilie die meebeslist over de opvoeding"),
                .init(meetingNumber: 2, text: "Geld en wie erover beslist"),
            ],
            agreements: [
                .init(meetingNumber: 2, text: "We vragen de wijkagent voor de volgende keer"),
                .init(meetingNumber: 3, text: "Elke maand samen koffie in het buurthuis, ook na de drie bijeenkomsten"),
            ],
            followUps: [sampleFollowUps[1]])
    }
}

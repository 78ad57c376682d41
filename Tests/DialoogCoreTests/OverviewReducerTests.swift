import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The overzicht's reducer: what opens it and what it reads, the filters and their periods,
/// sorting, tabs, the drill-down into a series and a meeting, the target form, follow-ups
/// marked done and open again, and the start screen's follow-ups.
@Suite("Overview")
struct OverviewReducerTests {
    func overview(_ commands: [Command] = [], tab: OverviewTab = .series) -> AppState {
        var state = Fixtures.overviewScreenState(tab: tab)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    func date(_ text: String) -> Date { Fixtures.date(text) }

    // MARK: - Opening and leaving

    @Test func oOpensTheOverzichtAndReadsItForTheFilter() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        #expect(state.reduce(.command(.openOverview)) == [.loadOverview(.counted)])
        #expect(state.screen == .overview && state.inputMode == .overview)
        _ = state.reduce(.overviewLoaded(Fixtures.sampleOverview(), choices: Fixtures.overviewChoices))
        #expect(state.overviewState.rows.map(\.series.name).first == "Ouders Kanaleneiland")
        #expect(state.overviewState.choices == Fixtures.overviewChoices)
    }

    @Test func vOpensTheFollowUpsTabAndReadsEveryOpenFollowUp() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        #expect(state.reduce(.command(.showFollowUps)) == [.loadOverview(.counted), .loadOpenFollowUps])
        #expect(state.overviewState.tab == .followUps && state.inputMode == .followUps)
    }

    @Test func vShowsEveryFollowUpWhateverFilterWasLeftBehind() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        _ = state.reduce(.command(.openOverview))
        state.overviewState.filter.organisation = "FSAN"
        state.overviewState.period = .thisQuarter
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .start)
        #expect(state.reduce(.command(.showFollowUps)) == [.loadOverview(.counted), .loadOpenFollowUps])
        #expect(state.overviewState.period == .all)
    }

    @Test func qGoesBackToTheStartScreenWhichReadsItsSeriesAndFollowUps() {
        var state = overview()
        #expect(state.reduce(.command(.closeOverlay)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start)
    }

    @Test func theStartScreenReadsItsFollowUpsWithItsSeriesOnLaunchAndOnReturn() {
        var state = AppState(now: Fixtures.now, size: .init(width: 80, height: 24), databasePath: "x")
        #expect(state.reduce(.launched) == [.loadSeries, .loadFollowUps, .openLive(.resume)])
        _ = state.reduce(.followUpsLoaded(Fixtures.sampleFollowUps))
        #expect(state.followUps == Fixtures.sampleFollowUps)
        // From the planner and from live mode too.
        var planner = Fixtures.state(series: Fixtures.sampleSeries)
        _ = planner.reduce(.command(.open))
        _ = planner.reduce(.planLoaded(Fixtures.livePlan))
        #expect(planner.screen == .planner)
        #expect(planner.reduce(.command(.closeOverlay)).suffix(2) == [.loadSeries, .loadFollowUps])
        var live = Fixtures.liveState()
        #expect(live.reduce(.command(.leaveLive)).suffix(2) == [.loadSeries, .loadFollowUps])
    }

    @Test func theOverzichtReopensAsItWasLeftWithItsPeriodMovedToToday() {
        var state = overview([.filter, .moveDown, .moveDown, .moveDown, .moveDown, .nextChoice, .closeOverlay])
        #expect(state.overviewState.period == .thisMonth)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.tick(date("2027-01-04T09:00")))
        let effects = state.reduce(.command(.openOverview))
        #expect(state.overviewState.filter.from == date("2027-01-01T00:00"))
        #expect(effects == [.loadOverview(state.overviewState.filter)])
    }

    @Test func aReadOverzichtBringsBackTheScreenAFormOpenedFrom() {
        var state = overview()
        state.screen = .evaluation
        _ = state.reduce(.overviewLoaded(Fixtures.sampleOverview(), choices: Fixtures.overviewChoices))
        #expect(state.screen == .overview)
    }

    @Test func aFailedReadSaysSoAndAMissingLibraryLeavesTheOverzichtOpen() {
        var state = overview()
        _ = state.reduce(.overviewFailed(.unexpected("schijf vol")))
        #expect(state.status == .overview(.failed(.unexpected("schijf vol"))))
        _ = state.reduce(.libraryFailed(.unexpected("kapot")))
        #expect(state.screen == .overview)
    }

    // MARK: - Tabs

    @Test func tabGoesRoundTheTabsAndReadsWhatEachNeeds() {
        var state = Fixtures.overviewScreenState(library: false)
        #expect(state.reduce(.command(.nextTab)) == [.loadLibrary])
        #expect(state.overviewState.tab == .charts)
        #expect(state.reduce(.command(.nextTab)) == [.loadOpenFollowUps])
        #expect(state.overviewState.tab == .followUps && state.inputMode == .followUps)
        // The theme review needs the library first, to leave out what matches a library theme.
        #expect(state.reduce(.command(.nextTab)) == [.loadLibrary, .loadThemeReviews])
        #expect(state.overviewState.tab == .themes && state.inputMode == .themeReview)
        // The tables name methods as the library does: it is asked for while it is missing.
        #expect(state.reduce(.command(.nextTab)) == [.loadLibrary])
        #expect(state.overviewState.tab == .tables && state.inputMode == .overviewTables)
        #expect(state.reduce(.command(.nextTab)) == [])
        #expect(state.overviewState.tab == .series)
        _ = state.reduce(.command(.previousTab))
        #expect(state.overviewState.tab == .tables)
    }

    @Test func aWordingIsReleasedOrKeptOnceAndTheFiguresReadAgain() {
        var state = overview(tab: .themes)
        let items = [
            ThemeReviewItem(key: "huisvesting", text: "Huisvesting", groups: 2),
            ThemeReviewItem(key: "ruzie met ahmed", text: "ruzie met Ahmed", groups: 1),
        ]
        _ = state.reduce(.themeReviewsLoaded(items))
        #expect(state.inputMode == .themeReview)
        var released = items[0]
        released.approved = true
        #expect(
            state.reduce(.command(.approveTheme))
                == [
                    .reviewTheme(released, approved: true), .loadThemeReviews,
                    .loadOverview(state.overviewState.filter),
                ])
        #expect(state.status == .overview(.themeApproved("Huisvesting")))
        // Approving again changes nothing; the cursor moves on and r keeps the other here.
        #expect(state.reduce(.command(.approveTheme)) == [])
        _ = state.reduce(.command(.moveDown))
        var kept = items[1]
        kept.approved = false
        #expect(state.reduce(.command(.rejectTheme)).first == .reviewTheme(kept, approved: false))
        // The list read again in the store's order keeps the cursor on the same wording.
        _ = state.reduce(.themeReviewsLoaded([kept, released]))
        #expect(state.overviewState.selectedTheme?.key == "ruzie met ahmed")
    }

    @Test func theChartsScrollUntilTheirLastLineAndNoFurther() {
        var state = overview(tab: .charts)
        _ = state.reduce(.command(.moveLast))
        // Two columns at 80; the right one is longer: 11 lines of months, a blank, 6 of themes.
        #expect(state.overviewState.chartScroll == 18 - OverviewState.tabRows(in: state.size))
        _ = state.reduce(.command(.moveDown))
        #expect(state.overviewState.chartScroll == 18 - OverviewState.tabRows(in: state.size))
        _ = state.reduce(.command(.moveFirst))
        #expect(state.overviewState.chartScroll == 0)
    }

    // MARK: - Filters

    @Test func eachFilterGoesRoundAllAndTheChoicesAndReadsTheOverzichtAgain() {
        var state = overview([.filter])
        #expect(state.inputMode == .overviewFilter)
        var filter = OverviewFilter.counted
        filter.organisation = "FSAN"
        #expect(state.reduce(.command(.nextChoice)) == [.loadOverview(filter)])
        _ = state.reduce(.command(.previousChoice))
        #expect(state.overviewState.filter.organisation == nil)
        _ = state.reduce(.command(.previousChoice))
        #expect(state.overviewState.filter.organisation == "SMN")
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        #expect(state.overviewState.filter.methodId == "htib")
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextChoice))
        #expect(state.overviewState.filter.municipality == "Amsterdam")
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextChoice))
        #expect(state.overviewState.filter.facilitator == "Hatice")
        _ = state.reduce(.command(.moveLast))
        _ = state.reduce(.command(.moveUp))
        // Demo series are left out, as in every report, until shown: showing them is a filter.
        #expect(!state.overviewState.filter.includeDemo)
        #expect(state.overviewState.activeFilters == 4)
        _ = state.reduce(.command(.nextChoice))
        #expect(state.overviewState.filter.includeDemo)
        #expect(state.overviewState.activeFilters == 5)
        _ = state.reduce(.command(.nextChoice))
        #expect(!state.overviewState.filter.includeDemo)
    }

    @Test func theLaptopFilterGoesRoundTheLaptopsTheSeriesCameFrom() {
        var state = overview([.filter, .moveLast])
        state.overviewState.choices.laptops = [
            "1c2e9a40-0000-4000-8000-000000000000", "d5884d06-0000-4000-8000-000000000000",
        ]
        var filter = OverviewFilter.counted
        filter.laptop = "1c2e9a40-0000-4000-8000-000000000000"
        #expect(state.reduce(.command(.nextChoice)) == [.loadOverview(filter)])
        #expect(state.overviewState.activeFilters == 1)
        _ = state.reduce(.command(.previousChoice))
        #expect(state.overviewState.filter.laptop == nil)
    }

    @Test func aFilterValueNoLongerAmongTheChoicesStartsAgainFromTheFirst() {
        #expect(AppState.cycle("Weg", in: ["A", "B"], by: 1) == "A")
        #expect(AppState.cycle("b", in: ["A", "B"], by: 1) == nil)
        #expect(AppState.cycle(nil, in: [], by: -1) == nil)
    }

    @Test func closingTheFilterPanelKeepsTheFilters() {
        var state = overview([.filter, .nextChoice])
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.overviewState.panel == nil && state.overviewState.filter.organisation == "FSAN")
    }

    @Test func theOverzichtCountsWhatTheReportsCountDemoSeriesLeftOut() {
        let state = overview([])
        #expect(state.overviewState.filter == .counted)
        #expect(!OverviewFilter.counted.includeDemo && state.overviewState.activeFilters == 0)
    }

    @Test func xClearsEveryFilterAndSaysSo() {
        var state = overview([.filter, .nextChoice, .moveDown, .moveDown, .moveDown, .moveDown, .nextChoice])
        #expect(state.reduce(.command(.clearFilters)) == [.loadOverview(.counted)])
        #expect(state.overviewState.period == .all && state.status == .overview(.filtersCleared))
        _ = state.reduce(.command(.closeOverlay))
        // Nothing to clear: no message.
        #expect(state.reduce(.command(.clearFilters)) == [.loadOverview(.counted)])
        #expect(state.status == nil)
    }

    @Test func thePeriodFilterGoesThroughEveryPeriod() {
        var state = overview([.filter, .moveDown, .moveDown, .moveDown, .moveDown])
        var seen: [OverviewPeriod] = []
        for _ in OverviewPeriod.allCases {
            _ = state.reduce(.command(.nextChoice))
            seen.append(state.overviewState.period)
        }
        #expect(seen == Array(OverviewPeriod.allCases.dropFirst()) + [.all])
        #expect(state.overviewState.filter.from == nil && state.overviewState.filter.to == nil)
    }

    // MARK: - Periods

    func range(_ period: OverviewPeriod, at now: String) -> (Date, Date)? {
        period.range(now: date(now), calendar: Fixtures.calendar).map { ($0.from, $0.to) }
    }

    @Test func periodsAreWholeLocalDaysFromTheirFirstMidnightToTheNext() {
        let now = "2026-12-01T19:30"
        #expect(range(.all, at: now) == nil)
        #expect(range(.thisMonth, at: now)! == (date("2026-12-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.thisQuarter, at: now)! == (date("2026-10-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.lastQuarter, at: now)! == (date("2026-07-01T00:00"), date("2026-10-01T00:00")))
        #expect(range(.thisYear, at: now)! == (date("2026-01-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.lastYear, at: now)! == (date("2025-01-01T00:00"), date("2026-01-01T00:00")))
        // The twelve whole months before December: never the calendar year it would look like.
        #expect(range(.last12Months, at: now)! == (date("2025-12-01T00:00"), date("2026-12-01T00:00")))
        // Local midnight in Amsterdam's winter is 23:00 the day before in UTC.
        #expect(range(.thisQuarter, at: now)!.0 == Date(timeIntervalSince1970: 1_790_809_200))
    }

    @Test func periodsCrossTheYearInJanuary() {
        let now = "2027-01-01T00:00"
        #expect(range(.thisQuarter, at: now)! == (date("2027-01-01T00:00"), date("2027-04-01T00:00")))
        #expect(range(.lastQuarter, at: now)! == (date("2026-10-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.last12Months, at: now)! == (date("2026-01-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.lastYear, at: now)! == (date("2026-01-01T00:00"), date("2027-01-01T00:00")))
        // The last minute of a quarter still belongs to it.
        #expect(range(.thisQuarter, at: "2026-12-31T23:59")! == (date("2026-10-01T00:00"), date("2027-01-01T00:00")))
        #expect(range(.thisQuarter, at: "2026-03-31T23:59")! == (date("2026-01-01T00:00"), date("2026-04-01T00:00")))
    }

    @Test func aStoredPeriodIsRecognisedAsThePresetItMatches() {
        let now = date("2026-12-01T19:30")
        #expect(
            OverviewPeriod.matching(
                from: date("2026-10-01T00:00"), to: date("2027-01-01T00:00"), now: now, calendar: Fixtures.calendar)
                == .thisQuarter)
        #expect(
            OverviewPeriod.matching(
                from: date("2026-10-02T00:00"), to: date("2027-01-01T00:00"), now: now, calendar: Fixtures.calendar)
                == nil)
    }

    // MARK: - Sorting

    func names(_ state: AppState) -> [String] { state.overviewState.rows.map(\.series.name) }

    @Test func sGoesThroughEveryOrderAndTheCursorStaysOnItsSeries() {
        var state = overview([.moveDown, .moveDown])
        #expect(state.overviewState.selectedSeries?.series.name == "Vrouwengroep Schilderswijk")
        var orders: [OverviewSort] = [state.overviewState.sort]
        for _ in OverviewSort.allCases {
            _ = state.reduce(.command(.sort))
            orders.append(state.overviewState.sort)
            #expect(state.overviewState.selectedSeries?.series.name == "Vrouwengroep Schilderswijk")
        }
        #expect(orders == OverviewSort.allCases + [.date])
    }

    @Test func eachOrderSortsTheRowsReadWithTiesInTheOrderTheyCame() {
        let rows = Fixtures.overviewScreenSeries
        func sorted(_ sort: OverviewSort) -> [String] { sort.sorted(rows).map(\.series.name) }
        #expect(
            sorted(.date) == [
                "Ouders Kanaleneiland", "Moeders Zuidoost · Somalische groep", "Vrouwengroep Schilderswijk",
                "Mannen Transvaal", "Vaders Overvecht", "Jongeren Feijenoord",
            ])
        #expect(
            sorted(.name) == [
                "Jongeren Feijenoord", "Mannen Transvaal", "Moeders Zuidoost · Somalische groep",
                "Ouders Kanaleneiland", "Vaders Overvecht", "Vrouwengroep Schilderswijk",
            ])
        // FSAN, HTIB, IOT, SMN; each organisation's series in the order read.
        #expect(
            sorted(.organisation) == [
                "Moeders Zuidoost · Somalische groep", "Mannen Transvaal", "Vrouwengroep Schilderswijk",
                "Ouders Kanaleneiland", "Vaders Overvecht", "Jongeren Feijenoord",
            ])
        #expect(
            sorted(.held) == [
                "Vrouwengroep Schilderswijk", "Mannen Transvaal", "Vaders Overvecht", "Ouders Kanaleneiland",
                "Moeders Zuidoost · Somalische groep", "Jongeren Feijenoord",
            ])
        #expect(sorted(.reached).prefix(2) == ["Vrouwengroep Schilderswijk", "Moeders Zuidoost · Somalische groep"])
        // 8/11, 7/9, 6/10; series without the figure last, in the order read.
        #expect(
            sorted(.retention) == [
                "Mannen Transvaal", "Vrouwengroep Schilderswijk", "Vaders Overvecht", "Ouders Kanaleneiland",
                "Moeders Zuidoost · Somalische groep", "Jongeren Feijenoord",
            ])
        #expect(sorted(.safety).first == "Moeders Zuidoost · Somalische groep")
        #expect(sorted(.safety).last == "Jongeren Feijenoord")
        #expect(
            sorted(.signals) == [
                "Vaders Overvecht", "Vrouwengroep Schilderswijk", "Ouders Kanaleneiland",
                "Moeders Zuidoost · Somalische groep", "Mannen Transvaal", "Jongeren Feijenoord",
            ])
    }

    @Test func aNewReadKeepsTheOrderChosenAndTheCursorOnItsSeries() {
        var state = overview([.sort, .moveDown])
        let name = state.overviewState.selectedSeries?.series.name
        // By name the cursor followed Ouders Kanaleneiland to the fourth row; one down is Vaders.
        #expect(name == "Vaders Overvecht")
        var smaller = Fixtures.sampleOverview()
        smaller.series.removeFirst(3)
        _ = state.reduce(.overviewLoaded(smaller, choices: Fixtures.overviewChoices))
        #expect(names(state) == ["Jongeren Feijenoord", "Mannen Transvaal", "Vaders Overvecht"])
        #expect(state.overviewState.selectedSeries?.series.name == name)
    }

    // MARK: - Drill-down

    @Test func enterOnASeriesReadsItsSummaryWhichOpensWhenItArrives() {
        var state = overview([.moveDown, .moveDown])
        #expect(state.reduce(.command(.open)) == [.loadSummary(seriesId: Fixtures.screenSeriesId(2))])
        #expect(state.screen == .overview)
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(state.screen == .summary && state.inputMode == .summary)
        // The cursor starts on the meeting held last: the one just evaluated.
        #expect(state.overviewState.summaryMeeting == 2)
        #expect(state.reduce(.command(.closeOverlay)) == [.loadOverview(.counted)])
        #expect(state.screen == .overview && state.overviewState.summary == nil)
    }

    @Test func theSummaryReadsTheLibraryForItsPromptsWhenItIsMissing() {
        var state = Fixtures.overviewScreenState(library: false)
        #expect(
            state.reduce(.command(.open)) == [.loadLibrary, .loadSummary(seriesId: Fixtures.screenSeriesId(1))])
    }

    @Test func enterOnAHeldMeetingOpensItsEvaluationAndOnAPlannedOneSaysWhyNot() {
        var state = overview()
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(state.reduce(.command(.open)) == [.loadEvaluation(meetingId: "meeting-2-3")])
        _ = state.reduce(.command(.nextMeeting))
        #expect(state.reduce(.command(.open)) == [])
        #expect(state.status == .overview(.notHeld(.aftercare, number: 4)))
        _ = state.reduce(.command(.nextMeeting))
        #expect(state.overviewState.summaryMeeting == 3)
        for _ in 0..<5 { _ = state.reduce(.command(.previousMeeting)) }
        #expect(state.overviewState.summaryMeeting == 0)
    }

    @Test func theEvaluationFormReturnsToTheSummaryAsItWasLeft() {
        var state = overview()
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        _ = state.reduce(.command(.previousMeeting))
        _ = state.reduce(.command(.moveDown))
        // The form opens (H2's screen), and closes by reading the summary again.
        state.screen = .evaluation
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(state.screen == .summary)
        #expect(state.overviewState.summaryMeeting == 1 && state.overviewState.summaryScroll == 1)
        #expect(state.reduce(.command(.closeOverlay)) == [.loadOverview(.counted)])
    }

    @Test func aSummaryAfterMeetingThreeGoesBackToTheStartScreen() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        state.screen = .evaluation
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(state.screen == .summary && state.overviewState.summaryFrom == .start)
        #expect(state.reduce(.command(.closeOverlay)) == [.loadSeries, .loadFollowUps])
        #expect(state.screen == .start)
    }

    @Test func theSummaryScrollsToItsEndAndKeepsTheChosenMeetingInView() {
        var state = Fixtures.overviewScreenState(size: .init(width: 60, height: 16))
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        let rows = Fixtures.sampleSummary.rows
        let visible = OverviewState.summaryRows(in: state.size)
        _ = state.reduce(.command(.moveLast))
        #expect(state.overviewState.summaryScroll == rows.count - visible)
        _ = state.reduce(.command(.pageDown))
        #expect(state.overviewState.summaryScroll == rows.count - visible)
        _ = state.reduce(.command(.previousMeeting))
        let line = rows.firstIndex(of: .meeting(1))!
        #expect(state.overviewState.summaryScroll == line)
    }

    @Test func theSummaryHasEachSectionWithItsItemsOrASayingNothingYet() {
        let rows = Fixtures.sampleSummary.rows
        #expect(rows.prefix(5) == [.heading(.attendance), .meeting(0), .meeting(1), .meeting(2), .meeting(3)])
        #expect(rows.contains(.walked(meetingNumber: 3)) && !rows.contains(.walked(meetingNumber: 4)))
        #expect(rows.filter { if case .heading = $0 { true } else { false } }.count == SummarySection.allCases.count)
        let empty = SeriesSummary(series: Fixtures.overviewScreenSeries[0].series).rows
        #expect(empty.filter { if case .empty = $0 { true } else { false } }.count == SummarySection.allCases.count)
    }

    // MARK: - Target

    @Test func theTargetFormOpensWithTheTargetAsSet() {
        let state = overview([.setTarget])
        guard case .target(let form) = state.overviewState.panel else {
            Issue.record("no target form")
            return
        }
        #expect(state.inputMode == .overviewTarget && InputMode.overviewTarget.takesText)
        #expect(form.digits == "40" && form.period == .preset(.thisYear))
        #expect(!form.choices.contains(.preset(.all)))
    }

    @Test func aTargetThatMatchesNoPeriodKeepsItsOwnDates() {
        var state = Fixtures.overviewScreenState()
        var odd = Fixtures.sampleOverview()
        odd.targets = [
            TargetProgress(
                target: OverviewTarget(amount: 12, from: date("2026-02-15T00:00"), to: date("2026-05-01T00:00")),
                reached: 0)
        ]
        _ = state.reduce(.overviewLoaded(odd, choices: Fixtures.overviewChoices))
        _ = state.reduce(.command(.setTarget))
        guard case .target(let form) = state.overviewState.panel else { return }
        #expect(form.period == .kept(from: date("2026-02-15T00:00"), to: date("2026-05-01T00:00")))
        var effects = state.reduce(.command(.confirm))
        #expect(effects.first == .setTarget(odd.target))
        // Without a target the form starts empty on the filter's period.
        odd.targets = []
        _ = state.reduce(.overviewLoaded(odd, choices: Fixtures.overviewChoices))
        _ = state.reduce(.command(.filter))
        for _ in 0..<4 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.setTarget))
        #expect(
            state.overviewState.panel
                == .target(
                    TargetForm(
                        digits: "", choices: OverviewPeriod.targetChoices.map(TargetPeriod.preset), choice: 1)))
        effects = state.reduce(.command(.confirm))
        #expect(effects == [] && state.status == .overview(.targetNeedsNumber))
    }

    @Test func theTargetsDigitsAreEditedWhereTheCursorIs() {
        var state = overview([.setTarget, .deleteToStart])
        _ = state.reduce(.insertText("45"))
        _ = state.reduce(.command(.cursorToStart))
        _ = state.reduce(.command(.deleteForward))
        _ = state.reduce(.insertText("2"))
        guard case .target(let form) = state.overviewState.panel else {
            Issue.record("target closed")
            return
        }
        #expect(form.digits == "25")
        // ← → still choose the period here.
        _ = state.reduce(.command(.nextChoice))
        guard case .target(let moved) = state.overviewState.panel else { return }
        #expect(moved.digits == "25" && moved.choice != form.choice)
    }

    @Test func typedDigitsMakeTheNumberUpToTheLargestTarget() {
        var state = overview([.setTarget, .deleteBackward, .deleteBackward])
        _ = state.reduce(.insertText("0"))
        _ = state.reduce(.insertText("7a-"))
        _ = state.reduce(.insertText("5"))
        guard case .target(var form) = state.overviewState.panel else { return }
        #expect(form.digits == "75")
        _ = state.reduce(.insertText("000"))
        guard case .target(let bigger) = state.overviewState.panel else { return }
        form = bigger
        #expect(form.digits == "75000" && state.status == nil)
        _ = state.reduce(.insertText("0"))
        guard case .target(let refused) = state.overviewState.panel else { return }
        #expect(refused.digits == "75000" && state.status == .overview(.targetTooLarge))
    }

    @Test func theFirstDigitReplacesTheStoredNumberAndBackspaceEditsIt() {
        var state = overview([.setTarget])
        _ = state.reduce(.insertText("5"))
        _ = state.reduce(.insertText("0"))
        #expect(state.overviewState.panel.map { if case .target(let form) = $0 { form.digits } else { "" } } == "50")
        var editing = overview([.setTarget, .deleteBackward])
        _ = editing.reduce(.insertText("5"))
        #expect(editing.overviewState.panel.map { if case .target(let form) = $0 { form.digits } else { "" } } == "45")
    }

    @Test func enterSavesTheTargetForThePeriodChosenAndReadsTheOverzichtAgain() {
        var state = overview([.setTarget, .deleteBackward, .deleteBackward, .previousChoice])
        _ = state.reduce(.insertText("60"))
        // One choice back from this year: last quarter.
        let target = OverviewTarget(amount: 60, from: date("2026-07-01T00:00"), to: date("2026-10-01T00:00"))
        #expect(state.reduce(.command(.confirm)) == [.setTarget(target), .loadOverview(.counted)])
        #expect(state.overviewState.panel == nil && state.status == .overview(.targetSaved(60)))
    }

    @Test func xRemovesTheTargetAndSaysSoWhenThereIsNone() {
        var state = overview([.setTarget])
        #expect(state.reduce(.command(.removeTarget)) == [.setTarget(nil), .loadOverview(.counted)])
        #expect(state.status == .overview(.targetRemoved))
        var none = Fixtures.sampleOverview()
        none.targets = []
        _ = state.reduce(.overviewLoaded(none, choices: Fixtures.overviewChoices))
        _ = state.reduce(.command(.setTarget))
        #expect(state.reduce(.command(.removeTarget)) == [])
        #expect(state.status == .overview(.noTarget))
    }

    @Test func escClosesTheTargetFormWithoutSaving() {
        var state = overview([.setTarget])
        _ = state.reduce(.insertText("9"))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.overviewState.panel == nil)
    }

    // MARK: - Follow-ups

    @Test func theFollowUpsTabListsOverdueFirstOnlyForTheListedSeries() {
        var state = overview(tab: .followUps)
        #expect(state.overviewFollowUps.map(\.id.subject) == Fixtures.sampleFollowUps.map(\.id.subject))
        var fewer = Fixtures.sampleOverview()
        fewer.series.removeAll { $0.series.demo }
        _ = state.reduce(.overviewLoaded(fewer, choices: Fixtures.overviewChoices))
        #expect(!state.overviewFollowUps.contains { $0.seriesName == "Vaders Overvecht" })
        // Read in another order, they are still shown soonest first.
        _ = state.reduce(.followUpsLoaded(Fixtures.sampleFollowUps.reversed()))
        #expect(state.overviewFollowUps.first?.id.subject == "signal-1")
    }

    @Test func spaceMarksTheFollowUpDoneTodayAndUOpensItAgain() {
        var state = overview([.moveDown], tab: .followUps)
        let item = Fixtures.sampleFollowUps[1]
        #expect(
            state.reduce(.command(.markDone)) == [
                .setFollowUp(item.id, doneAt: Fixtures.now), .loadOpenFollowUps, .loadOverview(.counted),
            ])
        #expect(state.status == .overview(.followUpDone(.intervisie, series: "Vrouwengroep Schilderswijk")))
        // The store reads the open ones again; the one done stays, dimmed, at the end.
        _ = state.reduce(.followUpsLoaded(Fixtures.sampleFollowUps.filter { $0.id != item.id }))
        #expect(state.overviewFollowUps.last?.id == item.id && state.overviewFollowUps.last?.doneAt == Fixtures.now)
        _ = state.reduce(.command(.moveLast))
        #expect(state.reduce(.command(.markDone)) == [])
        #expect(
            state.reduce(.command(.markOpen)) == [
                .setFollowUp(item.id, doneAt: nil), .loadOpenFollowUps, .loadOverview(.counted),
            ])
        #expect(state.overviewFollowUps.filter { $0.id == item.id }.map(\.doneAt) == [nil])
        _ = state.reduce(.command(.moveFirst))
        #expect(state.reduce(.command(.markOpen)) == [])
    }

    @Test func enterOnAFollowUpOpensItsSeries() {
        var state = overview([.moveDown, .moveDown], tab: .followUps)
        #expect(state.reduce(.command(.open)) == [.loadSummary(seriesId: Fixtures.screenSeriesId(4))])
    }

    @Test func theDoneOnesAreForgottenWhenTheOverzichtCloses() {
        var state = overview([.markDone, .closeOverlay], tab: .followUps)
        #expect(state.overviewState.doneHere.isEmpty)
    }
}

import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The overzicht, the series summary and the start screen's follow-ups as a coordinator sees
/// them on Tuesday 1 December 2026, at 80x24, 120x40 and 60x16.
@Suite("Overview snapshots")
struct OverviewSnapshotTests {
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 60, height: 16),
    ]

    func state(
        _ tab: OverviewTab = .series, _ size: TerminalSize = .init(width: 80, height: 24), _ language: Language = .nl,
        _ commands: [Command] = [], typing: String? = nil
    ) -> AppState {
        var state = Fixtures.overviewScreenState(size: size, language: language, tab: tab)
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    /// The rows of the screen as text, without trailing spaces.
    func rows(_ state: AppState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    // MARK: - The overzicht

    @Test(arguments: sizes)
    func seriesTab(size: TerminalSize) {
        check(state(.series, size), "overview-series-\(size)-nl")
    }

    @Test func theHeaderSaysWhetherDemoSeriesAreCounted() {
        var state = state()
        // Left out by default, as in every report, and said so.
        #expect(rows(state)[2].hasSuffix("· zonder demo"))
        // Shown on request, which counts as a filter, and said so.
        state.overviewState.filter.includeDemo = true
        #expect(rows(state)[2].hasSuffix("· met demo · 1 filter"))
        state.overviewState.overview?.series.removeAll { $0.series.demo }
        #expect(!rows(state)[2].contains("met demo"))
    }

    @Test func seriesTabInEnglishAndASCII() {
        check(state(.series, .init(width: 80, height: 24), .en), "overview-series-80x24-en")
        var ascii = state(.series)
        ascii.asciiOnly = true
        check(ascii, "overview-series-80x24-ascii")
    }

    @Test(arguments: sizes)
    func chartsTab(size: TerminalSize) {
        check(state(.charts, size), "overview-charts-\(size)-nl")
    }

    @Test func chartsTabScrolledInEnglishAndASCII() {
        check(state(.charts, .init(width: 80, height: 24), .en, [.pageDown]), "overview-charts-scrolled-80x24-en")
        var ascii = state(.charts)
        ascii.asciiOnly = true
        check(ascii, "overview-charts-80x24-ascii")
    }

    @Test(arguments: sizes)
    func followUpsTab(size: TerminalSize) {
        check(state(.followUps, size, .nl, [.moveDown, .markDone]), "overview-follow-ups-\(size)-nl")
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func themesTab(size: TerminalSize) {
        var state = state(.themes, size)
        _ = state.reduce(
            .themeReviewsLoaded([
                ThemeReviewItem(key: "huisvesting", text: "Huisvesting", groups: 3),
                ThemeReviewItem(key: "ruzie over zakgeld", text: "ruzie over zakgeld", groups: 1),
                ThemeReviewItem(key: "werk zoeken", text: "werk zoeken", groups: 2, approved: true),
                ThemeReviewItem(key: "hulya", text: "HÜLYA", groups: 1, approved: false),
            ]))
        _ = state.reduce(.command(.approveTheme))
        check(state, "overview-themes-\(size)-nl")
        #expect(rows(state)[6].contains("Thema's"), "the tab line names the review list")
    }

    @Test func followUpsTabInEnglish() {
        check(state(.followUps, .init(width: 80, height: 24), .en), "overview-follow-ups-80x24-en")
    }

    @Test(arguments: sizes)
    func filterPanel(size: TerminalSize) {
        check(
            state(
                .series, size, .nl,
                [.filter, .nextChoice, .moveDown, .moveDown, .moveDown, .moveDown, .nextChoice, .nextChoice]),
            "overview-filter-\(size)-nl")
    }

    @Test func filterPanelInEnglish() {
        check(state(.series, .init(width: 80, height: 24), .en, [.filter]), "overview-filter-80x24-en")
    }

    @Test(arguments: sizes)
    func targetForm(size: TerminalSize) {
        check(
            state(.series, size, .nl, [.setTarget, .deleteBackward, .deleteBackward], typing: "60"),
            "overview-target-\(size)-nl")
    }

    @Test func targetFormInEnglish() {
        check(state(.series, .init(width: 80, height: 24), .en, [.setTarget, .nextChoice]), "overview-target-80x24-en")
    }

    @Test(arguments: sizes)
    func emptyOverview(size: TerminalSize) {
        var state = Fixtures.state(size: size)
        _ = state.reduce(.command(.openOverview))
        _ = state.reduce(.overviewLoaded(Overview(filter: OverviewFilter()), choices: FilterChoices()))
        check(state, "overview-empty-\(size)-nl")
    }

    @Test func emptyWithFiltersSaysHowToWiden() {
        var state = state(.series, .init(width: 80, height: 24), .nl, [.filter, .nextChoice])
        _ = state.reduce(
            .overviewLoaded(Overview(filter: state.overviewState.filter), choices: Fixtures.overviewChoices))
        _ = state.reduce(.command(.closeOverlay))
        #expect(rows(state).contains { $0.contains("Geen series met deze filters. f past de filters aan, x wist ze.") })
    }

    // MARK: - The series summary

    func summary(_ size: TerminalSize, _ language: Language = .nl, _ commands: [Command] = []) -> AppState {
        var state = Fixtures.overviewScreenState(size: size, language: language)
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test(arguments: sizes)
    func seriesSummary(size: TerminalSize) {
        check(summary(size), "summary-\(size)-nl")
    }

    @Test(arguments: sizes)
    func seriesSummaryScrolled(size: TerminalSize) {
        check(summary(size, .nl, [.pageDown]), "summary-scrolled-\(size)-nl")
    }

    /// An evaluation changed from the overzicht says so on its meeting's line.
    @Test func aSummaryWithAnEditedEvaluation() {
        var state = Fixtures.overviewScreenState(size: .init(width: 120, height: 40), language: .nl)
        var summary = Fixtures.sampleSummary
        if let index = summary.meetings.firstIndex(where: \.evaluated) {
            summary.meetings[index].editedAt = state.now
        }
        _ = state.reduce(.summaryLoaded(summary))
        check(state, "summary-edited-120x40-nl")
    }

    @Test func seriesSummaryInEnglishAndASCII() {
        check(summary(.init(width: 80, height: 24), .en), "summary-80x24-en")
        var ascii = summary(.init(width: 80, height: 24), .nl, [.moveLast])
        ascii.asciiOnly = true
        check(ascii, "summary-scrolled-80x24-ascii")
    }

    // MARK: - The start screen

    func start(_ size: TerminalSize, _ language: Language = .nl, followUps: [FollowUp] = Fixtures.sampleFollowUps)
        -> AppState
    {
        var state = Fixtures.state(series: Fixtures.sampleSeries, size: size)
        state.language = language
        _ = state.reduce(.followUpsLoaded(followUps))
        return state
    }

    @Test(arguments: sizes)
    func startWithFollowUps(size: TerminalSize) {
        check(start(size), "start-follow-ups-\(size)-nl")
    }

    @Test func startWithFollowUpsInEnglishAndASCII() {
        check(start(.init(width: 80, height: 24), .en), "start-follow-ups-80x24-en")
        var ascii = start(.init(width: 80, height: 24), followUps: Array(Fixtures.sampleFollowUps.prefix(2)))
        ascii.asciiOnly = true
        check(ascii, "start-follow-ups-80x24-ascii")
    }
}

extension OverviewSnapshotTests {
    @Test(arguments: [
        InputMode.overview, .followUps, .overviewTables, .overviewFilter, .overviewTarget, .summary, .summaryRecords,
        .summaryRecordsConfirm,
    ])
    func everyKeyOfTheOverzichtHasItsWholeHelpText(mode: InputMode) {
        for language in Language.allCases {
            let lines = HelpOverlay.lines(for: mode, keymap: .standard, language: language, ascii: false)
            for case .binding(_, let help) in lines {
                // The help box at 80 columns has 58 cells for the text.
                #expect(TextWidth.of(help) <= 58, "\(mode) \(language): \(help)")
            }
        }
    }

    @Test func theHelpOfTheOverzicht() {
        var state = state()
        state.helpLength = Renderer.helpLengths()
        _ = state.reduce(.command(.help))
        check(state, "overview-help-80x24-nl")
    }
}

// MARK: - What the snapshots' text cannot show

extension OverviewSnapshotTests {
    /// The style of the first cell of `text` on the screen.
    func style(of text: String, in state: AppState) -> Style? {
        let screen = Renderer.render(state)
        let rows = rows(state)
        guard let y = rows.firstIndex(where: { $0.contains(text) }), let range = rows[y].range(of: text) else {
            return nil
        }
        return screen[rows[y].distance(from: rows[y].startIndex, to: range.lowerBound), y].style
    }

    @Test func overdueFollowUpsStandOutInRed() {
        let state = state()
        #expect(style(of: "2 te laat", in: state) == .error)
        #expect(style(of: "opvolging 5 open", in: state) == .normal)
        let followUps = self.state(.followUps)
        // The first row is under the cursor; the second is overdue too.
        #expect(style(of: "30 nov", in: followUps) == .error)
        #expect(style(of: "7 dec", in: followUps) == .normal)
        let start = start(.init(width: 80, height: 24))
        #expect(style(of: "di 24 nov", in: start) == .error)
        #expect(style(of: "!", in: start) == .error)
        let today = rows(start).firstIndex { $0.contains("bijeenkomst 2 · signaal") }!
        #expect(Renderer.render(start)[3, today].style == .accent)
    }

    @Test func theOpenTabAndDemoSeriesAreMarked() {
        let state = state(.charts)
        #expect(style(of: "Grafieken", in: state) == .selected)
        #expect(style(of: "Series (6)", in: state) == .heading)
        #expect(style(of: "DEMO", in: self.state()) == .warning)
    }

    @Test func theFilterLineSaysWhatIsCountedInWords() {
        var state = state(.series, .init(width: 80, height: 24), .nl, [.filter, .nextChoice, .nextChoice, .nextChoice])
        for _ in 0..<4 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.closeOverlay))
        #expect(rows(state)[2] == " IOT · dit kwartaal (1 okt–31 dec) · met demo · 3 filters")
        var english = state
        english.language = .en
        #expect(rows(english)[2] == " IOT · this quarter (1 Oct–31 Dec) · demo included · 3 filters")
    }

    @Test func averagesAreWrittenWithTheLanguagesDecimalSign() {
        #expect(rows(state())[4].hasPrefix(" veiligheid 3,7 "))
        #expect(rows(state(.series, .init(width: 80, height: 24), .en))[4].hasPrefix(" safety 3.7 "))
    }

    @Test func seriesOfOtherYearsShowTheirMonthsAndYear() {
        var state = state(.series, .init(width: 120, height: 40))
        var overview = Fixtures.sampleOverview()
        overview.series[0].firstDate = Fixtures.date("2025-02-04T19:30")
        overview.series[0].lastDate = Fixtures.date("2025-03-04T19:30")
        overview.series[1].lastDate = Fixtures.date("2025-11-20T19:30")
        overview.series[1].firstDate = Fixtures.date("2025-11-06T19:30")
        _ = state.reduce(.overviewLoaded(overview, choices: Fixtures.overviewChoices))
        #expect(rows(state).contains { $0.contains("Ouders Kanaleneiland") && $0.contains("feb–mrt '25") })
        #expect(rows(state).contains { $0.contains("Moeders Zuidoost") && $0.contains(" nov '25 ") })
    }

    @Test func withoutTheLibraryThePromptsAreShownByTheirIds() {
        var state = Fixtures.overviewScreenState(library: false)
        _ = state.reduce(.summaryLoaded(Fixtures.sampleSummary))
        #expect(rows(state).contains { $0.contains("✓ opvoeding-stelling-1") })
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.nextTab))
        #expect(rows(state).contains { $0.contains("de bibliotheek wordt gelezen…") })
    }

    @Test func barsAreScaledToTheLargestAndNoCountDisappears() {
        #expect(BarChart.cells(48, of: 48, in: 20) == 20)
        #expect(BarChart.cells(24, of: 48, in: 20) == 10)
        #expect(BarChart.cells(1, of: 1000, in: 20) == 1)
        #expect(BarChart.cells(0, of: 10, in: 20) == 0)
        #expect(BarChart.cells(50, of: 10, in: 20) == 20)
    }
}

import DialoogCore

/// The words of the overzicht, the series summary and the start screen's follow-ups, each a
/// value so the screen code holds no sentence of its own. Figures come in as numbers (or, for
/// a decimal, already formatted) and dates as text.
package enum OverviewWords: Equatable, Sendable {
    // MARK: Header
    case title
    case loading
    case everything
    case filterCount(Int)
    case period(OverviewPeriod)
    /// "1 okt–31 dec".
    case range(from: String, through: String)
    case withoutDemo
    /// Demo series are among those counted: the figures are not only real groups'.
    case withDemo
    case seriesCount(Int)
    /// The long form, or the short one for a narrow screen.
    case meetingsHeld(Int, of: Int, short: Bool)
    case reached(Int, short: Bool)
    /// Came to all three meetings: `all` of the `first` who came to meeting 1; nil before
    /// any series has held its three meetings with names.
    case cameToAll(Int, of: Int, percent: Int?, short: Bool)
    case cameToAllUnknown(short: Bool)
    /// The average felt safety, formatted; nil when nothing was evaluated.
    case safety(String?, short: Bool)
    case signals(SignalCounts, short: Bool)
    case followUpsOpen(Int)
    case overdue(Int)
    case targetLabel
    /// "41 van 60 bijeenkomsten".
    case targetProgress(Int, of: Int, figure: TargetFigure, percent: Int)
    /// What is still needed per month to reach the target in time.
    case targetPace(Int)
    /// How many other targets there are (listed in reports and by `dialoog target list`).
    case moreTargets(Int)
    case targetReached
    case noTarget
    case noTargetShort

    // MARK: Tabs and the series table
    case tab(OverviewTab)
    case sortedBy(OverviewSort)
    case column(OverviewColumn)
    /// The heading of a column too narrow for its full word.
    case columnShort(OverviewColumn)
    case demo
    case legend
    case emptyOverview
    case emptyFiltered

    // MARK: Charts
    case chartTitle(OverviewCharts.Kind)
    case chartEmpty
    case chartWaiting
    /// "nr. 3 (4×)": the bar counts over the meetings with that number held so far.
    case meetingNumberHeld(Int, held: Int)
    case month(year: Int, month: Int)
    case noTheme
    /// The bar of raised themes that are not released (not a library theme, not approved).
    case withheldThemes
    case chartsHint

    // MARK: Tables
    /// "per gemeente", the grouping of the Tabellen tab.
    case grouping(OverviewGrouping)
    /// The headings of the columns that the series table does not have.
    case groupSeriesColumn
    case groupTargetColumn
    case tablesHint

    // MARK: Follow-ups
    case kind(FollowUp.Kind)
    case lateMark
    case doneMark
    case noFollowUps
    case followUpsHint
    case startHeading(Int)
    case startMore(Int)
    case startKey

    // MARK: Theme review
    case themeDecision(Bool?)
    case themeGroups(Int)
    /// Before a wording written as a recommendation to the municipality: "advies: ".
    case recommendationMark
    case noThemesToReview
    case themesHint

    // MARK: Filters and target
    case filterTitle
    case filterRow(OverviewFilterRow)
    case all
    case yes
    case no
    case filterHint
    case targetTitle
    case targetMeetings
    case targetPeriod
    case keptPeriod(String)
    case targetHint
    case bundleExportTitle, bundleImportTitle, bundlePath, bundleRecipient
    case bundleExportHint(series: Int)
    case bundleImportHint

    // MARK: Series summary
    case section(SummarySection)
    /// "€ 45 onkosten" and "samenwerking 3,7 op 5", in the summary's volunteers line.
    case expensesTotal(Int)
    case collaborationAverage(String)
    case sectionEmpty(SummarySection)
    /// "11 van 14 verwacht", or "11 gekomen" without an expectation.
    case attended(Int, expected: Int?)
    case meetingState(Meeting.State)
    case evaluated
    case notEvaluated
    case landed
    case unplanned
    case noThemeMark
    case summaryFigures(reached: Int)
    case summaryHint

    // MARK: A meeting's record, to correct it
    /// "signaal", "notitie", "vraag", "thema".
    case entryKind(MeetingEntry.Kind)
    /// "ingetrokken op di 8 dec" or "gecorrigeerd op di 8 dec".
    case entryCorrected(day: String, withdrawn: Bool)
    /// "Vastgelegd in bijeenkomst 2".
    case recordsTitle(Meeting.Kind, number: Int)
    case recordsEmpty
    case recordsLoading
    case recordsHint
}

/// The columns of the overzicht's series table, left to right; the right ones give way first
/// when the screen narrows.
package enum OverviewColumn: CaseIterable, Equatable, Sendable {
    case name, organisation, held, reached, cameToAll, safety, signals, dates, municipality, method
}

import Foundation

/// The overzicht and the series summary: the figures as last read, the filter and the order
/// chosen, the tab, the panel open over it, and where the cursors are.
package struct OverviewState: Equatable, Sendable {
    /// Follow-ups that are due (or overdue), read for the start screen and the Opvolging tab.
    package var followUps: [FollowUp] = []
    /// What is counted. Kept while dialoog runs, so the overzicht opens as it was left and a
    /// screen that returns here (the evaluation form) reloads it with `.loadOverview(filter)`.
    package var filter = OverviewFilter.counted
    /// The period the filter was given, so it is named in words and follows the calendar.
    package var period: OverviewPeriod = .all
    /// Nil until the first read has answered.
    package var overview: Overview?
    package var choices = FilterChoices()
    package var tab: OverviewTab = .series
    package var sort: OverviewSort = .date
    /// The overview's series in the order chosen.
    package var rows: [SeriesFigures] = []
    package var seriesSelection = 0
    package var followUpSelection = 0
    package var chartScroll = 0
    /// What the Tabellen tab groups the series by, and how far its rows are scrolled.
    package var grouping: OverviewGrouping = .municipality
    package var tableScroll = 0
    package var panel: OverviewPanel?
    /// Follow-ups marked done on the Opvolging tab while it is open, kept on screen (dimmed) so
    /// `u` can open one again; the list read from the store holds only open ones.
    package var doneHere: [FollowUp] = []
    /// The review list of the Thema's tab: wordings groups raised that match no library
    /// theme, read when the tab opens.
    package var themeReviews: [ThemeReviewItem] = []
    package var themeSelection = 0

    // MARK: The series summary
    /// The series at a glance, while it is open (and while its evaluation form is, so closing
    /// the form reloads it with `.loadSummary(seriesId: summary.series.id)`).
    package var summary: SeriesSummary?
    /// Where `q` goes from the summary: the overzicht, or the start screen after meeting 3.
    package var summaryFrom: ScreenID = .overview
    package var summaryScroll = 0
    /// The meeting under the cursor, an index into `summary.meetings`.
    package var summaryMeeting = 0
    /// The record of the meeting under the cursor, open over the summary to correct it.
    package var records: MeetingRecords?

    package init() {}

    /// Which part of the keymap applies on the overzicht and the summary.
    package func inputMode(on screen: ScreenID) -> InputMode {
        if screen == .summary {
            guard let records else { return .summary }
            return records.confirming ? .summaryRecordsConfirm : .summaryRecords
        }
        switch panel {
        case .filter: return .overviewFilter
        case .target: return .overviewTarget
        case .bundle: return .overviewBundle
        case nil:
            switch tab {
            case .followUps: return .followUps
            case .themes: return .themeReview
            case .tables: return .overviewTables
            case .series, .charts: return .overview
            }
        }
    }

    /// The wording under the cursor on the Thema's tab.
    package var selectedTheme: ThemeReviewItem? {
        themeReviews.indices.contains(themeSelection) ? themeReviews[themeSelection] : nil
    }

    /// The series under the cursor on the Series tab.
    package var selectedSeries: SeriesFigures? {
        rows.indices.contains(seriesSelection) ? rows[seriesSelection] : nil
    }

    /// How many filters differ from what is counted by default (`OverviewFilter.counted`):
    /// showing demo series counts as one.
    package var activeFilters: Int {
        [filter.organisation, filter.methodId, filter.municipality, filter.facilitator, filter.laptop].compactMap { $0 }
            .count
            + (filter.from != nil || filter.to != nil ? 1 : 0) + (filter.includeDemo ? 1 : 0)
    }

    // MARK: - Sizes the screens share with the reducer

    /// Rows above a tab's content: the filter line, two lines of totals, the target line and
    /// the tab line.
    package static let headerRows = 5

    /// Rows a tab's content has: below the header, above the status and hint lines.
    package static func tabRows(in size: TerminalSize) -> Int {
        max(1, size.height - 2 - headerRows - 2)
    }

    /// Rows of the series table below its column headings.
    package static func tableRows(in size: TerminalSize) -> Int { max(1, tabRows(in: size) - 1) }

    /// Rows of the Tabellen tab's table: below the line of groupings and the column headings.
    package static func groupRows(in size: TerminalSize) -> Int { max(1, tabRows(in: size) - 2) }

    /// Rows the summary scrolls in: below its two header lines and a blank line, above a line
    /// that says how much more there is.
    package static func summaryRows(in size: TerminalSize) -> Int { max(1, size.height - 2 - 3 - 1 - 2) }
}

import DialoogCore

/// The words of the printable HTML documents (the plan and the report) and of the spreadsheet
/// file's header, in Dutch and English (exhaustive switches, like `PlanText`).
package enum PrintText: Equatable, Sendable {
    /// What the temperature marks mean; `marks` lists them ("❄ koud, · lauw, …").
    case legend(String)
    case notes
    case attendanceHeading(String)
    case attendanceNote
    case nicknameColumn
    case presentColumn
    case backMatter
    /// When and with which version a document was made.
    case madeWith(date: String, version: String)
    // MARK: The report
    case filtersHeading
    case periodLabel
    case filtersLabel
    case noFilters
    case chartHeldPerOrganisation
    case chartRaisedThemes
    case chartPromptsPerTheme
    case chartDescription(String)
    /// How the figures are placed in a period.
    case periodRule
    // MARK: The spreadsheet file
    case excelMadeWith
    case excelPeriod
    case excelFilters
    case excelDemo
}

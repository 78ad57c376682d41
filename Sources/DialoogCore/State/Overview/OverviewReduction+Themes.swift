import Foundation

/// The Thema's tab: the coordinator decides once, per wording, whether a theme a group raised
/// may leave the laptop (`ThemeRelease`). The decision is stored at once and the overzicht's
/// charts are read again, so the chart shows the theme or counts it as not released.
extension OverviewReduction {
    mutating func receiveThemeReviews(_ items: [ThemeReviewItem]) -> [Effect] {
        let selected = overviewState.selectedTheme?.key
        overviewState.themeReviews = items
        // The cursor stays on the wording it was on, though deciding moved it down the list.
        if let selected, let row = items.firstIndex(where: { $0.key == selected }) {
            overviewState.themeSelection = row
        }
        clampOverview()
        return []
    }

    /// Approves or rejects the wording under the cursor; nothing when it already is.
    mutating func reviewTheme(approved: Bool) -> [Effect] {
        guard overviewState.tab == .themes, var item = overviewState.selectedTheme, item.approved != approved else {
            return []
        }
        item.approved = approved
        overviewState.themeReviews[overviewState.themeSelection] = item
        outcome.status = .show(.overview(approved ? .themeApproved(item.text) : .themeRejected(item.text)))
        return [.reviewTheme(item, approved: approved), .loadThemeReviews, .loadOverview(overviewState.filter)]
    }
}

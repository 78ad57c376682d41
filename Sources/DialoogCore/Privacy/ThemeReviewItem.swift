import Foundation

/// One wording of a raised theme on the overzicht's review list: the coordinator approves it
/// once (it may then reach reports and charts as written) or rejects it (it stays counted as
/// "eigen thema (niet vrijgegeven)"). Wordings that match a library theme need no review.
package struct ThemeReviewItem: Equatable, Hashable, Identifiable, Sendable {
    /// `ThemeRelease.key` of the wording: one decision covers every spelling of it.
    package var key: String
    /// The wording as first written (or as approved).
    package var text: String
    /// How many series raised it.
    package var groups: Int
    /// True approved, false rejected, nil not decided yet.
    package var approved: Bool?
    /// Written as a recommendation to the municipality (in an evaluation), not raised as a
    /// theme: the review list says so. One decision covers the wording either way.
    package var recommendation = false

    package var id: String { key }

    package init(key: String, text: String, groups: Int, approved: Bool? = nil, recommendation: Bool = false) {
        self.key = key
        self.text = text
        self.groups = groups
        self.approved = approved
        self.recommendation = recommendation
    }
}

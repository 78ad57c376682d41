/// The sections of the series summary, in the order it shows them.
package enum SummarySection: CaseIterable, Equatable, Hashable, Sendable {
    case attendance, walked, prompts, raisedThemes, agreements, recommendations, volunteers, followUps
}

/// One line of the series summary below its fixed header. The summary is a list of these, one
/// line each (long texts end in an ellipsis), so the reducer knows how far it scrolls and
/// where each meeting stands without laying anything out.
package enum SummaryRow: Equatable, Hashable, Sendable {
    case heading(SummarySection)
    /// Nothing to show in the section yet.
    case empty(SummarySection)
    /// A meeting, by its index in `SeriesSummary.meetings`.
    case meeting(Int)
    /// The blocks walked in the meeting with this number.
    case walked(meetingNumber: Int)
    /// Indexes into `promptsUsed`, `raisedThemes`, `agreements` and `followUps`.
    case prompt(Int)
    case raisedTheme(Int)
    case agreement(Int)
    case recommendation(Int)
    /// The volunteers' hours, the expenses and the collaboration score, summed over the series.
    case volunteers
    case followUp(Int)
    case blank
}

extension SeriesSummary {
    /// The summary's lines, section by section with a blank line between.
    package var rows: [SummaryRow] {
        var rows: [SummaryRow] = []
        func section(_ section: SummarySection, _ items: [SummaryRow]) {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.heading(section))
            rows += items.isEmpty ? [.empty(section)] : items
        }
        section(.attendance, meetings.indices.map { .meeting($0) })
        var numbers: [Int] = []
        for block in walked where !numbers.contains(block.meetingNumber) { numbers.append(block.meetingNumber) }
        section(.walked, numbers.map { .walked(meetingNumber: $0) })
        section(.prompts, promptsUsed.indices.map { .prompt($0) })
        section(.raisedThemes, raisedThemes.indices.map { .raisedTheme($0) })
        section(.agreements, agreements.indices.map { .agreement($0) })
        section(.recommendations, recommendations.indices.map { .recommendation($0) })
        let entered = meetings.contains { $0.volunteerHours != nil || $0.expenses != nil || $0.collaboration != nil }
        section(.volunteers, entered ? [.volunteers] : [])
        section(.followUps, followUps.indices.map { .followUp($0) })
        return rows
    }
}

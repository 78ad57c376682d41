import Foundation

/// A series with everything planned for it: its meetings in order (regular ones by number,
/// then extra meetings, then the aftercare meeting) and its preparation checklist.
package struct SeriesPlan: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var series: Series
    package var meetings: [MeetingPlan]
    /// The preparation items that have been done.
    package var checklist: Set<PreparationItem>

    package var id: String { series.id }

    package init(series: Series, meetings: [MeetingPlan], checklist: Set<PreparationItem> = []) {
        self.series = series
        self.meetings = meetings
        self.checklist = checklist
    }

    /// The meeting with this number, if the plan has it.
    package func meeting(number: Int) -> MeetingPlan? {
        meetings.first { $0.meeting.number == number }
    }

    /// Every prompt id planned anywhere in the series, with how often.
    package var promptUses: [String: Int] {
        var counts: [String: Int] = [:]
        for meeting in meetings {
            for block in meeting.blocks {
                for prompt in block.prompts { counts[prompt, default: 0] += 1 }
            }
        }
        return counts
    }
}

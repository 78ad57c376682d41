import Foundation

/// A series with everything planned for it: its meetings in order (regular ones by number,
/// then extra meetings, then the aftercare meeting) and its preparation checklist.
package struct SeriesPlan: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var series: Series
    package var meetings: [MeetingPlan]
    /// The preparation items that have been done.
    package var checklist: Set<PreparationItem>
    /// The items the series added to its checklist itself, in their order. Stored and printed;
    /// not (yet) part of a plan file or the JSON output.
    package var ownChecklist: [OwnPreparation] = []
    /// The store's revision of this plan when it was read (0 for a plan not read from the
    /// store). The planner's save is refused when the stored plan has moved on. Not part of
    /// a plan file or the JSON output, nor of what makes two plans the same plan.
    package var revision = 0

    private enum CodingKeys: String, CodingKey {
        case series, meetings, checklist
    }

    package static func == (a: SeriesPlan, b: SeriesPlan) -> Bool {
        a.series == b.series && a.meetings == b.meetings && a.checklist == b.checklist
            && a.ownChecklist == b.ownChecklist
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(series)
        hasher.combine(meetings)
        hasher.combine(checklist)
        hasher.combine(ownChecklist)
    }

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

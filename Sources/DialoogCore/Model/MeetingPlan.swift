import Foundation

/// A meeting with its agenda.
package struct MeetingPlan: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var meeting: Meeting
    package var blocks: [PlanBlock]

    package var id: String { meeting.id }

    package init(meeting: Meeting, blocks: [PlanBlock]) {
        self.meeting = meeting
        self.blocks = blocks
    }

    /// The minutes of all blocks together.
    package var totalMinutes: Int { Limits.sum(blocks.map(\.minutes)) }

    /// When each block starts: the meeting's start plus the minutes of the blocks before it;
    /// nil for every block when the meeting has no date yet.
    package var blockStarts: [Date?] {
        var offset = 0
        return blocks.map { block in
            defer { offset = Limits.add(offset, block.minutes) }
            return meeting.startsAt.map { $0.addingTimeInterval(TimeInterval(offset) * 60) }
        }
    }

    /// When the agenda ends, if the meeting has a start.
    package var endsAt: Date? {
        meeting.startsAt.map { $0.addingTimeInterval(TimeInterval(totalMinutes) * 60) }
    }
}

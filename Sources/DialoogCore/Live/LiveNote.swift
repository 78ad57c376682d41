import Foundation

/// A quick note during a meeting, tied to the block it was written in. The form asks for no
/// names or details; it is the gespreksleider's reminder, not a record of someone's story.
package struct LiveNote: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var id: String
    package var meetingId: String
    package var blockId: String?
    package var at: Date
    package var text: String

    package init(
        id: String = UUID().uuidString.lowercased(), meetingId: String, blockId: String?, at: Date, text: String
    ) {
        self.id = id
        self.meetingId = meetingId
        self.blockId = blockId
        self.at = at
        self.text = text
    }

    /// The longest note, in characters: a reminder, not a report.
    package static let maxLength = 280
}

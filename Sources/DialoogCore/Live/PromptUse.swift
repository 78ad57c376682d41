import Foundation

/// A prompt (statement, question, dilemma) used during a meeting, planned or taken from the
/// library on the spot, with how the group responded if the gespreksleider noted it.
package struct PromptUse: Codable, Equatable, Hashable, Identifiable, Sendable {
    /// How the group took a prompt, noted with one key.
    package enum Response: String, Codable, CaseIterable, Sendable {
        case open, gemengd, weerstand, stilte
    }

    package var id: String
    package var meetingId: String
    package var blockId: String
    /// A content id (`content/prompts/`).
    package var promptId: String
    /// It was in the block's plan; false for a prompt taken from the library during the meeting.
    package var planned: Bool
    package var usedAt: Date
    package var response: Response?

    package init(
        id: String = UUID().uuidString.lowercased(), meetingId: String, blockId: String, promptId: String,
        planned: Bool, usedAt: Date, response: Response? = nil
    ) {
        self.id = id
        self.meetingId = meetingId
        self.blockId = blockId
        self.promptId = promptId
        self.planned = planned
        self.usedAt = usedAt
        self.response = response
    }
}

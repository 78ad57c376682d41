import Foundation

/// One of the method's questions of a block (`PlanBlock.questions`) asked during a meeting,
/// marked in the deck like a prompt. The question is the method's text, not anyone's words;
/// the ledger marks it "gebruikt in 1" in later meetings whose blocks ask it again.
package struct QuestionUse: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var id: String
    package var meetingId: String
    package var blockId: String
    /// The question as the block has it.
    package var text: String
    package var at: Date

    package init(
        id: String = UUID().uuidString.lowercased(), meetingId: String, blockId: String, text: String, at: Date
    ) {
        self.id = id
        self.meetingId = meetingId
        self.blockId = blockId
        self.text = text
        self.at = at
    }

    /// The key a question is known by across meetings: its words, without capitals or the
    /// spaces around it, so a question the trainer retyped with a capital is the same one.
    package static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

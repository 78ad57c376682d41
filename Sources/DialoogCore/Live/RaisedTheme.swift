import Foundation

/// A theme the group brought up itself, in a few words, noted in the block where it came up.
package struct RaisedTheme: Codable, Equatable, Hashable, Identifiable, Sendable {
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

    /// A theme is a few words, not a story.
    package static let maxLength = 60
}

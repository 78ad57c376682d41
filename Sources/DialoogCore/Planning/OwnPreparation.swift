import Foundation

/// An item a series adds to its preparation checklist itself ("kinderopvang geregeld", "tolk
/// bevestigd"), after the seven the sources advise (`PreparationItem`). Its id is the store's
/// key, so renaming keeps when it was done.
package struct OwnPreparation: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var id: String
    package var text: String
    package var done: Bool

    /// The longest text an item may have, as the store allows.
    package static let maxLength = Limits.name

    package init(id: String, text: String, done: Bool = false) {
        self.id = id
        self.text = text
        self.done = done
    }

    /// `text` trimmed, or nil when it is empty or too long to keep.
    package static func cleaned(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= maxLength else { return nil }
        return trimmed
    }
}

import Foundation

/// A statement a participant phrased, typed in live from the deck and kept as the series' own
/// prompt ("eigen stelling van de groep"): stored under the series, used in the meeting it was
/// typed in, and offered beside the library's prompts in the series' later meetings. Its text
/// stays in the series: no report or overzicht shows it, counts at most.
package struct SeriesPrompt: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var id: String
    package var seriesId: String
    /// The meeting it was phrased (and so used) in.
    package var meetingId: String
    package var at: Date
    package var text: String

    package init(
        id: String = UUID().uuidString.lowercased(), seriesId: String, meetingId: String, at: Date, text: String
    ) {
        self.id = id
        self.seriesId = seriesId
        self.meetingId = meetingId
        self.at = at
        self.text = text
    }

    /// As long as a prompt line on the deck can hold, and the schema's CHECK.
    package static let maxLength = 200
}

import Foundation

/// An agreement the group made during a meeting ("we bellen elkaar niet na tienen"), typed in
/// over the ground rules and shown there, numbered with the group's own rules, in this
/// meeting and the series' later ones. One short line about the group, never about a person.
package struct GroupAgreement: Codable, Equatable, Hashable, Identifiable, Sendable {
    package var id: String
    package var meetingId: String
    package var at: Date
    package var text: String

    package init(id: String = UUID().uuidString.lowercased(), meetingId: String, at: Date, text: String) {
        self.id = id
        self.meetingId = meetingId
        self.at = at
        self.text = text
    }

    /// As long as an agreement in the evaluation form.
    package static let maxLength = Evaluation.agreementLength
}

/// A reading panel opened during a meeting, logged with the moment: what and when, never
/// what was on it. Now only the ground rules (the meeting's record then shows when the group
/// was pointed back at them).
package struct PanelOpening: Codable, Equatable, Hashable, Sendable {
    package enum Panel: String, Codable, CaseIterable, Sendable {
        case rules
    }

    package var panel: Panel
    package var at: Date

    package init(panel: Panel, at: Date) {
        self.panel = panel
        self.at = at
    }
}

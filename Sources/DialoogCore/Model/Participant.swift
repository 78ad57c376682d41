import Foundation

/// A participant of a series, known only by a nickname or initials, never a full name.
package struct Participant: Codable, Equatable, Hashable, Identifiable, Sendable {
    package enum Role: String, Codable, CaseIterable, Sendable {
        case deelnemer, spreker, professional, waarnemer
    }

    package var id: String
    package var seriesId: String
    package var nickname: String
    package var role: Role

    package init(
        id: String = UUID().uuidString.lowercased(), seriesId: String, nickname: String,
        role: Role = .deelnemer
    ) {
        self.id = id
        self.seriesId = seriesId
        self.nickname = nickname
        self.role = role
    }
}

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

    /// The longest nickname, as the database allows it.
    package static let nicknameLength = 40

    /// A nickname that looks like a first and last name ("Fatma Yilmaz"): two or more words
    /// of two or more letters, each starting with a capital. Initials ("Fatma Y.") and
    /// nicknames ("oom Ali") do not.
    package static func looksLikeFullName(_ nickname: String) -> Bool {
        let words = nickname.split(whereSeparator: \.isWhitespace)
        let named = words.filter { word in
            word.count >= 2 && !word.hasSuffix(".") && (word.first?.isUppercase ?? false)
                && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
        }
        return words.count >= 2 && named.count >= 2
    }
}

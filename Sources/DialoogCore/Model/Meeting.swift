import Foundation

/// A bijeenkomst of a series: number 1 to 3, an extra one, or the aftercare meeting.
package struct Meeting: Codable, Equatable, Hashable, Identifiable, Sendable {
    package enum Kind: String, Codable, CaseIterable, Sendable {
        case regular, extra, aftercare

        /// Its place in a plan: regular meetings by number, then the extra ones, then aftercare
        /// (as the planner keeps them, and `planOrderSQL` orders them in the store).
        package var planRank: Int {
            switch self {
            case .regular: 0
            case .extra: 1
            case .aftercare: 2
            }
        }
    }

    package enum State: String, Codable, CaseIterable, Sendable {
        case planned, running, ended
    }

    package var id: String
    package var seriesId: String
    package var number: Int
    package var kind: Kind
    package var startsAt: Date?
    package var plannedMinutes: Int?
    package var state: State
    /// What this meeting is for, from the methodology; the trainer may reword it.
    package var purpose: String
    /// The help entries (ids in `content/hulp/`) on this meeting's help card. 112 is always
    /// shown first and need not be listed.
    package var helpCard: [String]

    package init(
        id: String = UUID().uuidString.lowercased(), seriesId: String, number: Int,
        kind: Kind = .regular, startsAt: Date? = nil, plannedMinutes: Int? = nil,
        state: State = .planned, purpose: String = "", helpCard: [String] = []
    ) {
        self.id = id
        self.seriesId = seriesId
        self.number = number
        self.kind = kind
        self.startsAt = startsAt
        self.plannedMinutes = plannedMinutes
        self.state = state
        self.purpose = purpose
        self.helpCard = helpCard
    }
}

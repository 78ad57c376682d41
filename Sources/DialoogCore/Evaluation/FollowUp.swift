import Foundation

/// Something a gespreksleider or coordinator must come back to on a set day: a signal's
/// follow-up, an aftercare meeting, or an intervisie. Listed on the start screen when due.
package struct FollowUp: Equatable, Hashable, Identifiable, Sendable {
    package enum Kind: String, Codable, CaseIterable, Sendable {
        /// A signal's follow-up date (`Signal.followUp`).
        case signaal
        /// An aftercare meeting to plan, about two months after the series.
        case nazorg
        /// Intervisie for the gespreksleider.
        case intervisie
    }

    /// Which follow-up, stable across reads: the kind and the signal or meeting it belongs to.
    package struct ID: Hashable, Sendable {
        package var kind: Kind
        /// The signal's id for `.signaal`, the meeting's id otherwise.
        package var subject: String

        package init(kind: Kind, subject: String) {
            self.kind = kind
            self.subject = subject
        }
    }

    package var id: ID
    package var seriesId: String
    package var seriesName: String
    package var meetingId: String
    package var meetingNumber: Int
    package var meetingKind: Meeting.Kind
    /// The day it is due, local midnight.
    package var due: Date
    package var doneAt: Date?
    /// For a signal: its category (never who or what was said).
    package var category: Signal.Category?
    package var demo: Bool

    package init(
        id: ID, seriesId: String, seriesName: String, meetingId: String, meetingNumber: Int,
        meetingKind: Meeting.Kind = .regular, due: Date, doneAt: Date? = nil, category: Signal.Category? = nil,
        demo: Bool = false
    ) {
        self.id = id
        self.seriesId = seriesId
        self.seriesName = seriesName
        self.meetingId = meetingId
        self.meetingNumber = meetingNumber
        self.meetingKind = meetingKind
        self.due = due
        self.doneAt = doneAt
        self.category = category
        self.demo = demo
    }

    package var kind: Kind { id.kind }

    /// Not done, and its day has passed: `today` is local midnight of today.
    package func isOverdue(today: Date) -> Bool { doneAt == nil && due < today }
}

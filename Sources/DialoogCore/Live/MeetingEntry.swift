import Foundation

/// One thing recorded in a meeting that can be corrected or withdrawn afterwards: a signal, a
/// quick note, a prompt use or a raised theme. A withdrawn entry keeps only its kind, time and
/// the day it was withdrawn: what it said is gone, so it counts nowhere and shows nothing a
/// participant could be recognised by.
package struct MeetingEntry: Equatable, Identifiable, Sendable {
    package enum Kind: String, CaseIterable, Codable, Sendable {
        case signal, note, promptUse, raisedTheme
    }

    /// What the entry holds now.
    package enum Value: Equatable, Sendable {
        case signal(Signal.Category, Signal.Response)
        case note(String)
        case promptUse(promptId: String, response: PromptUse.Response?)
        case raisedTheme(String)

        package var kind: Kind {
            switch self {
            case .signal: .signal
            case .note: .note
            case .promptUse: .promptUse
            case .raisedTheme: .raisedTheme
            }
        }
    }

    package var id: String
    package var meetingId: String
    package var kind: Kind
    /// When it was recorded in the meeting.
    package var at: Date
    /// nil once withdrawn.
    package var value: Value?
    /// The day of the last correction or the withdrawal ("gecorrigeerd op …"); nil if never.
    package var correctedAt: Date?

    package var withdrawn: Bool { value == nil }

    package init(id: String, meetingId: String, kind: Kind, at: Date, value: Value?, correctedAt: Date?) {
        self.id = id
        self.meetingId = meetingId
        self.kind = kind
        self.at = at
        self.value = value
        self.correctedAt = correctedAt
    }
}

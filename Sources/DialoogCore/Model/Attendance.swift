/// Whether a participant was present at a meeting.
package struct Attendance: Codable, Equatable, Hashable, Sendable {
    package var meetingId: String
    package var participantId: String
    package var present: Bool

    package init(meetingId: String, participantId: String, present: Bool = true) {
        self.meetingId = meetingId
        self.participantId = participantId
        self.present = present
    }
}

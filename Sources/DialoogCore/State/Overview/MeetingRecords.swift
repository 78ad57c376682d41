/// The record of one meeting opened from the series summary, to correct it afterwards: its
/// signals, notes, prompt uses and raised themes, withdrawn ones included, with a cursor; and
/// whether the withdrawal of the one under it is being asked about (j/n).
package struct MeetingRecords: Equatable, Sendable {
    package var meetingId: String
    package var kind: Meeting.Kind
    package var number: Int
    package var entries: [MeetingEntry] = []
    /// False until the store answered.
    package var loaded = false
    package var selection = 0
    package var confirming = false

    package init(meetingId: String, kind: Meeting.Kind, number: Int) {
        self.meetingId = meetingId
        self.kind = kind
        self.number = number
    }

    package var selected: MeetingEntry? {
        entries.indices.contains(selection) ? entries[selection] : nil
    }
}

import DialoogCore
import Foundation

extension Fixtures {
    /// Meeting 1 of the shipped HTIB proposal as live mode opens it: running, on its first
    /// block, the timer not started; `participants` known from earlier meetings.
    package static func openedMeeting(
        _ plan: SeriesPlan = Fixtures.plan(), number: Int = 1, participants: [Participant] = [],
        returning: Set<String> = []
    ) -> LiveMeeting {
        let meetingPlan = plan.meetings.first { $0.meeting.number == number && $0.meeting.kind == .regular }!
        var meeting = meetingPlan.meeting
        meeting.state = .running
        return LiveMeeting(
            series: plan.series, meeting: meeting, blocks: meetingPlan.blocks, returning: returning,
            record: LiveRecord(
                meetingId: meeting.id, currentBlockId: meetingPlan.blocks.first?.id, participants: participants))
    }

    /// A state in live mode over `meeting`, with the shipped library read, at `Fixtures.now`.
    package static func liveState(
        _ meeting: LiveMeeting = Fixtures.openedMeeting(), size: TerminalSize = .init(width: 80, height: 24),
        language: Language = .nl
    ) -> AppState {
        var state = Fixtures.state(size: size)
        state.language = language
        _ = state.reduce(.libraryLoaded(shipped.library, problems: 0))
        _ = state.reduce(.liveLoaded(meeting))
        return state
    }
}

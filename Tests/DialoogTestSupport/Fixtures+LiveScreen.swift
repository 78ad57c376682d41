import DialoogCore
import DialoogTUI
import Foundation

/// Meeting 2 of a Yeni Pencere series for parents, as the live screen shows it at the moments
/// a gespreksleider meets: before the start, on time, in amber, in red, in overtime, paused,
/// ahead and behind. Meeting 2 starts at `Fixtures.now` (Tuesday 1 December 2026, 19:30).
extension Fixtures {
    /// The plan the live screen fixtures are made from: the shipped proposal for a group of
    /// parents, meeting 2 tonight. Made once, so block ids agree between meeting and record.
    package static let livePlan: SeriesPlan = plan(
        series(method: "yeni-pencere", name: "Ouders Kanaleneiland", groups: [.ouders]),
        starts: ["2026-11-24T19:30", "2026-12-01T19:30", "2026-12-08T19:30"].map(date))

    /// Participants known from meeting 1, some with a role; ids fixed so the order is stable.
    package static let liveParticipants: [Participant] = [
        ("Ayşe", Participant.Role.deelnemer), ("Mehmet B.", .deelnemer), ("oom Ali", .spreker), ("Hatice", .deelnemer),
        ("Yusuf K.", .waarnemer), ("Emine", .deelnemer),
    ].enumerated().map { index, person in
        Participant(
            id: "00000000-0000-4000-8000-00000000020\(index)", seriesId: livePlan.series.id, nickname: person.0,
            role: person.1)
    }

    /// The moments of the live screen's snapshots.
    package enum LiveMoment: String, CaseIterable, Sendable {
        /// Opened, the timer never started.
        case beforeStart = "before-start"
        /// The third block 12:40 into its 20 minutes, the meeting 4 minutes behind.
        case running
        /// 3:30 left of 20 minutes: amber.
        case amber
        /// 50 seconds left: red.
        case red
        /// 2:13 over time.
        case overtime
        /// Paused after 8 minutes of the third block.
        case paused
        /// The first blocks went quickly: minutes ahead.
        case ahead
    }

    /// Meeting 2 at `moment`, with its record as it would be then, and the time it is then.
    package static func liveMeeting(_ moment: LiveMoment) -> (meeting: LiveMeeting, now: Date) {
        var meeting = openedMeeting(
            livePlan, number: 2, participants: liveParticipants,
            returning: Set(liveParticipants.prefix(4).map(\.id)))
        // A card as a trainer would tick it for a meeting on roles at home: the numbers on it
        // are the content's own.
        meeting.meeting.helpCard = ["veilig-thuis", "femmes-for-freedom", "centrum-seksueel-geweld", "de-luisterlijn"]
        let blocks = meeting.blocks
        func at(_ text: String) -> Date { date("2026-12-01T" + text) }
        func seconds(_ text: String, plus: Int) -> Date { at(text).addingTimeInterval(TimeInterval(plus)) }
        guard moment != .beforeStart else { return (meeting, date("2026-12-01T19:25")) }
        var record = meeting.record
        record.present = Set(liveParticipants.filter { $0.role != .waarnemer }.prefix(5).map(\.id))
        let third = blocks[2]
        record.currentBlockId = third.id
        // The welcome and the rules, planned at 20 minutes together, took 24 (4 behind), or 14
        // when ahead.
        let thirdStart: String
        if moment == .ahead {
            record.segments = [
                TimerSegment(blockId: blocks[0].id, start: at("19:30"), end: at("19:41")),
                TimerSegment(blockId: blocks[1].id, start: at("19:41"), end: at("19:44")),
            ]
            thirdStart = "19:44"
        } else {
            record.segments = [
                TimerSegment(blockId: blocks[0].id, start: at("19:30"), end: at("19:49")),
                TimerSegment(blockId: blocks[1].id, start: at("19:49"), end: at("19:54")),
            ]
            thirdStart = "19:54"
        }
        let elapsed: Int =
            switch moment {
            case .beforeStart: 0
            case .running: 12 * 60 + 40
            case .amber: 16 * 60 + 30
            case .red: 19 * 60 + 10
            case .overtime: 22 * 60 + 13
            case .paused: 8 * 60
            case .ahead: 5 * 60
            }
        var now = seconds(thirdStart, plus: elapsed)
        if moment == .paused {
            record.segments.append(TimerSegment(blockId: third.id, start: at(thirdStart), end: now))
            now = now.addingTimeInterval(5 * 60)
        } else {
            record.segments.append(TimerSegment(blockId: third.id, start: at(thirdStart)))
        }
        // The first prompt of the block used, with the group's response.
        if let first = third.prompts.first {
            record.promptUses = [
                PromptUse(
                    id: "00000000-0000-4000-8000-000000000301", meetingId: meeting.meeting.id, blockId: third.id,
                    promptId: first, planned: true, usedAt: seconds(thirdStart, plus: 120), response: .open)
            ]
        }
        meeting.record = record
        return (meeting, now)
    }

    /// The live screen at `moment`, at `size`, in `language`.
    package static func liveScreenState(
        _ moment: LiveMoment, size: TerminalSize = .init(width: 80, height: 24), language: Language = .nl
    ) -> AppState {
        let (meeting, now) = liveMeeting(moment)
        var state = liveState(meeting, size: size, language: language)
        state.now = now
        return state
    }

    /// One letter per cell for its style, so a snapshot can show what the colours (and the
    /// monochrome attributes standing in for them) fall on: '.' normal, T title, H heading,
    /// d dim, S selected, K key, h hint, b border, W warning (amber), E error (red), A accent,
    /// c/l/w/x the temperatures from cold to hot.
    package static func styleMap(_ screen: Screen) -> String {
        let letters: [Style: Character] = [
            .normal: ".", .title: "T", .heading: "H", .dim: "d", .selected: "S", .key: "K", .hint: "h",
            .border: "b", .warning: "W", .error: "E", .accent: "A", .cold: "c", .lukewarm: "l", .warm: "w",
            .hot: "x",
        ]
        let rows = (0..<screen.size.height).map { y in
            String((0..<screen.size.width).map { letters[screen[$0, y].style] ?? "?" })
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

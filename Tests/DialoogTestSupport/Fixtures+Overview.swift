import DialoogCore
import Foundation

/// Series, held meetings and evaluations for the tests of the overzicht, the series summary
/// and the evaluation: values only, which the store tests write with the real store.
extension Fixtures {
    /// A series with a fixed id (`number` 1 to 99), of `organisation`, for plans made from the
    /// shipped library.
    package static func overviewSeries(
        _ number: Int, name: String, organisation: String = "HTIB", method: String = "htib",
        municipality: String? = "Den Haag", facilitators: [String] = ["AK"], expected: Int? = 12,
        demo: Bool = false
    ) -> Series {
        Series(
            id: "00000000-0000-4000-8000-0000000011" + String(format: "%02d", number), name: name, methodId: method,
            organisation: organisation, municipality: municipality, expectedGroupSize: expected, createdAt: now,
            facilitators: facilitators, groups: [.vrouwen], demo: demo)
    }

    /// People of a series by nickname, with fixed ids (`number` keeps the series apart);
    /// a nickname after "!" is not a deelnemer but has the role that follows, e.g.
    /// "wijkagent!professional".
    package static func people(_ nicknames: [String], series number: Int, seriesId: String) -> [Participant] {
        nicknames.enumerated().map { index, text in
            let parts = text.split(separator: "!").map(String.init)
            return Participant(
                id: "00000000-0000-4000-8000-0000002" + String(format: "%02d%03d", number, index), seriesId: seriesId,
                nickname: parts[0], role: parts.count > 1 ? Participant.Role(rawValue: parts[1])! : .deelnemer)
        }
    }

    /// The record of meeting `number` (of `kind`) of `plan` as it ended at `ended`: its blocks
    /// walked in agenda order, `minutes` each (the first `walked` blocks), `present` of the
    /// series' `participants`, or a headcount of `headcount` when given (then counted, not
    /// named); a prompt used per id in `prompts` (planned unless it starts with "+"), a
    /// signal per response in `signals`, one theme per text in `themes`.
    package static func heldRecord(
        of plan: SeriesPlan, number: Int, kind: Meeting.Kind = .regular, ended: Date,
        participants: [Participant] = [], present: [String] = [], headcount: Int? = nil,
        prompts: [String] = [], signals: [Signal.Response] = [], followUp: Date? = nil, themes: [String] = [],
        walked: Int? = nil, minutes: Int = 10
    ) -> LiveRecord {
        let meeting = plan.meetings.first { $0.meeting.number == number && $0.meeting.kind == kind }!
        let id = meeting.meeting.id
        let blocks = Array(meeting.blocks.prefix(walked ?? meeting.blocks.count))
        let start = ended.addingTimeInterval(-TimeInterval(blocks.count * minutes * 60))
        let segments = blocks.enumerated().map { index, block in
            TimerSegment(
                blockId: block.id, start: start.addingTimeInterval(TimeInterval(index * minutes * 60)),
                end: start.addingTimeInterval(TimeInterval((index + 1) * minutes * 60)))
        }
        let block = meeting.blocks.first?.id ?? ""
        let ids = Set(participants.filter { present.contains($0.nickname) }.map(\.id))
        return LiveRecord(
            meetingId: id, state: .ended, currentBlockId: meeting.blocks.last?.id, endedAt: ended,
            segments: segments, participants: participants, present: headcount == nil ? ids : [],
            countOnly: headcount != nil, headcount: Headcount(total: headcount ?? 0),
            promptUses: prompts.enumerated().map { index, prompt in
                PromptUse(
                    meetingId: id, blockId: block,
                    promptId: prompt.hasPrefix("+") ? String(prompt.dropFirst()) : prompt,
                    planned: !prompt.hasPrefix("+"), usedAt: start.addingTimeInterval(TimeInterval(index * 60)))
            },
            signals: signals.map { response in
                Signal(
                    meetingId: id, blockId: block, at: start, category: .anders, response: response, followUp: followUp)
            },
            raisedThemes: themes.map { RaisedTheme(meetingId: id, blockId: block, at: start, text: $0) })
    }

    /// An evaluation of `meetingId` with every field filled in.
    package static func fullEvaluation(of meetingId: String) -> Evaluation {
        Evaluation(
            meetingId: meetingId, expected: 14, atmosphere: 4, safety: 5, openness: 3, resistanceMoments: 2,
            resistanceMet: [.doorvragen, .groep], landed: ["stelling-opvoeding-1"],
            agreements: ["We vragen thuis hoe het vroeger ging", "Volgende keer om 19:15 beginnen"],
            useful: HandCount(yes: 8, partly: 3, no: 1), heard: HandCount(yes: 10, partly: 2, no: nil), wellbeing: 2,
            aftercareDue: date("2027-02-16T00:00"), aftercareDoneAt: nil, intervisieDue: date("2026-12-15T00:00"),
            intervisieDoneAt: date("2026-12-14T00:00"), updatedAt: date("2026-12-08T21:45"))
    }
}

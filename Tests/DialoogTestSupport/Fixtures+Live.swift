import DialoogCore
import Foundation

extension Fixtures {
    /// Participants of a series known by nickname, as a gespreksleider would list them.
    package static func participants(seriesId: String) -> [Participant] {
        [
            Participant(id: "00000000-0000-4000-8000-000000000201", seriesId: seriesId, nickname: "Ayşe"),
            Participant(id: "00000000-0000-4000-8000-000000000202", seriesId: seriesId, nickname: "Fatma K."),
            Participant(
                id: "00000000-0000-4000-8000-000000000203", seriesId: seriesId, nickname: "wijkagent",
                role: .professional),
        ]
    }

    /// Meeting `number` of `plan` half-way through its second block, with something of every
    /// kind recorded: timer segments (the last one running), extra minutes, named attendance and
    /// a headcount, prompts used (one taken from the library, with a response), a note, a
    /// signal with a follow-up day, and a theme the group raised. Every time falls on a whole
    /// minute, as a database stores milliseconds.
    package static func fullRecord(of plan: SeriesPlan, number: Int = 1) -> LiveRecord {
        let meeting = plan.meeting(number: number)!
        let id = meeting.meeting.id
        let (first, second) = (meeting.blocks[0], meeting.blocks[1])
        let at = { (clock: String) in date("2026-12-08T" + clock) }
        let people = participants(seriesId: plan.series.id)
        let planned = second.prompts.first ?? "stelling-opvoeding-1"
        return LiveRecord(
            meetingId: id, state: .running, currentBlockId: second.id,
            segments: [
                TimerSegment(blockId: first.id, start: at("19:31"), end: at("19:40")),
                TimerSegment(blockId: first.id, start: at("19:42"), end: at("19:49")),
                TimerSegment(blockId: second.id, start: at("19:49")),
            ],
            extraMinutes: [first.id: 2, second.id: -5], participants: people,
            present: [people[0].id, people[2].id], countOnly: false,
            headcount: Headcount(total: 14, women: 9, men: nil, young: 3),
            promptUses: [
                PromptUse(
                    id: "00000000-0000-4000-8000-000000000301", meetingId: id, blockId: second.id,
                    promptId: planned, planned: true, usedAt: at("19:52"), response: .gemengd),
                PromptUse(
                    id: "00000000-0000-4000-8000-000000000302", meetingId: id, blockId: second.id,
                    promptId: "vraag-vrijheid-1", planned: false, usedAt: at("19:58")),
            ],
            notes: [
                LiveNote(
                    id: "00000000-0000-4000-8000-000000000401", meetingId: id, blockId: first.id, at: at("19:35"),
                    text: "Twee moeders later binnen; volgende keer om 19:15 open"),
                LiveNote(
                    id: "00000000-0000-4000-8000-000000000402", meetingId: id, blockId: nil, at: at("19:35"),
                    text: "Tolk gevraagd voor het Arabisch"),
            ],
            signals: [
                Signal(
                    id: "00000000-0000-4000-8000-000000000501", meetingId: id, blockId: second.id, at: at("19:55"),
                    category: .huwelijksdwang, response: .warmeVerwijzing, followUp: date("2026-12-22T00:00"))
            ],
            raisedThemes: [
                RaisedTheme(
                    id: "00000000-0000-4000-8000-000000000601", meetingId: id, blockId: second.id, at: at("20:01"),
                    text: "schoonfamilie")
            ])
    }
}

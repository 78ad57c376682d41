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
            useful: HandCount(yes: 8, partly: 3, no: 1), heard: HandCount(yes: 10, partly: 2, no: nil),
            recommendations: ["Meer lotgenotencontact voor ouders"], collaboration: 3, volunteerHours: 7, expenses: 45,
            wellbeing: 2,
            aftercareDue: date("2027-02-16T00:00"), aftercareDoneAt: nil, intervisieDue: date("2026-12-15T00:00"),
            intervisieDoneAt: date("2026-12-14T00:00"), updatedAt: date("2026-12-08T21:45"))
    }
}

/// Five series as a coordinator's database might hold them on Tuesday 1 December 2026, with
/// every figure of the overzicht worked out by hand in the tests:
/// - women: "Vrouwen Schilderswijk" (HTIB, htib, Den Haag, AK and Fatma), meetings 1–3 held on
///   6, 13 and 20 October with names; 4 deelnemers in all, 3 at meeting 1 of whom 2 came to all
///   three; a professional at 1 and a speaker at 2; signals with follow-ups on 20 November (1)
///   and 15 December (2); evaluations of all three (safety 4, 5 and none).
/// - parents: "Ouders Transvaal" (IOT, yeni-pencere, Rotterdam, Mehmet, 20 expected), held on 3,
///   10 and 17 November: counted 20 and 15, then named (2 deelnemers and an observer); the
///   evaluation of meeting 1 (safety 2) asks for aftercare on 25 November and had intervisie.
/// - youth: "Jongeren Feijenoord" (SMN, gesprek-in-vrijheid, Rotterdam, AK): meeting 1 at 00:15
///   on 1 December (still November in UTC), meeting 2 on 2 February 2027, meeting 3 planned, and
///   an extra meeting without a date that ended on 2 March 2027; three deelnemers in all.
/// - demo: "Demo Moeders" (HTIB, htib, Utrecht, Fatma; a demo series): meeting 1 held on 27
///   October with two deelnemers, meetings 2 and 3 without a date.
/// - newGroup: "Nieuwe groep" (FSAN, jiheeye, no municipality), no meetings yet.
package struct OverviewData: Sendable {
    package var women, parents, youth, demo, newGroup: SeriesPlan
    package var records: [LiveRecord]
    package var evaluations: [Evaluation]

    package var plans: [SeriesPlan] { [women, parents, youth, demo, newGroup] }

    /// The prompts the records use, by the letters the tests know them by.
    package static let p1 = "opvoeding-stelling-1"
    package static let p2 = "opvoeding-vraag-2"
    package static let p3 = "huwelijksdwang-stelling-1"
    package static let p4 = "gelijkheid-man-vrouw-vraag-1"
}

extension Fixtures {
    /// The overzicht's data set (see `OverviewData`), made once so that block ids agree.
    package static let overviewData: OverviewData = {
        typealias P = OverviewData
        func at(_ text: String) -> Date { date(text) }
        func hours(_ text: String, _ count: Double) -> Date { at(text).addingTimeInterval(count * 3600) }

        let women = plan(
            overviewSeries(1, name: "Vrouwen Schilderswijk", facilitators: ["AK", "Fatma"]),
            starts: ["2026-10-06T19:30", "2026-10-13T19:30", "2026-10-20T19:30"].map(date))
        let parents = plan(
            overviewSeries(
                2, name: "Ouders Transvaal", organisation: "IOT", method: "yeni-pencere", municipality: "Rotterdam",
                facilitators: ["Mehmet"], expected: 20),
            starts: ["2026-11-03T19:30", "2026-11-10T19:30", "2026-11-17T19:30"].map(date))
        var youth = plan(
            overviewSeries(
                3, name: "Jongeren Feijenoord", organisation: "SMN", method: "gesprek-in-vrijheid",
                municipality: "Rotterdam", facilitators: ["AK"]),
            starts: ["2026-12-01T00:15", "2027-02-02T19:30", "2027-02-09T19:30"].map(date))
        youth.meetings.append(
            MeetingPlan(
                meeting: Meeting(
                    id: "00000000-0000-4000-8000-000000001399", seriesId: youth.id, number: 4, kind: .extra),
                blocks: []))
        let demo = plan(
            overviewSeries(4, name: "Demo Moeders", municipality: "Utrecht", facilitators: ["Fatma"], demo: true),
            starts: [date("2026-10-27T19:30"), nil, nil])
        var newGroup = plan(
            overviewSeries(
                5, name: "Nieuwe groep", organisation: "FSAN", method: "jiheeye", municipality: nil, facilitators: []))
        newGroup.meetings = []

        let womenPeople = people(
            ["Ayşe", "Fatma K.", "Hatice", "Meryem", "wijkagent!professional", "oom Ali!spreker"], series: 1,
            seriesId: women.id)
        let parentPeople = people(["Ebru", "Selin", "Deniz!waarnemer"], series: 2, seriesId: parents.id)
        let youthPeople = people(["Sami", "Noor", "Yara"], series: 3, seriesId: youth.id)
        let demoPeople = people(["Amal", "Rania"], series: 4, seriesId: demo.id)

        let records = [
            heldRecord(
                of: women, number: 1, ended: hours("2026-10-06T19:30", 2), participants: womenPeople,
                present: ["Ayşe", "Fatma K.", "Hatice", "wijkagent"], prompts: [P.p1, P.p2, "+" + P.p3],
                signals: [.warmeVerwijzing], followUp: at("2026-11-20T00:00"), themes: ["schoonfamilie"]),
            heldRecord(
                of: women, number: 2, ended: hours("2026-10-13T19:30", 2), participants: womenPeople,
                present: ["Ayşe", "Fatma K.", "oom Ali"], prompts: [P.p1], signals: [.hulpkaart, .acuut112],
                followUp: at("2026-12-15T00:00"), themes: ["werk", "geld"]),
            heldRecord(
                of: women, number: 3, ended: hours("2026-10-20T19:30", 2), participants: womenPeople,
                present: ["Ayşe", "Fatma K.", "Meryem"]),
            heldRecord(of: parents, number: 1, ended: hours("2026-11-03T19:30", 2), headcount: 20),
            heldRecord(of: parents, number: 2, ended: hours("2026-11-10T19:30", 2), headcount: 15),
            heldRecord(
                of: parents, number: 3, ended: hours("2026-11-17T19:30", 2), participants: parentPeople,
                present: ["Ebru", "Selin", "Deniz"], prompts: [P.p2]),
            heldRecord(
                of: youth, number: 1, ended: hours("2026-12-01T00:15", 2), participants: youthPeople,
                present: ["Sami"], prompts: [P.p4]),
            heldRecord(
                of: youth, number: 2, ended: hours("2027-02-02T19:30", 2), participants: youthPeople,
                present: ["Sami", "Noor"], signals: [.hulpkaart]),
            heldRecord(
                of: youth, number: 4, kind: .extra, ended: at("2027-03-02T21:00"), participants: youthPeople,
                present: ["Yara"]),
            heldRecord(
                of: demo, number: 1, ended: hours("2026-10-27T19:30", 2), participants: demoPeople,
                present: ["Amal", "Rania"], prompts: [P.p1]),
        ]
        let meeting = { (plan: SeriesPlan, number: Int) in plan.meeting(number: number)!.meeting.id }
        var first = fullEvaluation(of: meeting(women, 1))
        first.safety = 4
        first.landed = [P.p1]
        first.aftercareDue = nil
        first.intervisieDue = nil
        first.intervisieDoneAt = nil
        let evaluations = [
            first,
            Evaluation(meetingId: meeting(women, 2), safety: 5, updatedAt: now),
            Evaluation(meetingId: meeting(women, 3), atmosphere: 3, updatedAt: now),
            Evaluation(
                meetingId: meeting(parents, 1), safety: 2, aftercareDue: at("2026-11-25T00:00"),
                intervisieDue: at("2026-11-01T00:00"), intervisieDoneAt: at("2026-11-02T10:00"), updatedAt: now),
        ]
        return OverviewData(
            women: women, parents: parents, youth: youth, demo: demo, newGroup: newGroup, records: records,
            evaluations: evaluations)
    }()
}

import DialoogCore
import Foundation

/// Meeting 2 of the live screen's series (Ouders Kanaleneiland, Yeni Pencere) as its
/// evaluation form opens at 21:40, after it ended: eleven came, four prompts were used (two
/// met openly, one with resistance), the group raised two themes, and two signals were noted.
extension Fixtures {
    /// The moment the form is filled in: Tuesday 1 December 2026, after the meeting.
    package static let evaluationNow = date("2026-12-01T21:40")

    /// The prompts used in meeting 2, from its plan, in the order of use.
    package static var evaluationPrompts: [String] {
        Array(livePlan.meeting(number: 2)!.blocks.flatMap(\.prompts).prefix(4))
    }

    /// Meeting `number` (2, or 3 for the last regular one) with what live mode recorded, and
    /// `evaluation` as stored.
    package static func evaluationSubject(
        number: Int = 2, evaluation: Evaluation? = nil, signals: Bool = true
    ) -> EvaluationSubject {
        let plan = livePlan
        var meeting = plan.meeting(number: number)!.meeting
        meeting.state = .ended
        let block = plan.meeting(number: number)!.blocks[2].id
        let responses: [PromptUse.Response?] = [.open, .weerstand, nil, .open]
        let uses = zip(evaluationPrompts, responses).enumerated().map { index, pair in
            PromptUse(
                id: "00000000-0000-4000-8000-00000000070\(index)", meetingId: meeting.id, blockId: block,
                promptId: pair.0, planned: true, usedAt: date("2026-12-01T20:0\(index)"), response: pair.1)
        }
        let themes = ["schoonfamilie", "geld en wie erover beslist"].enumerated().map { index, text in
            RaisedTheme(
                id: "00000000-0000-4000-8000-00000000080\(index)", meetingId: meeting.id, blockId: block,
                at: date("2026-12-01T20:1\(index)"), text: text)
        }
        let noted = [
            Signal(
                id: "00000000-0000-4000-8000-000000000901", meetingId: meeting.id, blockId: block,
                at: date("2026-12-01T20:20"), category: .huiselijkGeweld, response: .hulpkaart),
            Signal(
                id: "00000000-0000-4000-8000-000000000902", meetingId: meeting.id, blockId: block,
                at: date("2026-12-01T20:25"), category: .huwelijksdwang, response: .warmeVerwijzing,
                followUp: date("2026-12-15T00:00")),
        ]
        let next = plan.meetings.first { $0.meeting.number == number + 1 && $0.meeting.kind == .regular }?.meeting
        return EvaluationSubject(
            series: plan.series, meeting: meeting, attendance: 11, promptUses: uses, raisedThemes: themes,
            signals: signals ? noted : [], evaluation: evaluation, nextMeeting: next, isLastRegular: number == 3)
    }

    /// An evaluation with every field filled in, as a gespreksleider might leave it.
    package static func filledEvaluation(meetingId: String, wellbeing: Int = 4) -> Evaluation {
        Evaluation(
            meetingId: meetingId, expected: 14, atmosphere: 4, safety: 3, openness: 4, resistanceMoments: 2,
            resistanceMet: [.doorvragen, .ruimte], landed: [evaluationPrompts[0], evaluationPrompts[3]],
            agreements: [
                "Volgende keer nemen we allemaal een verhaal mee uit onze eigen jeugd.",
                "We vragen thuis wie wat doet en vertellen het de groep.",
            ],
            useful: HandCount(yes: 8, partly: 3, no: 0), heard: HandCount(yes: 9, partly: 2),
            wellbeing: wellbeing, aftercareDue: date("2027-01-26T00:00"), updatedAt: evaluationNow)
    }

    /// The form open over `subject`, on the start screen's series, with the shipped library read.
    package static func evaluationState(
        _ subject: EvaluationSubject = evaluationSubject(), size: TerminalSize = .init(width: 80, height: 24),
        language: Language = .nl, library: Bool = true
    ) -> AppState {
        let overview = SeriesOverview(
            series: subject.series, meetingsPlanned: 3, meetingsHeld: 2, nextMeeting: subject.nextMeeting)
        var state = Fixtures.state(series: [overview], size: size)
        state.language = language
        state.now = evaluationNow
        if library { _ = state.reduce(.libraryLoaded(shipped.library, problems: 0)) }
        _ = state.reduce(.evaluationLoaded(subject))
        return state
    }
}

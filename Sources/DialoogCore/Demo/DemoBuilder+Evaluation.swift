import Foundation

extension DemoBuilder {
    /// The gespreksleider's evaluation of a held meeting: scores mostly 4, hands counted by at
    /// most those present, the prompts that got an open response as landed, agreements, and
    /// the scenario's low wellbeing and aftercare.
    mutating func makeEvaluation(_ plan: MeetingPlan, record: LiveRecord) -> Evaluation {
        let meeting = plan.meeting
        let came = max(1, record.attendanceCount)
        var evaluation = Evaluation(
            meetingId: meeting.id, atmosphere: score(low: 0.08), safety: score(low: 0.05), openness: score(low: 0.2),
            updatedAt: (record.endedAt ?? now).addingTimeInterval(TimeInterval(rng.int(5...40) * 60)))
        if rng.chance(0.1) { evaluation.expected = scenario.size + rng.int(-2...4) }
        let moments = rng.chance(0.6) ? 0 : rng.int(1...3)
        evaluation.resistanceMoments = moments
        if moments > 0 {
            let approaches = rng.shuffled(ResistanceApproach.allCases.filter { $0 != .anders })
            evaluation.resistanceMet = Array(approaches.prefix(rng.int(1...2)))
        }
        evaluation.landed = Array(record.promptUses.filter { $0.response == .open }.map(\.promptId).prefix(3))
        if meeting.kind == .regular {
            evaluation.agreements = Array(
                rng.shuffled(DemoWords.agreements).prefix(rng.chance(0.8) ? rng.int(1...2) : 0))
        }
        if rng.chance(0.8) {
            evaluation.useful = hands(came)
            evaluation.heard = hands(came)
        }
        evaluation.wellbeing = rng.int(3...5)
        let endedDay = calendar.startOfDay(record.endedAt ?? now)
        if scenario.lowWellbeing == meeting.number, meeting.kind == .regular {
            evaluation.wellbeing = 2
            // A recent low evening has its intervisie coming up; an older one had it.
            if endedDay >= midnight(today, plus: -21) {
                evaluation.intervisieDue = max(midnight(endedDay, plus: 7), midnight(today, plus: 1))
            } else {
                let due = midnight(endedDay, plus: 7)
                evaluation.intervisieDue = due
                evaluation.intervisieDoneAt = due.addingTimeInterval(14 * 3600)
            }
        }
        if meeting.kind == .regular, meeting.number == 3 {
            let weeks = method?.aftercare?.weeks ?? 8
            switch scenario.aftercare {
            case .none: break
            case .held, .done:
                let due = midnight(endedDay, plus: weeks * 7)
                evaluation.aftercareDue = due
                if due < today { evaluation.aftercareDoneAt = due.addingTimeInterval(12 * 3600) }
            case .planned(let days):
                evaluation.aftercareDue = midnight(today, plus: days)
            case .overdue:
                evaluation.aftercareDue = min(midnight(endedDay, plus: weeks * 7), midnight(today, plus: -3))
            }
        }
        return evaluation
    }

    /// A score from 1 to 5, mostly 4, sometimes low.
    private mutating func score(low: Double) -> Int? {
        if rng.chance(0.05) { return nil }
        if rng.chance(low) { return rng.int(1...2) }
        return rng.pick([3, 4, 4, 4, 5, 5])
    }

    /// Hands raised for yes, partly and no, by at most `came` people.
    private mutating func hands(_ came: Int) -> HandCount {
        let yes = came * rng.int(50...85) / 100
        let partly = rng.int(0...(came - yes))
        let no = rng.int(0...min(2, came - yes - partly))
        return HandCount(yes: yes, partly: partly, no: no)
    }
}

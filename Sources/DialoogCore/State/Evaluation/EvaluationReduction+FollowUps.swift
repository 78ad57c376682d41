import Foundation

/// The evaluation form's follow-ups: an aftercare meeting about two months after the meeting,
/// intervisie two weeks after it, each on a day that moves by a week.
extension EvaluationReduction {
    /// Turns the current field's follow-up on (due some weeks after the meeting) or off.
    mutating func setFollowUp(on: Bool) -> [Effect] {
        guard let form = evaluation else { return [] }
        let aftercare = form.field == .aftercare
        let due = on ? dayAfterMeeting(weeks: aftercare ? Self.aftercareWeeks : Self.intervisieWeeks) : nil
        return changeEvaluation { evaluation, _ in
            if aftercare {
                evaluation.aftercareDue = due
                if due == nil { evaluation.aftercareDoneAt = nil }
            } else {
                evaluation.intervisieDue = due
                if due == nil { evaluation.intervisieDoneAt = nil }
            }
        }
    }

    /// ←/→ on a follow-up that is on: its day a week earlier or later, at least a week after
    /// the meeting and within a year.
    mutating func moveDue(weeks delta: Int) -> [Effect] {
        guard let form = evaluation else { return [] }
        let aftercare = form.field == .aftercare
        guard let due = aftercare ? form.evaluation.aftercareDue : form.evaluation.intervisieDue else { return [] }
        let weeks = (Double(calendar.daysBetween(meetingDay, due)) / 7).rounded()
        let moved = min(max(Int(weeks) + delta, 1), 52)
        guard let next = dayAfterMeeting(weeks: moved) else { return [] }
        return changeEvaluation { evaluation, _ in
            if aftercare { evaluation.aftercareDue = next } else { evaluation.intervisieDue = next }
        }
    }

    /// `i`: intervisie on, from any field (the nudge under a low wellbeing names this key).
    mutating func planIntervisie() -> [Effect] {
        guard let form = evaluation else { return [] }
        guard form.evaluation.intervisieDue == nil else {
            outcome.status = .show(.evaluation(.intervisieAlreadyPlanned))
            return []
        }
        guard let due = dayAfterMeeting(weeks: Self.intervisieWeeks) else { return [] }
        outcome.status = .show(.evaluation(.intervisiePlanned(weeks: Self.intervisieWeeks)))
        return changeEvaluation { evaluation, _ in evaluation.intervisieDue = due }
    }

    /// The meeting's day: when it was held (else planned) to start, else today (it has just ended).
    var meetingDay: Date { evaluation?.subject.meetingDate ?? now }

    /// Local midnight `weeks` weeks after the meeting's day. Counted from noon, so a change to
    /// or from summer time on the way cannot move it a day.
    func dayAfterMeeting(weeks: Int) -> Date? {
        let day = calendar.parts(of: meetingDay)
        guard let noon = calendar.date(year: day.year, month: day.month, day: day.day, hour: 12, minute: 0)
        else { return nil }
        let due = calendar.parts(of: noon.addingTimeInterval(TimeInterval(weeks * 7 * 86_400)))
        return calendar.date(year: due.year, month: due.month, day: due.day, hour: 0, minute: 0)
    }

    /// An aftercare meeting about two months after the meeting; intervisie after two weeks.
    static let aftercareWeeks = 8
    static let intervisieWeeks = 2
}

import Foundation

/// Makes one demo series from its scenario: the plan copied from the proposal with fresh ids
/// and dates, then for each meeting before today what live mode would have recorded (a timer
/// that ran roughly as planned, who came, the prompts used and how they landed, themes,
/// signals) and its evaluation.
struct DemoBuilder {
    let scenario: DemoScenario
    let proposal: SeriesPlan
    let method: Methodology?
    let now: Date
    let calendar: LocalCalendar
    let promptsByTheme: [String: [String]]
    var rng: SplitMix64

    /// Local midnight of today.
    var today: Date { calendar.startOfDay(now) }

    mutating func build() -> DemoSeries {
        let plan = makePlan()
        var roster = DemoRoster(scenario: scenario, seriesId: plan.series.id, rng: &rng)
        var records: [LiveRecord] = []
        var evaluations: [Evaluation] = []
        for index in plan.meetings.indices {
            let meeting = plan.meetings[index]
            guard let start = meeting.meeting.startsAt, start < today else { continue }
            let record = makeRecord(meeting, roster: &roster)
            records.append(record)
            if !scenario.unevaluated.contains(meeting.meeting.number) || meeting.meeting.kind != .regular {
                evaluations.append(makeEvaluation(meeting, record: record))
            }
        }
        return DemoSeries(plan: plan, records: records, evaluations: evaluations)
    }

    // MARK: - The plan

    private mutating func makePlan() -> SeriesPlan {
        let shift = weekdayShift()
        let first = scenario.firstDay + shift
        let meeting1 = day(first, hour: scenario.hour, minute: scenario.minute)
        let series = Series(
            id: rng.uuid(), name: scenario.name, methodId: scenario.methodId,
            organisation: method?.organisation.short ?? scenario.methodId, municipality: scenario.municipality,
            expectedGroupSize: scenario.size,
            createdAt: min(day(first - 21, hour: 11, minute: 0), day(-2, hour: 11, minute: 0)),
            facilitators: scenario.facilitators, venue: scenario.venue, languages: scenario.languages,
            groups: scenario.groups, groupChoice: proposal.series.groupChoice, demo: true)
        var plan = SeriesPlan(series: series, meetings: proposal.meetings)
        for index in plan.meetings.indices {
            let offset = first + (plan.meetings[index].meeting.number - 1) * scenario.interval
            plan.meetings[index].meeting.seriesId = series.id
            plan.meetings[index].meeting.startsAt =
                index == 0 ? meeting1 : day(offset, hour: scenario.hour, minute: scenario.minute)
        }
        let last = first + 2 * scenario.interval
        switch scenario.aftercare {
        case .held:
            plan.addMeeting(
                kind: .aftercare, method: method,
                startsAt: day(last + 56, hour: scenario.hour, minute: scenario.minute),
                ids: .random)
        case .planned(let days):
            plan.addMeeting(
                kind: .aftercare, method: method,
                startsAt: day(days + sameWeekday(from: last, to: days), hour: scenario.hour, minute: scenario.minute),
                ids: .random)
        case .none, .overdue, .done: break
        }
        // Fresh ids from the seeded generator: the proposal's (and addMeeting's) are random.
        for index in plan.meetings.indices {
            plan.meetings[index].meeting.id = rng.uuid()
            for block in plan.meetings[index].blocks.indices { plan.meetings[index].blocks[block].id = rng.uuid() }
        }
        // Preparation is done for a series that has begun or begins within a month.
        plan.checklist = first < 30 ? Set(PreparationItem.allCases) : [.sleutelpersonen, .locatie]
        return plan
    }

    /// Days to move meeting 1 so it falls on the scenario's weekday, without carrying a meeting
    /// across today (that would change which meetings were held). Zero when no move keeps
    /// them all on their side.
    private func weekdayShift() -> Int {
        let offsets = (0..<3).map { scenario.firstDay + $0 * scenario.interval }
        let weekday = calendar.parts(of: noon(scenario.firstDay)).weekday
        let forward = ((scenario.weekday - weekday) % 7 + 7) % 7
        let candidates = [forward, forward - 7].sorted { abs($0) < abs($1) }
        for shift in candidates {
            let keeps = offsets.allSatisfy { offset in
                offset + shift != 0 && (offset < 0) == (offset + shift < 0)
            }
            if keeps { return shift }
        }
        return 0
    }

    /// The days to add to `days` so it falls on the weekday of `reference`.
    private func sameWeekday(from reference: Int, to days: Int) -> Int {
        let difference = ((reference - days) % 7 + 7) % 7
        return difference > 3 ? difference - 7 : difference
    }

    /// Noon of the day `offset` days from today: safe from summer time.
    func noon(_ offset: Int) -> Date {
        today.addingTimeInterval(TimeInterval(offset * 86_400 + 12 * 3600))
    }

    /// A wall-clock time on the day `offset` days from today.
    func day(_ offset: Int, hour: Int, minute: Int) -> Date {
        let parts = calendar.parts(of: noon(offset))
        return calendar.date(year: parts.year, month: parts.month, day: parts.day, hour: hour, minute: minute)
            ?? noon(offset)
    }

    /// Local midnight of the day of `date`, moved by `days`.
    func midnight(_ date: Date, plus days: Int) -> Date {
        calendar.startOfDay(calendar.startOfDay(date).addingTimeInterval(TimeInterval(days * 86_400 + 12 * 3600)))
    }
}

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
    private var today: Date { calendar.startOfDay(now) }

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
                kind: .aftercare, method: method, startsAt: day(last + 56, hour: scenario.hour, minute: scenario.minute)
            )
        case .planned(let days):
            plan.addMeeting(
                kind: .aftercare, method: method,
                startsAt: day(days + sameWeekday(from: last, to: days), hour: scenario.hour, minute: scenario.minute))
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
    private func noon(_ offset: Int) -> Date {
        today.addingTimeInterval(TimeInterval(offset * 86_400 + 12 * 3600))
    }

    /// A wall-clock time on the day `offset` days from today.
    private func day(_ offset: Int, hour: Int, minute: Int) -> Date {
        let parts = calendar.parts(of: noon(offset))
        return calendar.date(year: parts.year, month: parts.month, day: parts.day, hour: hour, minute: minute)
            ?? noon(offset)
    }

    /// Local midnight of the day of `date`, moved by `days`.
    private func midnight(_ date: Date, plus days: Int) -> Date {
        calendar.startOfDay(calendar.startOfDay(date).addingTimeInterval(TimeInterval(days * 86_400 + 12 * 3600)))
    }

    // MARK: - What happened in a meeting

    private mutating func makeRecord(_ plan: MeetingPlan, roster: inout DemoRoster) -> LiveRecord {
        let meeting = plan.meeting
        var record = LiveRecord(meetingId: meeting.id, state: .ended)
        var clock = meeting.startsAt!.addingTimeInterval(TimeInterval(rng.int(0...8) * 60))
        var spans: [String: (start: Date, end: Date)] = [:]
        for block in plan.blocks {
            let planned = Double(block.minutes * 60)
            let over = rng.chance(0.15)
            let seconds = (planned * (over ? 1.1 + Double(rng.int(0...30)) / 100 : 0.8 + Double(rng.int(0...30)) / 100))
                .rounded()
            let start = clock
            let end = start.addingTimeInterval(seconds)
            if seconds > planned + 60, rng.chance(0.5) { record.extraMinutes[block.id] = 5 }
            if block.kind == .kern, rng.chance(0.1) {
                // Paused halfway for a moment.
                let half = start.addingTimeInterval((seconds / 2).rounded())
                record.segments.append(TimerSegment(blockId: block.id, start: start, end: half))
                let resumed = half.addingTimeInterval(TimeInterval(rng.int(30...180)))
                let finished = resumed.addingTimeInterval(seconds - (seconds / 2).rounded())
                record.segments.append(TimerSegment(blockId: block.id, start: resumed, end: finished))
                spans[block.id] = (start, finished)
                clock = finished
            } else {
                record.segments.append(TimerSegment(blockId: block.id, start: start, end: end))
                spans[block.id] = (start, end)
                clock = end
            }
            clock = clock.addingTimeInterval(TimeInterval(rng.int(0...45)))
        }
        record.currentBlockId = plan.blocks.last?.id
        record.endedAt = clock.addingTimeInterval(TimeInterval(rng.int(60...240)))

        let counted = scenario.countOnly.contains(meeting.number) && meeting.kind == .regular
        if counted {
            record.countOnly = true
            let total = max(1, scenario.size + rng.int(-3...4))
            let mixed = !scenario.groups.contains(.vrouwen) && !scenario.groups.contains(.mannen)
            let women = mixed ? total * rng.int(45...70) / 100 : nil
            record.headcount = Headcount(
                total: total, women: women, men: women.map { total - $0 },
                young: scenario.groups.contains(.jongeren) ? total : nil)
        } else {
            record.present = roster.attend(meeting: meeting, rng: &rng)
        }
        record.participants = roster.known

        let themed = plan.blocks.filter { $0.theme != nil && [.kern, .kennis].contains($0.kind) }
        record.promptUses = promptUses(plan, spans: spans, meetingId: meeting.id)
        for _ in 0..<(rng.chance(0.5) ? (rng.chance(0.35) ? 2 : 1) : 0) {
            guard let block = themed.isEmpty ? nil : rng.pick(themed), let span = spans[block.id] else { break }
            let text = rng.pick(DemoWords.raisedThemes)
            if record.raisedThemes.contains(where: { $0.text == text }) { continue }
            record.raisedThemes.append(
                RaisedTheme(id: rng.uuid(), meetingId: meeting.id, blockId: block.id, at: within(span), text: text))
        }
        if rng.chance(0.3), let block = plan.blocks.first(where: { $0.kind == .kern }), let span = spans[block.id] {
            record.notes.append(
                LiveNote(
                    id: rng.uuid(), meetingId: meeting.id, blockId: block.id, at: within(span),
                    text: rng.pick(DemoWords.notes)))
        }
        for signal in scenario.signals where signal.meeting == meeting.number && meeting.kind == .regular {
            let block = themed.last ?? plan.blocks.last
            var at = meeting.startsAt!
            if let span = block.flatMap({ spans[$0.id] }) { at = within(span) }
            record.signals.append(makeSignal(signal, meetingId: meeting.id, blockId: block?.id, at: at))
        }
        return record
    }

    /// A moment inside a block's time.
    private mutating func within(_ span: (start: Date, end: Date)) -> Date {
        let seconds = Int(span.end.timeIntervalSince(span.start))
        return span.start.addingTimeInterval(TimeInterval(rng.int(0...max(0, seconds))))
    }

    /// Most planned prompts used, in order within their block, with the group's response; in
    /// a core block often a few more, taken from the library on the spot.
    private mutating func promptUses(_ plan: MeetingPlan, spans: [String: (start: Date, end: Date)], meetingId: String)
        -> [PromptUse]
    {
        var uses: [PromptUse] = []
        for block in plan.blocks {
            guard let span = spans[block.id] else { continue }
            var ids = block.prompts.filter { _ in rng.chance(0.9) }.map { ($0, true) }
            // A lively block goes on with more statements or questions on its theme.
            let more = block.kind == .kern ? rng.int(0...4) : (block.kind == .kennis ? rng.int(0...1) : 0)
            if let theme = block.theme, more > 0, let library = promptsByTheme[theme] {
                let extra = rng.shuffled(library.filter { !block.prompts.contains($0) }).prefix(more)
                ids += extra.map { ($0, false) }
            }
            let step = span.end.timeIntervalSince(span.start) / Double(ids.count + 1)
            for (offset, (promptId, planned)) in ids.enumerated() {
                uses.append(
                    PromptUse(
                        id: rng.uuid(), meetingId: meetingId, blockId: block.id, promptId: promptId, planned: planned,
                        usedAt: span.start.addingTimeInterval((step * Double(offset + 1)).rounded()),
                        response: response()))
            }
        }
        return uses
    }

    private mutating func response() -> PromptUse.Response? {
        switch rng.int(0...19) {
        case 0...9: .open
        case 10...14: .gemengd
        case 15...16: .weerstand
        case 17...18: .stilte
        default: nil
        }
    }

    private mutating func makeSignal(
        _ plan: DemoScenario.SignalPlan, meetingId: String, blockId: String?, at: Date
    ) -> Signal {
        var signal = Signal(
            id: rng.uuid(), meetingId: meetingId, blockId: blockId, at: at, category: plan.category,
            response: plan.response)
        let twoWeeksOn = midnight(at, plus: 14)
        switch plan.followUp {
        case .none: break
        case .overdue: signal.followUp = min(twoWeeksOn, midnight(today, plus: -2))
        case .thisWeek: signal.followUp = midnight(today, plus: 2)
        case .done:
            signal.followUp = twoWeeksOn
            if twoWeeksOn < today { signal.followedUpAt = twoWeeksOn.addingTimeInterval(11 * 3600) }
        }
        return signal
    }

    // MARK: - The evaluation

    private mutating func makeEvaluation(_ plan: MeetingPlan, record: LiveRecord) -> Evaluation {
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

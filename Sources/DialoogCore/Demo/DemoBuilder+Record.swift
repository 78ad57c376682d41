import Foundation

extension DemoBuilder {
    /// What live mode would have recorded in a held meeting: its blocks timed roughly as planned
    /// (now and then over, once in a while paused), who came or how many, the prompts used,
    /// a theme or two the group raised, perhaps a note, and the scenario's signals.
    mutating func makeRecord(_ plan: MeetingPlan, roster: inout DemoRoster) -> LiveRecord {
        let meeting = plan.meeting
        var record = LiveRecord(meetingId: meeting.id, state: .ended)
        var clock = meeting.startsAt!.addingTimeInterval(TimeInterval(rng.int(0...8) * 60))
        var spans: [String: (start: Date, end: Date)] = [:]
        for block in plan.blocks {
            let planned = Double(block.minutes) * 60
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
}

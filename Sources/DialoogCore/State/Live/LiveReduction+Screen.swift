import Foundation

/// The live screen: the timer, the blocks, undo and leaving. Every action that changes what
/// happened is one `.saveLive` of the whole record (`change`), so a kill at any moment loses
/// nothing; undo puts back the record as it was before the last action.
extension LiveReduction {
    mutating func leaveLive() -> [Effect] {
        let meeting = live.meeting
        outcome.requests.append(.navigate(.start))
        live = LiveState()
        guard var record = meeting?.record, record.state == .running, !record.hasRecords else {
            outcome.status = .show(.live(.stillRunning(number: meeting?.meeting.number ?? 0)))
            return [.loadSeries, .loadFollowUps]
        }
        // Opened and left with nothing recorded (or all of it undone): still only planned.
        record.state = .planned
        return [.saveLive(record), .loadSeries, .loadFollowUps]
    }

    /// Changes the record, remembers how it was for undo, and stores it. Nothing happens when
    /// the change changes nothing.
    mutating func change(_ what: LiveChange, _ edit: (inout LiveRecord, LiveMeeting) -> Void) -> [Effect] {
        guard var meeting = live.meeting else { return [] }
        let before = meeting.record
        edit(&meeting.record, meeting)
        guard meeting.record != before else { return [] }
        live.meeting = meeting
        live.undo.append(LiveUndo(change: what, before: before))
        if live.undo.count > LiveState.undoDepth { live.undo.removeFirst(live.undo.count - LiveState.undoDepth) }
        return [.saveLive(meeting.record)]
    }

    mutating func undoLast() -> [Effect] {
        guard live.meeting != nil, let last = live.undo.popLast() else {
            outcome.status = .show(.live(.nothingToUndo))
            return []
        }
        live.undoing = last
        var restored = last.before
        // That the rules were shown stays recorded: undo takes back actions, not a look.
        if let openings = live.meeting?.record.openings { restored.openings = openings }
        live.meeting?.record = restored
        outcome.status = .show(.live(.undone(last.change)))
        clampDeckRow()
        return [.saveLive(restored)]
    }

    /// Opens the ground rules and logs that they were opened, and when (no text). Not an
    /// action undo takes back.
    mutating func openRules() -> [Effect] {
        live.panel = .rules(offset: 0)
        guard var meeting = live.meeting else { return [] }
        meeting.record.openings.append(PanelOpening(panel: .rules, at: now))
        live.meeting = meeting
        return [.saveLive(meeting.record)]
    }

    // MARK: - The live screen

    mutating func performInLive(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard let meeting = live.meeting else {
            return command == .leaveLive ? leaveLive() : performOnAnyScreen(command)
        }
        if let row = command.moved(
            from: live.shownIndex ?? 0, last: meeting.blocks.count - 1, page: livePageSize)
        {
            // Looking at another block changes nothing recorded; the current one is "not looking".
            live.looking = row == meeting.currentIndex ? nil : row
            return []
        }
        switch command {
        case .toggleTimer: return toggleTimer()
        case .nextBlock: return moveToBlock(meeting.currentIndex + 1)
        case .previousBlock: return moveToBlock(meeting.currentIndex - 1)
        case .moreMinutes: return changeMinutes(by: 1)
        case .fewerMinutes: return changeMinutes(by: -1)
        case .fiveMoreMinutes: return changeMinutes(by: 5)
        case .attendance: live.panel = .attendance(AttendancePanel())
        case .promptDeck: live.panel = .deck(DeckPanel())
        case .groundRules: return openRules()
        case .note: live.panel = .note(TextField(limit: LiveNote.maxLength))
        case .signal:
            let theme = meeting.currentBlock?.theme.flatMap(Signal.Category.init(rawValue:))
            live.panel = .signal(SignalForm(category: theme ?? .huiselijkGeweld))
        case .endMeeting: live.panel = .confirmEnd
        case .leaveLive: return leaveLive()
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    /// The keys that work from every panel that is not typing: the help card, the disclosure
    /// page and undo. (The
    /// privacy screen is earlier still, in `perform`, for typing panels too.) Nil for any other
    /// command.
    mutating func performSafetyKey(_ command: Command) -> [Effect]? {
        switch command {
        case .helpCard:
            live.panel = .helpCard(offset: 0)
            return []
        case .disclosure:
            live.panel = .disclosure(DisclosurePanel())
            return []
        case .undo:
            return undoLast()
        default:
            return nil
        }
    }

    mutating func toggleTimer() -> [Effect] {
        guard let meeting = live.meeting, let block = meeting.currentBlock else { return [] }
        let running = meeting.record.isRunning
        let moment = now
        return change(running ? .timerPaused : .timerStarted) { record, _ in
            if running {
                record.closeSegment(at: moment)
            } else {
                record.segments.append(TimerSegment(blockId: block.id, start: moment))
            }
        }
    }

    /// To another block; a running timer goes with it.
    mutating func moveToBlock(_ index: Int) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        guard meeting.blocks.indices.contains(index) else {
            outcome.status = .show(.live(index < 0 ? .firstBlock : .lastBlock))
            return []
        }
        let target = meeting.blocks[index]
        let moment = now
        live.looking = nil
        if case .deck = live.panel { live.panel = .deck(DeckPanel()) }
        return change(.movedToBlock(target.title)) { record, _ in
            let running = record.isRunning
            if running { record.closeSegment(at: moment) }
            record.currentBlockId = target.id
            if running { record.segments.append(TimerSegment(blockId: target.id, start: moment)) }
        }
    }

    mutating func changeMinutes(by minutes: Int) -> [Effect] {
        guard let meeting = live.meeting, let block = meeting.currentBlock else { return [] }
        let extra = Limits.add(meeting.record.extraMinutes[block.id] ?? 0, minutes)
        guard PlanBlock.minuteRange.contains(Limits.add(block.minutes, extra)) else { return [] }
        return change(.minutesChanged(minutes)) { record, _ in
            record.extraMinutes[block.id] = extra == 0 ? nil : extra
        }
    }
}

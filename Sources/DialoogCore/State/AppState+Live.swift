import Foundation

/// Live mode: the gespreksleider's screen during a meeting. Every action that changes what
/// happened is one `.saveLive` of the whole record, so a kill at any moment loses nothing;
/// undo puts back the record as it was before the last action.
extension AppState {
    // MARK: - Entering and leaving

    mutating func enterLive(_ meeting: LiveMeeting) -> [Effect] {
        screen = .live
        overlay = nil
        status = nil
        plannerState = PlannerState()
        newSeries = nil
        live = LiveState(meeting: meeting)
        // The prompts' words, the ground rules and the help card come from the library.
        return library == nil ? [.loadLibrary] : []
    }

    private mutating func leaveLive() -> [Effect] {
        let meeting = live.meeting
        screen = .start
        live = LiveState()
        guard var record = meeting?.record, record.state == .running, !record.hasRecords else {
            status = .live(.stillRunning(number: meeting?.meeting.number ?? 0))
            return [.loadSeries, .loadFollowUps]
        }
        // Opened and left with nothing recorded (or all of it undone): still only planned.
        record.state = .planned
        return [.saveLive(record), .loadSeries, .loadFollowUps]
    }

    /// Changes the record, remembers how it was for undo, and stores it. Nothing happens when
    /// the change changes nothing.
    private mutating func change(_ what: LiveChange, _ edit: (inout LiveRecord, LiveMeeting) -> Void) -> [Effect] {
        guard var meeting = live.meeting else { return [] }
        let before = meeting.record
        edit(&meeting.record, meeting)
        guard meeting.record != before else { return [] }
        live.meeting = meeting
        live.undo.append(LiveUndo(change: what, before: before))
        if live.undo.count > LiveState.undoDepth { live.undo.removeFirst(live.undo.count - LiveState.undoDepth) }
        return [.saveLive(meeting.record)]
    }

    /// A save failed: the screen goes back to what is stored, and says so.
    mutating func liveSaveFailed(_ message: String) -> [Effect] {
        status = .live(.saveFailed(message))
        // An undo that could not be stored can be tried again.
        if let undone = live.undoing {
            live.undo.append(undone)
            live.undoing = nil
        }
        guard let saved = live.saved, live.meeting != nil, live.meeting?.record != saved else { return [] }
        if live.undo.last?.before == saved { live.undo.removeLast() }
        live.meeting?.record = saved
        return []
    }

    private mutating func undoLast() -> [Effect] {
        guard live.meeting != nil, let last = live.undo.popLast() else {
            status = .live(.nothingToUndo)
            return []
        }
        live.undoing = last
        live.meeting?.record = last.before
        status = .live(.undone(last.change))
        clampDeckRow()
        return [.saveLive(last.before)]
    }

    // MARK: - The live screen

    mutating func performInLive(_ command: Command) -> [Effect] {
        status = nil
        guard let meeting = live.meeting else {
            return command == .leaveLive ? leaveLive() : performOnAnyScreen(command)
        }
        switch command {
        case .toggleTimer: return toggleTimer()
        case .nextBlock: return moveToBlock(meeting.currentIndex + 1)
        case .previousBlock: return moveToBlock(meeting.currentIndex - 1)
        case .moreMinutes: return changeMinutes(by: 1)
        case .fewerMinutes: return changeMinutes(by: -1)
        case .attendance: live.panel = .attendance(AttendancePanel())
        case .promptDeck: live.panel = .deck(DeckPanel())
        case .groundRules: live.panel = .rules(offset: 0)
        case .note: live.panel = .note(text: "")
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

    /// The keys that work from every panel that is not typing: the help card and undo. (The
    /// privacy screen is earlier still, in `perform`, for typing panels too.) Nil for any other
    /// command.
    private mutating func performSafetyKey(_ command: Command) -> [Effect]? {
        switch command {
        case .helpCard:
            live.panel = .helpCard(offset: 0)
            return []
        case .undo:
            return undoLast()
        default:
            return nil
        }
    }

    private mutating func toggleTimer() -> [Effect] {
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
    private mutating func moveToBlock(_ index: Int) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        guard meeting.blocks.indices.contains(index) else {
            status = .live(index < 0 ? .firstBlock : .lastBlock)
            return []
        }
        let target = meeting.blocks[index]
        let moment = now
        if case .deck = live.panel { live.panel = .deck(DeckPanel()) }
        return change(.movedToBlock(target.title)) { record, _ in
            let running = record.isRunning
            if running { record.closeSegment(at: moment) }
            record.currentBlockId = target.id
            if running { record.segments.append(TimerSegment(blockId: target.id, start: moment)) }
        }
    }

    private mutating func changeMinutes(by minutes: Int) -> [Effect] {
        guard let meeting = live.meeting, let block = meeting.currentBlock else { return [] }
        let extra = (meeting.record.extraMinutes[block.id] ?? 0) + minutes
        guard PlanBlock.minuteRange.contains(block.minutes + extra) else { return [] }
        return change(.minutesChanged(minutes)) { record, _ in
            record.extraMinutes[block.id] = extra == 0 ? nil : extra
        }
    }

    // MARK: - Typing

    mutating func typeInLive(_ text: String) {
        switch live.panel {
        case .attendance(var panel):
            guard let typed = panel.typing else { return }
            let counting = live.meeting?.record.countOnly == true
            let accepted = counting ? text.filter(\.isNumber) : text
            panel.typing = (typed + accepted).limited(to: counting ? 3 : Participant.nicknameLength)
            live.panel = .attendance(panel)
        case .deck(var panel):
            if let raising = panel.raising {
                panel.raising = (raising + text).limited(to: RaisedTheme.maxLength)
            } else if var picker = panel.picker, picker.typing {
                picker.query = (picker.query ?? "") + text
                picker.selection = 0
                panel.picker = picker
            }
            live.panel = .deck(panel)
        case .note(let typed):
            live.panel = .note(text: (typed + text).limited(to: LiveNote.maxLength))
        default:
            break
        }
    }

    // MARK: - Attendance

    mutating func performInAttendance(_ command: Command) -> [Effect] {
        status = nil
        guard case .attendance(var panel) = live.panel, let meeting = live.meeting else { return [] }
        let counting = meeting.record.countOnly
        if let typed = panel.typing {
            switch command {
            case .confirm:
                return counting ? setCount(typed, panel: panel) : addParticipant(typed, panel: panel)
            case .deleteBackward:
                panel.typing = String(typed.dropLast())
                panel.warnedFullName = nil
            case .closeOverlay:
                panel.typing = nil
                panel.warnedFullName = nil
            case .redraw:
                return [.redrawAll]
            default:
                return performOnAnyScreen(command)
            }
            live.panel = .attendance(panel)
            return []
        }
        let listed = meeting.attendanceOrder
        let rows = counting ? Headcount.Field.allCases.count : listed.count
        if let row = command.moved(from: panel.row, last: rows - 1, page: livePageSize) {
            panel.row = row
            live.panel = .attendance(panel)
            return []
        }
        let field = Headcount.Field.allCases[min(panel.row, Headcount.Field.allCases.count - 1)]
        switch command {
        case .toggle:
            if counting {
                // Typed afresh: the number on screen stays until Enter with a new one.
                panel.typing = ""
                live.panel = .attendance(panel)
                return []
            }
            guard listed.indices.contains(panel.row) else { return [] }
            let person = listed[panel.row]
            let present = !meeting.record.present.contains(person.id)
            return change(.presenceChanged(person.nickname, present: present)) { record, _ in
                if present { record.present.insert(person.id) } else { record.present.remove(person.id) }
            }
        case .addParticipant:
            if counting { return adjustCount(field, by: 1) }
            panel.typing = ""
            live.panel = .attendance(panel)
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            if counting { return adjustCount(field, by: step) }
            guard listed.indices.contains(panel.row) else { return [] }
            let person = listed[panel.row]
            let roles = Participant.Role.allCases
            let role = roles[((roles.firstIndex(of: person.role) ?? 0) + step + roles.count) % roles.count]
            return change(.roleChanged(person.nickname, role)) { record, _ in
                guard let index = record.participants.firstIndex(where: { $0.id == person.id }) else { return }
                record.participants[index].role = role
            }
        case .countMode:
            panel.row = 0
            live.panel = .attendance(panel)
            return change(.countModeChanged(countOnly: !counting)) { record, _ in record.countOnly.toggle() }
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    private mutating func addParticipant(_ typed: String, panel: AttendancePanel) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        var panel = panel
        let nickname = typed.trimmingCharacters(in: .whitespaces)
        guard !nickname.isEmpty else {
            panel.typing = nil
            live.panel = .attendance(panel)
            return []
        }
        if let known = meeting.record.participants.first(where: {
            $0.nickname.caseInsensitiveCompare(nickname) == .orderedSame
        }) {
            panel.typing = nil
            panel.row = meeting.attendanceOrder.firstIndex { $0.id == known.id } ?? panel.row
            live.panel = .attendance(panel)
            status = .live(.alreadyListed(known.nickname))
            return change(.presenceChanged(known.nickname, present: true)) { record, _ in
                record.present.insert(known.id)
            }
        }
        if Participant.looksLikeFullName(nickname), panel.warnedFullName != nickname {
            panel.warnedFullName = nickname
            live.panel = .attendance(panel)
            status = .live(.looksLikeFullName(nickname))
            return []
        }
        let person = Participant(id: ids.next(), seriesId: meeting.series.id, nickname: nickname)
        let effects = change(.participantAdded(nickname)) { record, _ in
            record.participants.append(person)
            record.present.insert(person.id)
        }
        panel.typing = nil
        panel.warnedFullName = nil
        panel.row = live.meeting?.attendanceOrder.firstIndex { $0.id == person.id } ?? 0
        live.panel = .attendance(panel)
        return effects
    }

    private mutating func setCount(_ typed: String, panel: AttendancePanel) -> [Effect] {
        var panel = panel
        let field = Headcount.Field.allCases[min(panel.row, Headcount.Field.allCases.count - 1)]
        panel.typing = nil
        guard !typed.isEmpty else {
            live.panel = .attendance(panel)
            return []
        }
        guard let number = Int(typed), (0...Headcount.maximum).contains(number) else {
            status = .live(.badCount(typed))
            return []
        }
        live.panel = .attendance(panel)
        return change(.headcountChanged) { record, _ in record.headcount[field] = number }
    }

    private mutating func adjustCount(_ field: Headcount.Field, by step: Int) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        let current = meeting.record.headcount[field] ?? 0
        let next = min(max(current + step, 0), Headcount.maximum)
        return change(.headcountChanged) { record, _ in record.headcount[field] = next }
    }

    // MARK: - The prompt deck

    /// The cards of the current block's deck.
    package var liveDeck: [DeckCard] {
        guard let meeting = live.meeting, let block = meeting.currentBlock else { return [] }
        return meeting.deck(for: block)
    }

    /// What the library over the deck lists: the block's theme, all themes, or a search.
    package var liveLibraryPrompts: [Prompt] {
        guard case .deck(let panel) = live.panel, let picker = panel.picker, let library,
            let meeting = live.meeting, let block = meeting.currentBlock
        else { return [] }
        return picker.prompts(for: block, groups: meeting.series.groups, library: library)
    }

    mutating func performInDeck(_ command: Command) -> [Effect] {
        status = nil
        guard case .deck(var panel) = live.panel, let meeting = live.meeting, let block = meeting.currentBlock else {
            live.panel = nil
            return []
        }
        if let raising = panel.raising {
            switch command {
            case .confirm:
                panel.raising = nil
                live.panel = .deck(panel)
                let text = raising.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                status = .live(.themeSaved(text))
                let moment = now
                let id = ids.next()
                return change(.themeRaised(text)) { record, meeting in
                    record.raisedThemes.append(
                        RaisedTheme(id: id, meetingId: meeting.meeting.id, blockId: block.id, at: moment, text: text))
                }
            case .deleteBackward: panel.raising = String(raising.dropLast())
            case .closeOverlay: panel.raising = nil
            case .redraw: return [.redrawAll]
            default: return performOnAnyScreen(command)
            }
            live.panel = .deck(panel)
            return []
        }
        if let picker = panel.picker {
            return performInDeckLibrary(command, picker: picker, panel: panel, block: block)
        }
        let deck = meeting.deck(for: block)
        if let row = command.moved(from: panel.row, last: deck.count - 1, page: livePageSize) {
            panel.row = row
            live.panel = .deck(panel)
            return []
        }
        let card = deck.indices.contains(panel.row) ? deck[panel.row] : nil
        switch command {
        case .toggle:
            guard let card else { return [] }
            if let use = card.use {
                let effects = change(.promptUnmarked(card.promptId)) { record, _ in
                    record.promptUses.removeAll { $0.id == use.id }
                }
                clampDeckRow()
                return effects
            }
            return use(card.promptId, planned: card.planned, in: block, response: nil)
        case .responseOpen, .responseMixed, .responseResistance, .responseSilence:
            guard let card else { return [] }
            let response: PromptUse.Response =
                switch command {
                case .responseOpen: .open
                case .responseMixed: .gemengd
                case .responseResistance: .weerstand
                default: .stilte
                }
            return use(card.promptId, planned: card.planned, in: block, response: response)
        case .search:
            panel.picker = PromptPicker(query: "", typing: true)
            live.panel = .deck(panel)
        case .raiseTheme:
            panel.raising = ""
            live.panel = .deck(panel)
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    private mutating func performInDeckLibrary(
        _ command: Command, picker: PromptPicker, panel: DeckPanel, block: PlanBlock
    ) -> [Effect] {
        var panel = panel
        var picker = picker
        let prompts = liveLibraryPrompts
        if let row = command.moved(from: picker.selection, last: prompts.count - 1, page: livePageSize) {
            picker.selection = row
            panel.picker = picker
            live.panel = .deck(panel)
            return []
        }
        if picker.typing {
            switch command {
            case .submit:
                picker.typing = false
                if picker.query?.isEmpty ?? true { picker.query = nil }
            case .deleteBackward:
                if let query = picker.query, !query.isEmpty {
                    picker.query = String(query.dropLast())
                    picker.selection = 0
                } else {
                    picker = PromptPicker(scope: picker.scope)
                }
            case .closeOverlay:
                panel.picker = nil
                live.panel = .deck(panel)
                return []
            case .redraw:
                return [.redrawAll]
            default:
                break
            }
            panel.picker = picker
            live.panel = .deck(panel)
            return []
        }
        switch command {
        case .toggle:
            guard prompts.indices.contains(picker.selection) else { return [] }
            let prompt = prompts[picker.selection]
            panel.picker = nil
            live.panel = .deck(panel)
            let effects = use(prompt.id, planned: block.prompts.contains(prompt.id), in: block, response: nil)
            let deck = liveDeck
            panel.row = deck.firstIndex { $0.promptId == prompt.id } ?? panel.row
            live.panel = .deck(panel)
            return effects
        case .allThemes:
            picker.scope = picker.scope == .theme ? .all : .theme
            picker.selection = 0
        case .search:
            picker.typing = true
            picker.query = picker.query ?? ""
        case .closeOverlay:
            panel.picker = nil
            live.panel = .deck(panel)
            return []
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        panel.picker = picker
        live.panel = .deck(panel)
        return []
    }

    /// Marks a prompt used in a block, with a response if one is given; a prompt already
    /// used keeps its first time.
    private mutating func use(
        _ promptId: String, planned: Bool, in block: PlanBlock, response: PromptUse.Response?
    ) -> [Effect] {
        let moment = now
        let id = ids.next()
        let what: LiveChange =
            response.map { .responseNoted($0) } ?? (planned ? .promptUsed(promptId) : .unplannedPromptTaken(promptId))
        return change(what) { record, meeting in
            if let index = record.promptUses.firstIndex(where: { $0.blockId == block.id && $0.promptId == promptId }) {
                if let response { record.promptUses[index].response = response }
            } else {
                record.promptUses.append(
                    PromptUse(
                        id: id, meetingId: meeting.meeting.id, blockId: block.id, promptId: promptId, planned: planned,
                        usedAt: moment, response: response))
            }
        }
    }

    private mutating func clampDeckRow() {
        guard case .deck(var panel) = live.panel else { return }
        panel.row = min(panel.row, max(liveDeck.count - 1, 0))
        live.panel = .deck(panel)
    }

    // MARK: - Ground rules and help card

    /// How many items the ground rules panel lists: the common rules and the method's own.
    package var liveRuleCount: Int {
        guard let library, let meeting = live.meeting else { return 0 }
        return (library.base?.groundRules.count ?? 0) + (library.method(meeting.series.methodId)?.rules.count ?? 0)
    }

    /// The help card of the running meeting: the acute line first, then the meeting's entries
    /// as the trainer ticked them, or, when none were, the entries for the meeting's themes and
    /// the series' municipality.
    package var liveHelpCard: [HelpEntry] {
        guard let library, let meeting = live.meeting else { return [] }
        let listed = meeting.meeting.helpCard.compactMap { id in library.help.first { $0.id == id && !$0.acute } }
        let card =
            listed.isEmpty
            ? library.helpEntries(themes: meeting.blocks.compactMap(\.theme), municipality: meeting.series.municipality)
            : listed
        return library.help.filter(\.acute) + card
    }

    /// Scrolling the ground rules and the help card, an item at a time.
    mutating func performInLiveReading(_ command: Command) -> [Effect] {
        status = nil
        let offset: Int
        let isHelp: Bool
        switch live.panel {
        case .rules(let o): (offset, isHelp) = (o, false)
        case .helpCard(let o): (offset, isHelp) = (o, true)
        default: return []
        }
        let count = isHelp ? liveHelpCard.count : liveRuleCount
        if let moved = command.moved(from: offset, last: count - 1, page: 3) {
            live.panel = isHelp ? .helpCard(offset: moved) : .rules(offset: moved)
            return []
        }
        switch command {
        case .closeOverlay: live.panel = nil
        case .groundRules where !isHelp: live.panel = nil
        case .helpCard where isHelp: live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    // MARK: - Note and signal

    mutating func performInNote(_ command: Command) -> [Effect] {
        status = nil
        guard case .note(let text) = live.panel else { return [] }
        switch command {
        case .confirm:
            live.panel = nil
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return [] }
            status = .live(.noteSaved)
            let moment = now
            let id = ids.next()
            return change(.noteAdded) { record, meeting in
                record.notes.append(
                    LiveNote(
                        id: id, meetingId: meeting.meeting.id, blockId: meeting.currentBlock?.id, at: moment, text: trimmed))
            }
        case .deleteBackward:
            live.panel = .note(text: String(text.dropLast()))
        case .closeOverlay:
            live.panel = nil
        case .redraw:
            return [.redrawAll]
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInSignal(_ command: Command) -> [Effect] {
        status = nil
        guard case .signal(var form) = live.panel else { return [] }
        let rows = SignalForm.Row.allCases
        if let row = command.moved(from: form.row.rawValue, last: rows.count - 1, page: rows.count) {
            form.row = rows[row]
            live.panel = .signal(form)
            return []
        }
        switch command {
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            switch form.row {
            case .category: form.category = cycled(Signal.Category.allCases, from: form.category, by: step)
            case .response: form.response = cycled(Signal.Response.allCases, from: form.response, by: step)
            case .followUp:
                form.followUpWeeks = cycled(SignalForm.followUpChoices, from: form.followUpWeeks, by: step)
            }
            live.panel = .signal(form)
        case .confirm:
            live.panel = nil
            status = .live(.signalSaved)
            let moment = now
            let followUp = form.followUpWeeks.flatMap { weeks in followUpDay(weeks: weeks) }
            let id = ids.next()
            return change(.signalAdded(form.category)) { record, meeting in
                record.signals.append(
                    Signal(
                        id: id, meetingId: meeting.meeting.id, blockId: meeting.currentBlock?.id, at: moment,
                        category: form.category, response: form.response, followUp: followUp))
            }
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Local midnight `weeks` weeks from today. Counted from noon, so a change to or from
    /// summer time on the way cannot move it a day.
    package func followUpDay(weeks: Int) -> Date? {
        let today = calendar.parts(of: now)
        guard let noon = calendar.date(year: today.year, month: today.month, day: today.day, hour: 12, minute: 0)
        else { return nil }
        let day = calendar.parts(of: noon.addingTimeInterval(TimeInterval(weeks * 7 * 86_400)))
        return calendar.date(year: day.year, month: day.month, day: day.day, hour: 0, minute: 0)
    }

    // MARK: - Ending the meeting

    mutating func performInConfirmEnd(_ command: Command) -> [Effect] {
        status = nil
        switch command {
        case .confirm:
            guard var meeting = live.meeting else { return [] }
            meeting.record.closeSegment(at: now)
            meeting.record.state = .ended
            meeting.record.endedAt = now
            screen = .start
            live = LiveState()
            status = .live(.meetingEnded(number: meeting.meeting.number))
            // The evaluation form follows, with this status as its first line.
            return [.saveLive(meeting.record), .loadSeries, .loadEvaluation(meetingId: meeting.meeting.id)]
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
        }
        return []
    }

    /// Rows a page key moves in a live panel.
    private var livePageSize: Int { max(1, size.height / 3) }
}

extension LiveRecord {
    /// Stops the running segment at `moment`; a segment of no length is dropped.
    package mutating func closeSegment(at moment: Date) {
        guard let last = segments.indices.last, segments[last].end == nil else { return }
        if moment <= segments[last].start {
            segments.removeLast()
        } else {
            segments[last].end = moment
        }
    }
}

extension String {
    /// The text cut to at most `count` Unicode scalars, whole characters only: the database
    /// counts a length in code points, so an emoji or an accent typed as two is counted so too.
    package func limited(to count: Int) -> String {
        var used = 0
        var kept = ""
        for character in self {
            used += character.unicodeScalars.count
            guard used <= count else { break }
            kept.append(character)
        }
        return kept
    }
}

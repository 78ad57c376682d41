import Foundation

/// The reading panels (ground rules, help card, the help directory, the disclosure page), the quick note, the signal form and ending
/// the meeting.
extension LiveReduction {
    // MARK: - Ground rules and help card

    /// How many items the ground rules panel lists: the group's (the common rules and the
    /// agreements the group made) and the gespreksleider's (the method's own).
    var liveRuleCount: Int {
        guard let library, let meeting = live.meeting else { return 0 }
        return (library.base?.groundRules.count ?? 0) + meeting.groupAgreements.count
            + (library.method(meeting.series.methodId)?.rules.count ?? 0)
    }

    /// The help card of the running meeting, composed as the printed plan composes it: 112,
    /// the lines that are always there, the meeting's themes, the entries that signals logged
    /// earlier in the series (and so far in this meeting) call for, the local entries.
    var liveHelpCard: HelpCard {
        guard let library, let meeting = live.meeting else { return HelpCard(items: []) }
        return meeting.helpCard(library: library)
    }

    /// What the help directory lists for the panel's search.
    var liveDirectory: [HelpEntry] {
        guard case .directory(let panel) = live.panel, let library else { return [] }
        return library.searchHelp(panel.query)
    }

    /// How many items the disclosure page scrolls by: the short part, each point, and the
    /// short part's sources.
    var disclosureCount: Int { 2 + (library?.disclosure?.points.count ?? 0) }

    /// Scrolling the ground rules and the help card, an item at a time. From the card, `/`
    /// searches the whole help directory and Tab (or `i`) opens the disclosure page.
    mutating func performInLiveReading(_ command: Command) -> [Effect] {
        outcome.status = .clear
        let offset: Int
        let isHelp: Bool
        switch live.panel {
        case .rules(let o): (offset, isHelp) = (o, false)
        case .helpCard(let o): (offset, isHelp) = (o, true)
        default: return []
        }
        let count = isHelp ? liveHelpCard.items.count : liveRuleCount
        if let moved = command.moved(from: offset, last: count - 1, page: 3) {
            live.panel = isHelp ? .helpCard(offset: moved) : .rules(offset: moved)
            return []
        }
        switch command {
        case .closeOverlay: live.panel = nil
        case .groundRules where !isHelp: live.panel = nil
        case .addAgreement where !isHelp:
            live.panel = .agreement(TextField(limit: GroupAgreement.maxLength), rulesOffset: offset)
        case .helpCard where isHelp: live.panel = nil
        case .searchHelp where isHelp: live.panel = .directory(DirectoryPanel(cardOffset: offset))
        case .disclosure where isHelp: live.panel = .disclosure(DisclosurePanel(cardOffset: offset))
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    /// The help directory: typing narrows it, ↑↓ choose the entry shown in full, Esc goes back
    /// to the card. Nothing here changes the record, so the timer runs on.
    mutating func performInDirectory(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .directory(var panel) = live.panel else { return [] }
        let found = liveDirectory
        if let row = command.moved(from: panel.selection, last: found.count - 1, page: livePageSize) {
            panel.selection = row
            live.panel = .directory(panel)
            return []
        }
        if panel.typing {
            switch command {
            case .submit, .confirm: panel.typing = false
            case let command where command.textEdit != nil:
                guard let textEdit = command.textEdit else { break }
                let before = panel.query
                panel.search.apply(textEdit)
                if panel.query != before { panel.selection = 0 }
            case .closeOverlay:
                live.panel = .helpCard(offset: panel.cardOffset)
                return []
            case .redraw: return [.redrawAll]
            default: break
            }
            live.panel = .directory(panel)
            return []
        }
        switch command {
        case .searchHelp:
            panel.typing = true
            live.panel = .directory(panel)
        case .closeOverlay, .helpCard:
            live.panel = .helpCard(offset: panel.cardOffset)
        case .disclosure:
            live.panel = .disclosure(DisclosurePanel(cardOffset: panel.cardOffset))
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    /// The disclosure page, scrolled a point at a time. Esc (or `i` again) goes back where it
    /// was opened from; Tab or `!` goes to the card.
    mutating func performInDisclosure(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .disclosure(var panel) = live.panel else { return [] }
        if let moved = command.moved(from: panel.offset, last: disclosureCount - 1, page: 3) {
            panel.offset = moved
            live.panel = .disclosure(panel)
            return []
        }
        switch command {
        case .closeOverlay, .disclosure:
            live.panel = panel.cardOffset.map { .helpCard(offset: $0) }
        case .helpCard:
            live.panel = .helpCard(offset: panel.cardOffset ?? 0)
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    // MARK: - Note and signal

    mutating func performInNote(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .note(var field) = live.panel else { return [] }
        if let edit = command.textEdit {
            field.apply(edit)
            live.panel = .note(field)
            return live.keepNoteDraft(field.text)
        }
        let text = field.text
        switch command {
        case .confirm:
            live.panel = nil
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return live.keepNoteDraft(nil) }
            outcome.status = .show(.live(.noteSaved))
            let moment = now
            let id = ids.next()
            // The draft goes in the same write as the note, and undoing the note brings no
            // draft back.
            let effects = change(.noteAdded) { record, meeting in
                record.notes.append(
                    LiveNote(
                        id: id, meetingId: meeting.meeting.id, blockId: meeting.currentBlock?.id, at: moment,
                        text: trimmed))
                record.noteDraft = nil
            }
            if !effects.isEmpty { live.undo[live.undo.count - 1].before.noteDraft = nil }
            return effects
        case .closeOverlay:
            live.panel = nil
            return live.keepNoteDraft(nil)
        case .redraw:
            return [.redrawAll]
        default:
            return performOnAnyScreen(command)
        }
    }

    /// An agreement of the group being typed over the ground rules: Enter stores it (and the
    /// rules show it, numbered with the group's), Esc goes back to the rules without it.
    mutating func performInAgreement(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .agreement(var field, let offset) = live.panel else { return [] }
        if let edit = command.textEdit {
            field.apply(edit)
            live.panel = .agreement(field, rulesOffset: offset)
            return []
        }
        switch command {
        case .confirm:
            let text = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                live.panel = .rules(offset: offset)
                return []
            }
            let moment = now
            let id = ids.next()
            let effects = change(.agreementAdded(text)) { record, meeting in
                record.agreements.append(GroupAgreement(id: id, meetingId: meeting.meeting.id, at: moment, text: text))
            }
            // The rules scrolled so that the new agreement is on screen.
            let common = library?.base?.groundRules.count ?? 0
            let index = common + (live.meeting?.groupAgreements.count ?? 1) - 1
            live.panel = .rules(offset: max(0, index))
            outcome.status = .show(.live(.agreementSaved(text)))
            return effects
        case .closeOverlay:
            live.panel = .rules(offset: offset)
        case .redraw:
            return [.redrawAll]
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInSignal(_ command: Command) -> [Effect] {
        outcome.status = .clear
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
            outcome.status = .show(.live(.signalSaved))
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
    func followUpDay(weeks: Int) -> Date? {
        let today = calendar.parts(of: now)
        guard let noon = calendar.date(year: today.year, month: today.month, day: today.day, hour: 12, minute: 0)
        else { return nil }
        let day = calendar.parts(of: noon.addingTimeInterval(TimeInterval(weeks * 7 * 86_400)))
        return calendar.date(year: day.year, month: day.month, day: day.day, hour: 0, minute: 0)
    }

    // MARK: - Ending the meeting

    mutating func performInConfirmEnd(_ command: Command) -> [Effect] {
        outcome.status = .clear
        switch command {
        case .confirm:
            guard var meeting = live.meeting else { return [] }
            meeting.record.closeSegment(at: now)
            meeting.record.state = .ended
            meeting.record.endedAt = now
            outcome.requests.append(.navigate(.start))
            live = LiveState()
            outcome.status = .show(.live(.meetingEnded(number: meeting.meeting.number)))
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
    var livePageSize: Int { max(1, size.height / 3) }
}

import DialoogCore

/// "Bijeenkomst 2 afsluiten?": what will be stored (blocks held, who came, prompts used,
/// notes, signals, the group's themes), then Enter yes, Esc no.
enum ConfirmEndOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, into canvas: inout Canvas) {
        let language = state.language
        let record = meeting.record
        let name = LiveWords.meetingName(meeting.meeting.kind, number: meeting.meeting.number).localized(language)
        var facts: [LiveWords] = [
            .blocksHeld(meeting.blocks.filter { meeting.firstStart($0) != nil }.count, of: meeting.blocks.count),
            .presentStored(
                deelnemers: record.deelnemersPresent, named: record.namedDeelnemersPresent,
                unnamed: record.countOnly ? 0 : record.unnamed),
            .promptsStored(record.promptUses.count),
            .notesStored(record.notes.count),
            .signalsStored(record.signals.count),
        ]
        if record.othersPresent > 0 { facts.insert(.othersStored(record.othersPresent), at: 2) }
        if !record.raisedThemes.isEmpty { facts.append(.themesStored(record.raisedThemes.count)) }
        var lines = [LiveLine(LiveWords.willBeStored.localized(language), style: .heading)]
        lines += facts.map { LiveLine(($0).localized(language), indent: 2) }
        if record.isRunning { lines += [.blank, LiveLine(LiveWords.timerStops.localized(language), style: .dim)] }
        lines += [.blank, LiveLine(LiveWords.confirmKeys.localized(language), style: .key)]
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        // Short of room, the blank lines go first: the keys must stay in view.
        if lines.count + 3 > body { lines.removeAll(where: \.isBlank) }
        let pad = lines.count + 3 <= body ? 1 : 0
        let box = LiveBox.draw(
            title: LiveWords.confirmEndTitle(name).localized(language), maxWidth: 56,
            height: min(body, lines.count + 2 + pad), into: &canvas)
        for (row, line) in lines.enumerated() where box.top + pad + row < box.bottom {
            line.draw(x: box.inner, y: box.top + pad + row, width: box.innerWidth, into: &canvas)
        }
    }
}

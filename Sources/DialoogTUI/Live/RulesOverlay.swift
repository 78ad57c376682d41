import DialoogCore

/// The ground rules, one key away in a tense moment: those every group shares, then the
/// methodology's own, numbered so the group can point at one; scrolled an item at a time.
enum RulesOverlay {
    static func draw(_ state: AppState, meeting: LiveMeeting, offset: Int, into canvas: inout Canvas) {
        let language = state.language
        let box = LiveBox.draw(title: LiveWords.rulesTitle.localized(language), maxWidth: 84, into: &canvas)
        guard box.rows > 0 else { return }
        let common = state.library?.base?.groundRules ?? []
        let method = state.library?.method(meeting.series.methodId)
        let own = method?.rules ?? []
        guard !common.isEmpty || !own.isEmpty else {
            canvas.text(
                LiveWords.noRules.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        let count = common.count + own.count
        let start = max(0, min(offset, count - 1))
        let numberWidth = String(count).count + 2
        var lines: [LiveLine] = []
        var shown = 0
        for index in start..<count {
            var item: [LiveLine] = []
            if index == start || index == 0 || index == common.count {
                let heading =
                    index < common.count
                    ? LiveWords.commonRules : LiveWords.methodRules(method?.name ?? meeting.series.methodId)
                if index != start { item.append(.blank) }
                item.append(LiveLine(heading.localized(language), style: .heading))
            }
            let number = TextWidth.pad("\(index + 1).", to: numberWidth)
            if index < common.count {
                item += LiveLine.wrapped(common[index], width: box.innerWidth, first: number)
            } else {
                let rule = own[index - common.count]
                item.append(LiveLine([.init(text: number, style: .dim), .init(text: rule.name, style: .heading)]))
                item += LiveLine.wrapped(rule.text, width: box.innerWidth, indent: numberWidth)
            }
            // A rule that does not fit whole waits for the next page, unless it is the first.
            guard lines.count + item.count <= box.rows || shown == 0 else { break }
            lines += item
            shown += 1
        }
        for (row, line) in lines.prefix(box.rows).enumerated() {
            line.draw(x: box.inner, y: box.top + row, width: box.innerWidth, into: &canvas)
        }
        box.drawMore(count - start - shown, language: language, into: &canvas)
    }
}

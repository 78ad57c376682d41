import DialoogCore

/// The ground rules, one key away in a tense moment, as two lists each numbered on its own so
/// the group can point at one: the group's (the rules every group shares, then the agreements
/// this group made, in earlier meetings or tonight) and the gespreksleider's (the method's
/// own). Scrolled an item at a time; `+` types a new agreement on the line at the bottom.
enum RulesOverlay {
    /// One numbered item: its number in its own list, a heading above it when it starts a part.
    private struct Item {
        var number: Int
        var heading: LiveWords?
        var name: String?
        var text: String
    }

    static func draw(
        _ state: AppState, meeting: LiveMeeting, offset: Int, typing: TextField? = nil, into canvas: inout Canvas
    ) {
        let language = state.language
        let box = LiveBox.draw(title: LiveWords.rulesTitle.localized(language), maxWidth: 84, into: &canvas)
        guard box.rows > 0 else { return }
        let typingRows = typing == nil ? 0 : LiveBox.typingRows
        if let typing {
            box.drawTyping(
                label: LiveWords.agreementLabel.localized(language), typed: typing,
                hint: LiveWords.agreementHint.localized(language), into: &canvas)
        }
        let items = self.items(state, meeting: meeting)
        guard !items.isEmpty else {
            canvas.text(
                LiveWords.noRules.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        let rows = max(0, box.rows - typingRows)
        let count = items.count
        let start = max(0, min(offset, count - 1))
        let numberWidth = String(items.map(\.number).max() ?? 1).count + 2
        var lines: [LiveLine] = []
        var shown = 0
        for index in start..<count {
            let rule = items[index]
            var item: [LiveLine] = []
            // The heading of the part the first item shown belongs to, and of every part that starts.
            let heading = rule.heading ?? (index == start ? items[...index].last { $0.heading != nil }?.heading : nil)
            if let heading {
                if index != start { item.append(.blank) }
                item.append(LiveLine(heading.localized(language), style: .heading))
            }
            let number = TextWidth.pad("\(rule.number).", to: numberWidth)
            if let name = rule.name {
                item.append(LiveLine([.init(text: number, style: .dim), .init(text: name, style: .heading)]))
                item += LiveLine.wrapped(rule.text, width: box.innerWidth, indent: numberWidth)
            } else {
                item += LiveLine.wrapped(rule.text, width: box.innerWidth, first: number)
            }
            // A rule that does not fit whole waits for the next page, unless it is the first.
            guard lines.count + item.count <= rows || shown == 0 else { break }
            lines += item
            shown += 1
        }
        for (row, line) in lines.prefix(rows).enumerated() {
            line.draw(x: box.inner, y: box.top + row, width: box.innerWidth, into: &canvas)
        }
        if typing == nil { box.drawMore(count - start - shown, language: language, into: &canvas) }
    }

    /// The group's rules and agreements numbered from 1, then the method's rules from 1: as
    /// many as `AppState.liveRuleCount`, in the order the panel scrolls through them.
    private static func items(_ state: AppState, meeting: LiveMeeting) -> [Item] {
        let common = state.library?.base?.groundRules ?? []
        let agreements = meeting.groupAgreements
        let method = state.library?.method(meeting.series.methodId)
        var items: [Item] = []
        for (index, rule) in common.enumerated() {
            items.append(Item(number: index + 1, heading: index == 0 ? .groupRules : nil, text: rule))
        }
        for (index, agreement) in agreements.enumerated() {
            items.append(
                Item(number: common.count + index + 1, heading: index == 0 ? .groupAgreements : nil, text: agreement))
        }
        for (index, rule) in (method?.rules ?? []).enumerated() {
            items.append(
                Item(
                    number: index + 1,
                    heading: index == 0 ? .facilitatorRules(method?.name ?? meeting.series.methodId) : nil,
                    name: rule.name, text: rule.text))
        }
        return items
    }
}

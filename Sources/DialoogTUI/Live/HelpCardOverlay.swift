import DialoogCore

/// The help card, large enough to turn the laptop toward someone: the acute number on top in
/// block digits with its name, then each organisation on the meeting's card with its phone,
/// hours, web, chat, languages and anonymity, spaced out. Every word comes from the help
/// entries themselves: no number is written here that the content does not hold.
enum HelpCardOverlay {
    static func draw(_ state: AppState, offset: Int, into canvas: inout Canvas) {
        let language = state.language
        let box = LiveBox.draw(title: LiveWords.helpCardTitle.localized(language), maxWidth: 100, into: &canvas)
        guard box.rows > 0 else { return }
        guard state.library != nil else {
            canvas.text(
                LiveWords.helpCardLoading.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        let card = state.liveHelpCard
        let acuteIndex = card.firstIndex(where: \.acute)
        let start = max(0, min(offset, card.count - 1))
        var lines: [LiveLine] = []
        if let acuteIndex {
            // Large on the first page (and always on a tall screen); one line once scrolled.
            let large = start == 0 || box.rows >= 30
            lines =
                large
                ? banner(card[acuteIndex], box: box, ascii: canvas.asciiOnly, compact: box.rows < 16)
                : [oneLine(card[acuteIndex], glyphs: canvas.glyphs), .blank]
        }
        let rest = Array(card.indices.dropFirst(start)).filter { $0 != acuteIndex }
        var shown = 0
        for index in rest {
            let item = entryLines(card[index], width: box.innerWidth, language: language, glyphs: canvas.glyphs)
            // An entry that does not fit whole waits for the next page, unless none would show.
            guard lines.count + item.count - 1 <= box.rows || shown == 0 else { break }
            lines += item
            shown += 1
        }
        for (row, line) in lines.prefix(box.rows).enumerated() {
            line.draw(x: box.inner, y: box.top + row, width: box.innerWidth, into: &canvas)
        }
        box.drawMore(rest.count - shown, language: language, into: &canvas)
    }

    /// The acute number in block digits, centred, with its name and hours below.
    private static func banner(_ entry: HelpEntry, box: LiveBox, ascii: Bool, compact: Bool) -> [LiveLine] {
        var lines: [LiveLine] = []
        if let phone = entry.phone {
            let small = compact || BigDigits.width(phone, compact: false) > box.innerWidth
            if BigDigits.width(phone, compact: true) <= box.innerWidth {
                let rows = BigDigits.rows(phone, compact: small, ascii: ascii)
                let indent = max(0, (box.innerWidth - BigDigits.width(phone, compact: small)) / 2)
                lines += rows.map { LiveLine($0, style: .error, indent: indent) }
            } else {
                lines.append(LiveLine(phone, style: .error))
            }
        }
        let name = [entry.name, entry.hours].compactMap { $0 }.joined(separator: ascii ? " - " : " · ")
        let indent = max(0, (box.innerWidth - TextWidth.of(name)) / 2)
        lines.append(LiveLine(name, style: .heading, indent: indent))
        lines.append(.blank)
        return lines
    }

    /// "112  Alarmnummer 112 · 24/7" when the card is scrolled.
    private static func oneLine(_ entry: HelpEntry, glyphs: Glyphs) -> LiveLine {
        var parts: [LiveLine.Part] = []
        if let phone = entry.phone { parts.append(.init(text: phone + "  ", style: .error)) }
        parts.append(.init(text: entry.name, style: .heading))
        if let hours = entry.hours { parts.append(.init(text: " \(glyphs.separator) " + hours, style: .normal)) }
        return LiveLine(parts)
    }

    /// An entry: its name, then phone and hours, web, chat, languages and anonymity, and a
    /// blank line after it.
    private static func entryLines(_ entry: HelpEntry, width: Int, language: Language, glyphs: Glyphs) -> [LiveLine] {
        let name = entry.municipality.map { "\(entry.name) (\($0))" } ?? entry.name
        var lines = [LiveLine(name, style: .heading)]
        let indent = 2
        if let phone = entry.phone {
            let hours = entry.hours.map { "   " + $0 } ?? ""
            lines += [
                LiveLine([.init(text: phone, style: .accent), .init(text: hours, style: .normal)], indent: indent)
            ]
            if TextWidth.of(phone + hours) > width - indent {
                // Hours too long for the phone's line: on lines of their own.
                lines.removeLast()
                lines.append(LiveLine(phone, style: .accent, indent: indent))
                lines += entry.hours.map { LiveLine.wrapped($0, width: width, indent: indent) } ?? []
            }
        } else if let hours = entry.hours {
            lines += LiveLine.wrapped(hours, width: width, indent: indent)
        }
        if let web = entry.web { lines.append(LiveLine(web, indent: indent)) }
        if let chat = entry.chat {
            lines += LiveLine.wrapped(LiveWords.chat(chat).localized(language), width: width, indent: indent)
        }
        var facts: [String] = []
        if !entry.languages.isEmpty { facts.append(LiveWords.languages(entry.languages).localized(language)) }
        if let anonymous = entry.anonymous { facts.append(Text.anonymity(anonymous).localized(language)) }
        if !facts.isEmpty {
            lines += LiveLine.wrapped(
                facts.joined(separator: " \(glyphs.separator) "), width: width, style: .dim,
                indent: indent)
        }
        return lines + [.blank]
    }
}
